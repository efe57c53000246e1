import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { copyId, replacementWords, scaleCorpus, varyText } from "./scale-corpus.js";

const TEXT = `2.1 The role of the centre

Integrated Care Systems (ICSs) bring together providers and commissioners across England.
Footnotes¹ stay where they are.
Body\tRole
NHS England\tOversees the commissioning of services`;

describe("scaleCorpus", () => {
  const pool = replacementWords([TEXT]);

  it("keeps the originals first and gives each copy its own id", () => {
    const scaled = scaleCorpus([{ id: "doc", text: TEXT }, { id: "other", text: "a short note" }], 3);
    expect(scaled.map((d) => d.id)).toEqual(["doc", "other", "doc-x1", "other-x1", "doc-x2", "other-x2"]);
    expect(scaled[0]?.text).toBe(TEXT);
  });

  it("varies the text of every copy, the same way every time", () => {
    const copies = [1, 2, 3, 4].map((copy) => varyText(TEXT, copy, pool));
    for (const copy of copies) expect(copy).not.toBe(TEXT);
    expect(new Set(copies).size).toBe(copies.length);
    expect([1, 2, 3, 4].map((copy) => varyText(TEXT, copy, pool))).toEqual(copies);
  });

  it("changes only lower-case words, so headings, names, numbers, tabs and lines keep their shape", () => {
    const shape = (text: string) => text.replace(/\b[a-z]{4,}\b/g, "w");
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (copy) => {
        const varied = varyText(TEXT, copy, pool);
        expect(shape(varied)).toBe(shape(TEXT));
      }),
    );
  });

  it("names copy 0 as the original", () => {
    expect(copyId("doc", 0)).toBe("doc");
    expect(copyId("doc", 12)).toBe("doc-x12");
  });
});
