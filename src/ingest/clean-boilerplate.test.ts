import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findPageFooterStart, findRunningPageLines, isBoilerplateLine, isMenuLine } from "./clean-boilerplate.js";

const webPage = readFileSync(new URL("../../tests/fixtures/segment/web-page.txt", import.meta.url), "utf8");

describe("isBoilerplateLine", () => {
  it.each([
    ["browser warning", "Unfortunately, your browser is too old to work on this website. Please upgrade your browser"],
    ["skip link", "Skip to main content"],
    ["log-in line", "Log in"],
    ["log-in line", "Log in through your institution"],
    ["social line", "Follow us on Twitter"],
    ["social line", "Get social"],
    ["navigation line", "Further reading"],
    ["navigation line", "You might also like..."],
    ["download button", "Download PDF"],
    ["download button", "Download the report"],
    ["paywall link", "View Full Text"],
    ["newsletter prompt", "Sign up to our newsletter"],
    ["subscription prompt", "* For online subscription"],
    ["audience gate", "Intended for healthcare professionals"],
    ["image layer name", "Artboard 101 copy 2"],
    ["image layer name", "Kjell-bubble-diagramArtboard 101 copy"],
    ["image file name", "diagram-final.png"],
    ["contact line", "[@reformthinktank](https://twitter.com/reformthinktank)"],
    ["contact line", "info@reform.uk"],
    ["contact line", "www.reform.uk"],
    ["bare web address", "commonslibrary.parliament.uk"],
    ["teaser link", "Read more: How clean is your local river? Use our interactive map"],
    ["teaser link", "Related: Swimmers fall ill after event on the Thames"],
    ["page survey", "Is this page useful? Yes / No"],
    ["copyright line", "© Western Courier 2024. All rights reserved."],
    ["publication identifier", "ISBN: 978-1-910850-60-2"],
  ])("drops a %s: %s", (_rule, line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    "Key points",
    "NHS England",
    "The regional level",
    "The departments",
    "Public health and social care",
    "Feature NHS",
    "Recommendations",
    "A model for England",
  ])("keeps the short heading %s", (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });

  it("keeps real sentences that mention furniture words", () => {
    expect(
      isBoilerplateLine("Councils were asked to log in to the portal and share the subscription data with the board each quarter."),
    ).toBe(false);
    expect(isBoilerplateLine("The board will follow us on this. Twitter users were surveyed.")).toBe(false);
    expect(isBoilerplateLine("For more information on this publication, please contact jack.airey@localis.org.uk.")).toBe(false);
  });
});

describe("findPageFooterStart", () => {
  it("cuts a web page after its 'Further reading' marker", () => {
    const lines = webPage.split("\n");
    const start = findPageFooterStart(lines);
    expect(start).not.toBeNull();
    expect(lines[start ?? 0]).toBe("Further reading");
    expect(lines.slice(start ?? 0).join("\n")).toContain("We look for talented");
  });

  it("does not cut a long document whose marker comes early", () => {
    const body = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} says something substantial about devolution.`);
    expect(findPageFooterStart(["Intro", "Further reading", ...body])).toBeNull();
  });

  it("returns null when there is no marker", () => {
    expect(findPageFooterStart(["Key points", "Text."])).toBeNull();
  });
});

describe("findRunningPageLines", () => {
  it("finds a running footer printed with each page's number, and keeps numbered text", () => {
    const lines = ["Briefing, 10 March 2025    3", "Text.", "4   Briefing, 10 March 2025", "Briefing, 10 March 2025 5", "Year 2020", "Year 2021", "Year 2022", "Spills 40", "Spills 40", "Spills 40"];
    expect([...findRunningPageLines(lines)]).toEqual([0, 2, 3]);
  });
});

describe("isMenuLine", () => {
  it("finds a site's menu, not a table row written without its outer pipes", () => {
    expect(isMenuLine(["Home | News | Politics | Sport | Sign in", "", "Water bills to rise"], 0)).toBe(true);
    const table = ["Year | London | Outside London | Total", "2009-10 | 2,238 | 2,322 | 4,560"];
    expect(isMenuLine(table, 0)).toBe(false);
    expect(isMenuLine(["Bills rose, as Ofwat | the regulator | said | it would."], 0)).toBe(false);
  });
});
