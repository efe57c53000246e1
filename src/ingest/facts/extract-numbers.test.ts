import { describe, expect, it } from "vitest";
import type { NumberFact, Passage } from "../../index-format/index.js";
import { extractNumbers } from "./extract-numbers.js";

function passage(text: string, kind: Passage["kind"] = "body", ordinal = 0): Passage {
  return { id: `doc#${ordinal}`, docId: "doc", kind, sectionPath: [], text, start: 0, end: text.length };
}

function numbers(text: string, kind: Passage["kind"] = "body"): NumberFact[] {
  return extractNumbers([passage(text, kind)]);
}

function only(text: string): NumberFact {
  const found = numbers(text);
  expect(found.map((f) => f.raw)).toHaveLength(1);
  return found[0] as NumberFact;
}

describe("extractNumbers: figures", () => {
  it("reads money with scale words and abbreviations, in three currencies", () => {
    const found = numbers("Greater Manchester got control of its £6bn (€7bn; $8bn) health and social care budget.");
    expect(found.map((f) => [f.raw, f.unit, f.value])).toEqual([
      ["£6bn", "GBP", 6e9],
      ["€7bn", "EUR", 7e9],
      ["$8bn", "USD", 8e9],
    ]);
    expect(found.every((f) => f.measure === "health and social care budget")).toBe(true);
  });

  it("takes the measure before a parenthesised figure and the period from the sentence", () => {
    const fact = only("NHS England passes most of its commissioning resources (£107.8 billion in 2022-23) to ICBs who are responsible for NHS services.");
    expect(fact).toMatchObject({ raw: "£107.8 billion", value: 107.8e9, unit: "GBP", period: "2022-23" });
    expect(fact.measure).toBe("commissioning resources to ICBs");
  });

  it("reads counts with the noun phrase after them", () => {
    expect(only("Below the regions sit England’s 42 Integrated Care Systems, bodies which plan services.")).toMatchObject({
      raw: "42",
      value: 42,
      unit: "count",
      measure: "Integrated Care Systems",
    });
    expect(only("Of the 777 ICB members in England, most were NHS members.").measure).toBe("ICB members in England");
    expect(only("There are around 1,250 PCNs in the country.").value).toBe(1250);
  });

  it("reads percentages, people, staff and durations", () => {
    expect(only("29.6 per cent of Dorset's population is over the age of 65.")).toMatchObject({ value: 29.6, unit: "percent", measure: "Dorset's population" });
    expect(only("The deal covers the area's 2.8 million inhabitants.")).toMatchObject({ value: 2.8e6, unit: "people" });
    expect(only("The new organisation would still have around 10,000 central staff.")).toMatchObject({ unit: "staff", value: 10000 });
    expect(only("CCGs should be given five-year fixed budgets.")).toMatchObject({ raw: "five-year", unit: "years", value: 5 });
  });

  it("reads what a bare figure measures from the quantity that rose or fell to it, or from it", () => {
    const found = numbers("Apprenticeship starts fell to 337,140 in 2022-23, from 509,400 in 2015-16.");
    expect(found.map((f) => [f.value, f.measure, f.period])).toEqual([
      [337140, "Apprenticeship starts", "2022-23"],
      [509400, "Apprenticeship starts", "2015-16"],
    ]);
    expect(only("Bus passenger numbers reached around 4,000 a day.")).toMatchObject({ value: 4000, measure: "Bus passenger numbers" });
    expect(numbers("Waiting lists rose by 5,000 in a year.")).toEqual([]);
  });

  it("reads both figures of 'rose from X to Y' as measuring what changed, or what X counted", () => {
    const measures = (text: string) => numbers(text).map((f) => [f.raw, f.measure, f.period]);
    expect(measures("The EA's inspections fell from around 1,800 a year in 2010 to just over 600 in 2022.")).toEqual([
      ["1,800", "EA's inspections", "in 2010"],
      ["600", "EA's inspections", "in 2022"],
    ]);
    expect(measures("Spills from its overflows rose from 31,200 to 38,900.")).toEqual([
      ["31,200", "Spills from its overflows", null],
      ["38,900", "Spills from its overflows", null],
    ]);
    expect(measures("EDM coverage rose from 862 overflows in 2016 to 15,400 in 2024.")).toEqual([
      ["862", "overflows", "in 2016"],
      ["15,400", "overflows", "in 2024"],
    ]);
    expect(measures("The number of overflows fitted with monitors (EDM) rose from 12,000 to 15,400.").map(([, measure]) => measure)).toEqual([
      "number of overflows fitted with monitors (EDM)",
      "number of overflows fitted with monitors (EDM)",
    ]);
    expect(measures("Patronage fell from 2.3 billion to 1.5 billion.").map(([, measure]) => measure)).toEqual(["Patronage", "Patronage"]);
  });

  it("reads a figure after the capitalised first word of a list item, as of a sentence", () => {
    expect(only("- Around 700,000 learners study at level 3 or above.")).toMatchObject({ value: 700000, measure: "learners" });
    expect(only("• Nearly 40 councils have signed a deal.")).toMatchObject({ value: 40, measure: "councils" });
  });

  it("reads '1 in 5' in digits as a ratio, as 'one in ten'", () => {
    expect(only("Now 1 in 5 colleges reports an operating deficit.")).toMatchObject({ raw: "1 in 5", value: 0.2, unit: "ratio", measure: "colleges" });
    expect(only("Around 1 in 1,000 beds is empty.")).toMatchObject({ value: 0.001, unit: "ratio" });
  });

  it("counts small number words only before a plural noun", () => {
    expect(only("There are three drivers behind recent interest in devolution.")).toMatchObject({ value: 3, measure: "drivers" });
    expect(only("NHS England has seven regional offices which oversee ICBs.")).toMatchObject({ value: 7, measure: "regional offices" });
    expect(numbers("Only one of them agreed, and two of those later left.")).toEqual([]);
  });

  it("reads 'the number of …' for bare figures and keeps a range as written", () => {
    const found = numbers("The number of staff working for NHS England almost tripled in this period – from 5,776 to 15,630.");
    expect(found.map((f) => [f.value, f.unit, f.measure])).toEqual([
      [5776, "staff", "number of staff working for NHS England"],
      [15630, "staff", "number of staff working for NHS England"],
    ]);
    expect(only("Partnerships cover populations of around 250,000 - 500,000.")).toMatchObject({ raw: "250,000 - 500,000", value: 250000, unit: "people" });
  });

  it("gives the period as written: a range, a fiscal year or 'in <year>'", () => {
    expect(only("Between March 2018 and October 2023, the number of staff in central bodies increased by 25 per cent.").period).toBe(
      "between March 2018 and October 2023",
    );
    expect(only("In 2015, the ten boroughs secured an agreement.").period).toBe("in 2015");
  });
});

describe("extractNumbers: not figures", () => {
  it("ignores a financial or academic year, and a place in a year", () => {
    expect(numbers("The grant should be restored to its 2015-16 level, as in 2019-2020.")).toEqual([]);
    expect(numbers("The college was ranked 1 in 2022 by inspectors.")).toEqual([]);
  });

  it("ignores footnote and bibliography passages", () => {
    expect(numbers("¹³ Phoebe Dunn et al., 42 Systems (The Health Foundation, 2022), 17 pages.", "footnote")).toEqual([]);
    expect(numbers("Rosen, Bruce. Israel: Health System Review. 2015. 544 pages.", "bibliography")).toEqual([]);
  });

  it("ignores superscript footnote markers, section numbers and table-of-contents lines", () => {
    expect(numbers("2.1.1 The role of the centre\t10")).toEqual([]);
    expect(numbers("4.3 Navigating the road ahead\t39")).toEqual([]);
    expect(numbers("It can improve outcomes at a reduced cost.¹ Indeed, devolving healthcare helps.²")).toEqual([]);
  });

  it("ignores ISBNs, charity numbers, phone numbers and DOIs", () => {
    expect(numbers("ISBN: 978-1-910850-60-2")).toEqual([]);
    expect(numbers("Reform is a registered charity, the Reform Research Trust, charity no. 1103739.")).toEqual([]);
    expect(numbers("Call us on 020 7799 6699 for 24 hours of advice.")).toEqual([]);
    expect(numbers("Cite this as: BMJ 2018;360:k1217")).toEqual([]);
  });

  it("treats bare years as periods and labels as names, not as figures", () => {
    expect(numbers("In 2015 the boroughs secured an agreement.")).toEqual([]);
    expect(numbers("Figure 4 presents a matrix. See Section 75 and Number 10 Downing Street.")).toEqual([]);
    expect(numbers("Cancers diagnosed in stage 1 or 2 are easier to treat.")).toEqual([]);
    expect(numbers("People aged under 75 die of preventable causes in the 21st century.")).toEqual([]);
  });

  it("gives stable ids per passage", () => {
    const found = extractNumbers([passage("There are 42 systems.", "body", 3), passage("And 175 partnerships and 9 regions.", "body", 4)]);
    expect(found.map((f) => f.id)).toEqual(["number:doc#3:0", "number:doc#4:0", "number:doc#4:1"]);
  });
});

describe("extractNumbers: counts read from their context", () => {
  it("reads a part of a whole, counts before 'were', and counts that continue a list", () => {
    expect(numbers("39 of 42 ICSs in England contain them.").map((f) => [f.raw, f.measure])).toEqual([
      ["39", "ICSs in England"],
      ["42", "ICSs in England"],
    ]);
    const members = numbers("Of the 777 ICB members in England, 466 were NHS members, 82 were Local Authority officers, and only 9 were elected councillors.");
    expect(members.map((f) => [f.raw, f.measure])).toEqual([
      ["777", "ICB members in England"],
      ["466", "NHS members"],
      ["82", "Local Authority officers"],
      ["9", "elected councillors"],
    ]);
    expect(numbers("It holds 53 performance indicators for ICBs and 35 for trusts.").map((f) => [f.raw, f.measure])).toEqual([
      ["53", "performance indicators for ICBs"],
      ["35", "performance indicators for trusts"],
    ]);
    expect(numbers("In May 2023, 6 ICPs had never held a public meeting and 9 had not published any minutes.").map((f) => [f.raw, f.measure, f.period])).toEqual([
      ["6", "ICPs", "in May 2023"],
      ["9", "ICPs", "in May 2023"],
    ]);
  });

  it("counts a number word before any plural head noun, and not days, weeks or hours", () => {
    expect(only("Services are delivered by five Health and Social Care Trusts (HSCTs).").measure).toBe("Health and Social Care Trusts");
    expect(only("The scheme rests on five general criteria: fewer admissions and more telemedicine.").value).toBe(5);
    expect(numbers("Reports come within 20 working days, after nine weeks or 24 hours.")).toEqual([]);
  });

  it("gives every figure that opens a parenthesis the noun phrase before it, and spending its object", () => {
    const sizes = numbers("ICSs vary in their overall population size (500,000 in Shropshire to 3.5 million in the North East).");
    expect(sizes.map((f) => [f.raw, f.unit, f.measure])).toEqual([
      ["500,000", "people", "overall population size"],
      ["3.5 million", "people", "overall population size"],
    ]);
    expect(only("In 2022/23 the trusts spent £310 million on mental health services.")).toMatchObject({ measure: "mental health services", period: "2022/23" });
  });
});

describe("extractNumbers: which figures a period dates", () => {
  const periods = (text: string) => numbers(text).map((f) => [f.raw, f.period]);

  it("dates the whole sentence from its first clause, and a figure from its own clause", () => {
    expect(periods("Research in 2013 showed that 48 per cent of authorities agree, while 22 per cent disagree.")).toEqual([
      ["48 per cent", "in 2013"],
      ["22 per cent", "in 2013"],
    ]);
    expect(periods("Waiting lists have grown: in March 2023, 4,120 people had waited, as 105,000 staff left in 2022.")).toEqual([
      ["4,120", "in March 2023"],
      ["105,000", "in 2022"],
    ]);
  });

  it("does not date a figure from another clause or from a bracketed aside", () => {
    expect(periods("Regions cover 41 per cent of the population, a number which will rise to 60 per cent if the five deals concluded in 2022 are implemented.")).toEqual([
      ["41 per cent", null],
      ["60 per cent", null],
      ["five", "in 2022"],
    ]);
    expect(periods("Two bodies oversee these functions (following the disbanding of Public Health England in 2020).")).toEqual([["Two", null]]);
    expect(periods("Worryingly, in May 2023 (a year after the formation of ICSs) 6 ICPs had never met.")).toEqual([["6", "in May 2023"]]);
  });
});
