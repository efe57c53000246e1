import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ELLIPSIS, escapeMrkdwn, fitMrkdwn, mrkdwnLink, truncateAtWord } from "./mrkdwn.js";

const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
// Strings rich in the characters that matter, so properties meet them often.
const slacky = fc.string({ unit: fc.constantFrom("<", ">", "&", "!", "@", "|", "#", "a", " ", "h", "t", ":", "/", "\n", "é", "🙂") });
const anyText = fc.oneof(fc.string(), slacky);

describe("escapeMrkdwn", () => {
  it("leaves no control character and loses nothing", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const escaped = escapeMrkdwn(s);
        expect(escaped).not.toMatch(/[<>]/);
        expect(unescape(escaped)).toBe(s);
      }),
    );
  });

  it("turns pings and forged links into plain text", () => {
    expect(escapeMrkdwn("<!channel> <@U123> <http://x|y> R&D")).toBe("&lt;!channel&gt; &lt;@U123&gt; &lt;http://x|y&gt; R&amp;D");
  });
});

describe("truncateAtWord and fitMrkdwn", () => {
  it("never exceed the limit, and mark a cut with an ellipsis", () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 200 }), (s, max) => {
        const cut = truncateAtWord(s, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        if (cut !== s) expect(cut.endsWith(ELLIPSIS)).toBe(true);
        const fitted = fitMrkdwn(s, max);
        expect(fitted.length).toBeLessThanOrEqual(max);
        expect(fitted).not.toMatch(/[<>]/);
        // No entity is cut in half: every & starts a whole entity.
        expect(fitted.replace(/&(amp|lt|gt);/g, "")).not.toContain("&");
      }),
    );
  });

  it("cuts at a word boundary when there is one", () => {
    expect(truncateAtWord("integrated care boards commission services", 20)).toBe("integrated care…");
  });
});

describe("mrkdwnLink", () => {
  it("links http(s) URLs and refuses anything that could end the link early", () => {
    expect(mrkdwnLink("https://example.org/a?b=1&c=2", "A <b>")).toBe("<https://example.org/a?b=1&amp;c=2|A &lt;b&gt;>");
    expect(mrkdwnLink("https://x.org/a|b", "t")).toBe("<https://x.org/a%7Cb|t>");
    expect(mrkdwnLink("javascript:alert(1)", "t")).toBe("t");
    expect(mrkdwnLink(null, "<!here>")).toBe("&lt;!here&gt;");
  });
});
