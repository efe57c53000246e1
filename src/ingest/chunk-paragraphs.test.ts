import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chunkParagraphs, sentenceUnits, type ChunkUnit, type Paragraph } from "./chunk-paragraphs.js";

const clean = (raw: string): string => raw.replace(/\s+/g, " ").trim();

/** A prose paragraph whose source is `raw` placed at `offset`. */
function prose(raw: string, offset = 0, sectionPath = ["S"]): Paragraph {
  return { kind: "body", sectionPath, units: sentenceUnits(raw, offset, clean) };
}

function unit(text: string, start: number, extra: Partial<ChunkUnit> = {}): ChunkUnit {
  return { text, start, end: start + text.length, newLine: true, keepWithNext: false, ...extra };
}

const sentence = (n: number): string => `Sentence number ${n} says something about devolution in England.`;

describe("chunkParagraphs", () => {
  it("keeps a paragraph under the limit whole", () => {
    const raw = `${sentence(1)} ${sentence(2)}`;
    expect(chunkParagraphs([prose(raw)])).toEqual([{ kind: "body", sectionPath: ["S"], text: raw, start: 0, end: raw.length }]);
  });

  it("splits a long paragraph at sentence ends into parts of similar length", () => {
    const raw = Array.from({ length: 30 }, (_, i) => sentence(i)).join(" ");
    const chunks = chunkParagraphs([prose(raw)], 1200);
    expect(chunks.length).toBe(2);
    for (const c of chunks) {
      expect(c.text.length).toBeLessThanOrEqual(1200);
      expect(c.text).toMatch(/^Sentence number \d+ .*\.$/);
    }
    const [a, b] = chunks.map((c) => c.text.length);
    expect(Math.abs((a ?? 0) - (b ?? 0))).toBeLessThan(200);
  });

  it("splits a single over-long sentence at words", () => {
    const raw = `${"word ".repeat(400).trim()}.`;
    const chunks = chunkParagraphs([prose(raw)], 1200);
    expect(chunks.length).toBe(2);
    expect(chunks.every((c) => c.text.length <= 1200 && !c.text.startsWith(" "))).toBe(true);
  });

  it("merges a short paragraph with the next one of its section", () => {
    const chunks = chunkParagraphs([prose("Figure 2: A structure.", 0), prose(sentence(1).repeat(2), 30)]);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]?.text.startsWith("Figure 2: A structure.\n")).toBe(true);
    expect(chunks[0]?.start).toBe(0);
  });

  it("merges a short paragraph across footnotes but not across sections", () => {
    const footnote: Paragraph = { kind: "footnote", sectionPath: ["S"], units: [unit("¹ A source.", 40)] };
    const merged = chunkParagraphs([prose("A short paragraph.", 0), footnote, prose(sentence(1).repeat(2), 60)]);
    expect(merged.map((c) => c.kind)).toEqual(["body", "footnote"]);

    const apart = chunkParagraphs([prose("A short paragraph.", 0, ["A"]), prose(sentence(1).repeat(2), 60, ["B"])]);
    expect(apart).toHaveLength(2);
  });

  it("merges a short last paragraph into the previous one", () => {
    const chunks = chunkParagraphs([prose(sentence(1).repeat(2), 0), prose("The end.", 200)]);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]?.text.endsWith("\nThe end.")).toBe(true);
  });

  it("keeps tied units together and repeats a lead in every passage", () => {
    const rows = Array.from({ length: 30 }, (_, i) => unit(`Row ${i}: ${"value ".repeat(10).trim()}`, 100 + i * 80));
    const table: Paragraph = { kind: "table", sectionPath: [], units: rows, lead: { text: "Figure 1: Rows", start: 50 } };
    const chunks = chunkParagraphs([table], 1200);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) {
      expect(c.text.startsWith("Figure 1: Rows\nRow ")).toBe(true);
      expect(c.start).toBe(50);
      expect(c.text.length).toBeLessThanOrEqual(1200);
    }
  });

  it("never exceeds the limit and keeps every unit's words, whatever the units", () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,12}$/);
    const text = fc.array(word, { minLength: 1, maxLength: 120 }).map((w) => w.join(" "));
    const units = fc.array(
      fc.record({ text, newLine: fc.boolean(), keepWithNext: fc.boolean() }),
      { minLength: 1, maxLength: 40 },
    );
    const paragraphs = fc.array(
      fc.record({ units, kind: fc.constantFrom("body" as const, "footnote" as const), path: fc.constantFrom("A", "B") }),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(paragraphs, fc.integer({ min: 200, max: 1200 }), (ps, max) => {
        const input: Paragraph[] = ps.map((p) => ({
          kind: p.kind,
          sectionPath: [p.path],
          units: p.units.map((u, i) => ({ ...u, start: i, end: i + 1 })),
        }));
        const chunks = chunkParagraphs(input, max);
        for (const c of chunks) expect(c.text.length).toBeLessThanOrEqual(max);
        const words = (s: string): string[] => s.split(/\s+/).filter((w) => w.length > 0);
        const before = input.flatMap((p) => p.units.flatMap((u) => words(u.text))).join(" ");
        const after = chunks.flatMap((c) => words(c.text)).join(" ");
        // Words may be cut (one longer than the limit) but no character is lost or added.
        expect(after.replace(/ /g, "").length).toBe(before.replace(/ /g, "").length);
      }),
    );
  });
});
