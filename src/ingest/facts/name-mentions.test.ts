import { describe, expect, it } from "vitest";
import type { Passage } from "../../index-format/index.js";
import { createMentionFinder, nameMatcher } from "./name-mentions.js";

function passages(...texts: string[]): Passage[] {
  return texts.map((text, i) => ({ id: `d#${i + 1}`, docId: "d", kind: "body", sectionPath: [], text, start: 0, end: text.length }));
}

const texts = [
  "The King’s Fund published it.",
  "the kings fund is not the King's Fund.",
  "Integrated Care Systems (ICSs) plan services; an ICS has a board.",
  "NHS England leads; the NHS pays.",
  "nhs in lower case is not the acronym.",
  "The Care  Quality\nCommission inspects.",
  "CQC-registered providers",
  "An odd long s, as in local ſystems.",
  "Nothing here.",
];

const nameSets = [
  ["King's Fund"],
  ["Integrated Care System", "Integrated Care Systems", "ICS", "ICSs"],
  ["NHS"],
  ["NHS England", "NHSE"],
  ["Care Quality Commission", "CQC"],
  ["A&E Board"],
  ["Fund"],
];

describe("createMentionFinder", () => {
  const all = passages(...texts);
  const filtered = (names: readonly string[]) => all.filter((p) => nameMatcher(names)(p.text)).map((p) => p.id);

  it("finds what filtering every passage with nameMatcher finds, in passage order", () => {
    const finder = createMentionFinder(all, nameSets.flat());
    for (const names of nameSets) expect(finder.passagesMentioning(names).map((p) => p.id)).toEqual(filtered(names));
  });

  it("answers for names it was not told about by testing every passage", () => {
    const finder = createMentionFinder(all, ["NHS"]);
    expect(finder.passagesMentioning(["Care Quality Commission", "CQC"]).map((p) => p.id)).toEqual(filtered(["Care Quality Commission", "CQC"]));
    expect(finder.passagesMentioning(["£"]).map((p) => p.id)).toEqual([]);
  });

  it("matches a long s the way the case-insensitive matcher does", () => {
    const finder = createMentionFinder(all, ["Systems"]);
    expect(finder.passagesMentioning(["Systems"]).map((p) => p.id)).toEqual(["d#3", "d#8"]);
  });
});
