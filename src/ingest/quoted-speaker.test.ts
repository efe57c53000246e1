import { describe, expect, it } from "vitest";
import { sentenceUnits, type Paragraph } from "./chunk-paragraphs.js";
import { carryQuotedSpeaker } from "./quoted-speaker.js";

const clean = (raw: string): string => raw.replace(/\s+/g, " ").trim();

/** Body paragraphs laid end to end, each at the offset after the one before. */
function paragraphs(...raws: string[]): Paragraph[] {
  let offset = 0;
  return raws.map((raw) => {
    const paragraph: Paragraph = { kind: "body", sectionPath: ["Reactions"], units: sentenceUnits(raw, offset, clean) };
    offset += raw.length + 2;
    return paragraph;
  });
}

const leads = (result: readonly Paragraph[]) => result.map((paragraph) => paragraph.lead?.text ?? null);

describe("carryQuotedSpeaker", () => {
  it("gives each paragraph of a quotation the speaker named before it opened", () => {
    const input = paragraphs(
      "The report was welcomed. Norman Lamb, former Minister of State for Care, said: “This report is welcome. It goes far",
      "I am clear that waiting time standards cannot be compromised.”",
      "The next paragraph is the writer's own.",
    );
    const result = carryQuotedSpeaker(input);
    expect(leads(result)).toEqual([null, "Norman Lamb, former Minister of State for Care, said:", null]);
    expect(result[1]?.lead?.start).toBe(input[0]?.units[1]?.start);
  });

  it("follows a quotation whose every paragraph opens with a quotation mark, to the one that closes it", () => {
    const result = carryQuotedSpeaker(
      paragraphs(
        "Writing in the foreword, the Mayor says: “This collection matters.",
        "“The contributors are leading experts.",
        "“It is a must read.”",
        "“A new quotation, by nobody named.”",
      ),
    );
    expect(leads(result)).toEqual([null, "Writing in the foreword, the Mayor says:", "Writing in the foreword, the Mayor says:", null]);
  });

  it("reads straight quotation marks as opening or closing by the space beside them", () => {
    const result = carryQuotedSpeaker(
      paragraphs('The operator\'s chief executive, Jo Bloggs, said: "Fares will fall.', 'Services will grow, and the "free" pass stays."', "Plain text."),
    );
    expect(leads(result)).toEqual([null, "The operator's chief executive, Jo Bloggs, said:", null]);
  });

  it("carries nothing when the quotation is a phrase inside the writer's sentence, or closes where it opens", () => {
    const inline = paragraphs("The professor says the years saw an effort to build “a lot of institutional architecture.", "“That is a …");
    expect(leads(carryQuotedSpeaker(inline))).toEqual([null, null]);
    const closed = paragraphs("The minister said: “It works.”", "“Another quotation.”");
    expect(leads(carryQuotedSpeaker(closed))).toEqual([null, null]);
  });

  it("stops at a new section and at a paragraph that neither continues nor closes the quotation", () => {
    const [opening, next] = paragraphs("The chair said: “We will", "Local areas are ready.”");
    const moved = { ...(next as Paragraph), sectionPath: ["Elsewhere"] };
    expect(leads(carryQuotedSpeaker([opening as Paragraph, moved]))).toEqual([null, null]);
    expect(leads(carryQuotedSpeaker(paragraphs("The chair said: “We will", "A plain paragraph.", "Closing.”")))).toEqual([null, null, null]);
  });
});
