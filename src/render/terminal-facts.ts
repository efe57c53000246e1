import type { Fact } from "../index-format/index.js";

/** Quotes longer than this are cut in the listing; the full text stays in the index. */
const MAX_QUOTE_CHARS = 300;

/**
 * A readable terminal listing of facts, one block per fact: type, the name or figure, what
 * it measures and when, where it comes from (docId and passage) and the quote. Returns ""
 * for no facts, so callers choose their own "nothing found" message.
 *
 * @example renderFactsText([numberFact]) // "number  £107.8 billion — commissioning resources (2022-23)\n  …"
 */
export function renderFactsText(facts: readonly Fact[]): string {
  return facts.map(renderFact).join("\n\n");
}

function renderFact(fact: Fact): string {
  const lines: string[] = [];
  switch (fact.type) {
    case "body": {
      const aliases = fact.aliases.length > 0 ? ` (${fact.aliases.join(", ")})` : "";
      lines.push(`body    ${fact.name}${aliases}`);
      lines.push(`  role: ${fact.role ?? "not stated in the texts"}`);
      const documents = new Set(fact.mentions.map((m) => m.docId)).size;
      lines.push(`  mentioned in ${fact.mentions.length} passage${fact.mentions.length === 1 ? "" : "s"} of ${documents} document${documents === 1 ? "" : "s"}`);
      break;
    }
    case "number": {
      const period = fact.period === null ? "" : ` (${fact.period})`;
      lines.push(`number  ${fact.raw} — ${fact.measure}${period}  [${fact.unit}: ${formatValue(fact.value)}]`);
      break;
    }
    case "recommendation":
      lines.push(`recommendation  ${fact.source} · ${fact.label}`);
      lines.push(`  ${fact.text}`);
      if (fact.section !== "") lines.push(`  section: ${fact.section}`);
      break;
  }
  lines.push(`  source: ${fact.docId} · ${fact.passageId}`);
  if (fact.type !== "recommendation") lines.push(`  “${cut(oneLine(fact.quote))}”`);
  return lines.join("\n");
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString("en-GB") : String(value);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function cut(text: string): string {
  return text.length <= MAX_QUOTE_CHARS ? text : `${text.slice(0, MAX_QUOTE_CHARS - 1)}…`;
}
