import { describe, expect, it } from "vitest";
import type { Passage } from "./passage.js";
import { passagesByDocument } from "./passages-by-document.js";

const passage = (docId: string, n: number): Passage => ({ id: `${docId}#${n}`, docId, kind: "body", sectionPath: [], text: "x", start: 0, end: 1 });

describe("passagesByDocument", () => {
  it("groups passages by document, keeping their order", () => {
    const groups = passagesByDocument([passage("a", 1), passage("b", 1), passage("a", 2), passage("b", 2)]);
    expect([...groups.keys()]).toEqual(["a", "b"]);
    expect(groups.get("a")?.map((p) => p.id)).toEqual(["a#1", "a#2"]);
    expect(groups.get("b")?.map((p) => p.id)).toEqual(["b#1", "b#2"]);
  });
});
