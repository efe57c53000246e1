import { describe, expect, it } from "vitest";
import { cleanInlineText } from "./clean-inline-text.js";

describe("cleanInlineText", () => {
  it("turns HTML list remnants into readable bullet text", () => {
    expect(cleanInlineText('<ul style="list-style-type: none"> • Issuing guidance • Setting policy </li>')).toBe(
      "• Issuing guidance • Setting policy",
    );
  });

  it("removes inline tags without adding spaces", () => {
    expect(cleanInlineText("(e.g. through the <i>NHS Long Term Plan</i>)")).toBe("(e.g. through the NHS Long Term Plan)");
  });

  it("decodes common entities", () => {
    expect(cleanInlineText("Health &amp; care&nbsp;systems")).toBe("Health & care systems");
  });

  it("removes markdown emphasis but keeps a lone star", () => {
    expect(cleanInlineText("the *Reform* Research Trust")).toBe("the Reform Research Trust");
    expect(cleanInlineText("5 * 3 and * notes")).toBe("5 * 3 and * notes");
  });

  it("collapses whitespace, including no-break spaces and tabs", () => {
    expect(cleanInlineText("  sponsored by\u00a0 KPMG,\trecommends\n that ")).toBe("sponsored by KPMG, recommends that");
  });

  it("keeps footnote markers but never glues them to the next word", () => {
    expect(cleanInlineText("cost.¹ Indeed")).toBe("cost.¹ Indeed");
    expect(cleanInlineText("⁹⁷Karsten Vrangbaek")).toBe("⁹⁷ Karsten Vrangbaek");
  });
});

describe("cleanInlineText on Markdown", () => {
  it("keeps the words of links and strong emphasis", () => {
    expect(cleanInlineText("See [the report](https://example.org/r) for **key** and __other__ points."))
      .toBe("See the report for key and other points.");
  });

  it("keeps an image's description without its address, and drops comments", () => {
    expect(cleanInlineText("![Chart of grants by area](img/chart.png) Grants rose.")).toBe("Chart of grants by area Grants rose.");
    expect(cleanInlineText("Grants rose.<!-- check the figure --> Then fell.")).toBe("Grants rose. Then fell.");
  });

  it("removes footnote markers and keeps a footnote's label as its number", () => {
    expect(cleanInlineText("around 1.6 million adults each year.[^1]")).toBe("around 1.6 million adults each year.");
    expect(cleanInlineText("funding fell[^fn-2] by 14 per cent")).toBe("funding fell by 14 per cent");
    expect(cleanInlineText("[^1]: Department for Education, statistics, 2023.")).toBe("1 Department for Education, statistics, 2023.");
  });

  it("removes block-quote markers opening a line, but keeps '>' before a figure", () => {
    expect(cleanInlineText('> "Buses matter," said the chair.\n> She went on.')).toBe('"Buses matter," said the chair. She went on.');
    expect(cleanInlineText("> 50 beds")).toBe("> 50 beds");
    expect(cleanInlineText("a > b")).toBe("a > b");
  });
});
