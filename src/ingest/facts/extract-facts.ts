import type { BodyFact, DocumentMeta, Fact, NumberFact, Passage } from "../../index-format/index.js";
import { extractBodies, mentionsOf, slug } from "./extract-bodies.js";
import { extractNumbers } from "./extract-numbers.js";
import { extractRecommendations } from "./extract-recommendations.js";
import { parseCuratedFacts, type CuratedFacts } from "./parse-curated-facts.js";
import { splitSentences } from "./split-sentences.js";

export { parseCuratedFacts };

export interface ExtractFactsInput {
  documents: readonly DocumentMeta[];
  passages: readonly Passage[];
  /** docId → the document's source text; every quote must be found in it. */
  sources: ReadonlyMap<string, string>;
  /** Curated facts already parsed with `parseCuratedFacts`. */
  curated?: CuratedFacts;
  /** Or the text of curated-facts.yml; a file that does not parse becomes warnings. */
  curatedText?: string;
}

export interface ExtractFactsResult {
  facts: Fact[];
  warnings: string[];
}

/**
 * The typed fact table of a corpus: bodies, numbers and recommendations (see each
 * extractor for its rules), with curated corrections applied. Pure and deterministic: the
 * same input gives the same facts in the same order (bodies by id, then numbers and
 * recommendations in document and passage order).
 *
 * Every fact's quote is verbatim from its passage, and is checked against the document's
 * source text (ignoring whitespace, emphasis marks and quote styles, which cleaning may
 * change); a fact whose quote is not found is dropped with a warning.
 *
 * @example extractFacts({ documents, passages, sources }).facts.filter((f) => f.type === "body")
 */
export function extractFacts(input: ExtractFactsInput): ExtractFactsResult {
  const warnings: string[] = [];
  let curated = input.curated;
  if (curated === undefined && input.curatedText !== undefined) {
    const parsed = parseCuratedFacts(input.curatedText);
    if (parsed.ok) curated = parsed.curated;
    else warnings.push(...parsed.error.message.split("\n"), "curated-facts.yml: ignored");
  }

  let bodies = extractBodies(input.documents, input.passages);
  let numbers = extractNumbers(input.passages);
  const recommendations = extractRecommendations(input.documents, input.passages);
  if (curated) {
    bodies = applyCuratedBodies(bodies, curated, input.passages, warnings);
    numbers = applyCuratedNumbers(numbers, curated, input.passages, warnings);
  }

  const order = new Map(input.passages.map((p, i) => [p.id, i]));
  const all: Fact[] = [...bodies.sort((a, b) => compare(a.id, b.id)), ...byPlace([...numbers, ...recommendations], order)];
  const checked: Fact[] = [];
  for (const fact of all) {
    const kept = withVerbatimQuote(fact, input.passages, input.sources);
    if (kept) checked.push(kept);
    else warnings.push(`facts: ${fact.id} dropped: its quote is not found in the source of ${fact.docId}`);
  }
  return { facts: checked, warnings };
}

function byPlace<T extends Fact>(facts: T[], order: ReadonlyMap<string, number>): T[] {
  const position = (fact: Fact) => order.get(fact.passageId) ?? Number.MAX_SAFE_INTEGER;
  const typeRank = (fact: Fact) => (fact.type === "number" ? 0 : 1);
  return facts.sort((a, b) => typeRank(a) - typeRank(b) || position(a) - position(b) || compare(a.id, b.id));
}

const collator = new Intl.Collator("en", { numeric: true });
function compare(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

// --- the quote check -----------------------------------------------------------------------

/**
 * The fact itself when its quote is in the source; for a figure whose sentence was joined
 * across a page break by cleaning, the widest run of words around the figure that the source
 * has verbatim; else null.
 */
function withVerbatimQuote(fact: Fact, passages: readonly Passage[], sources: ReadonlyMap<string, string>): Fact | null {
  if (quoteFound(fact, passages, sources)) return fact;
  if (fact.type !== "number") return null;
  const source = normalizeQuote(sources.get(fact.docId) ?? "");
  const words = fact.quote.split(" ");
  const anchor = words.findIndex((_, i) => words.slice(i).join(" ").startsWith(fact.raw));
  if (anchor < 0) return null;
  const rawWords = fact.raw.split(" ").length;
  let from = anchor;
  let to = anchor + rawWords;
  const found = (a: number, b: number) => source.includes(normalizeQuote(words.slice(a, b).join(" ")));
  if (!found(from, to)) return null;
  while (from > 0 && found(from - 1, to)) from--;
  while (to < words.length && found(from, to + 1)) to++;
  if (to - from < rawWords + 3) return null;
  const quote = words.slice(from, to).join(" ");
  return { ...fact, quote };
}

function quoteFound(fact: Fact, passages: readonly Passage[], sources: ReadonlyMap<string, string>): boolean {
  const passage = passages.find((p) => p.id === fact.passageId);
  const source = sources.get(fact.docId);
  if (!passage || source === undefined) return false;
  return normalizeQuote(passage.text).includes(normalizeQuote(fact.quote)) && normalizeQuote(source).includes(normalizeQuote(fact.quote));
}

/** Differences cleaning may introduce between source and passage text, and nothing more. */
function normalizeQuote(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[*_]/g, "")
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[•\s]+/g, " ")
    .trim();
}

// --- curated corrections -------------------------------------------------------------------

function applyCuratedBodies(bodies: BodyFact[], curated: CuratedFacts, passages: readonly Passage[], warnings: string[]): BodyFact[] {
  const result = [...bodies];
  curated.bodies.forEach((entry, index) => {
    const label = `curated-facts.yml: bodies[${index}] (${entry.name})`;
    const wanted = [entry.name, ...entry.aliases].map((n) => n.toLowerCase());
    const at = result.findIndex((b) => [b.name, ...b.aliases].some((n) => wanted.includes(n.toLowerCase())));
    let body = at >= 0 ? result[at] : undefined;
    if (!body) {
      const mention = firstSentenceMentioning([entry.name, ...entry.aliases], passages);
      if (!mention) {
        warnings.push(`${label}: not named in any document; skipped`);
        return;
      }
      body = {
        type: "body",
        id: `body:${slug(entry.name)}`,
        docId: mention.passage.docId,
        passageId: mention.passage.id,
        quote: mention.sentence,
        name: entry.name,
        aliases: [],
        role: null,
        mentions: [],
      };
    }
    const aliases = [...body.aliases];
    for (const alias of [entry.name, ...entry.aliases]) {
      if (alias.toLowerCase() !== body.name.toLowerCase() && !aliases.some((a) => a.toLowerCase() === alias.toLowerCase())) aliases.push(alias);
    }
    let updated: BodyFact = { ...body, aliases, mentions: mentionsOf([body.name, ...aliases], passages) };
    if (entry.role !== null) {
      const passage = passages.find((p) => normalizeQuote(p.text).includes(normalizeQuote(entry.role ?? "")));
      if (passage) updated = { ...updated, role: entry.role, quote: entry.role, docId: passage.docId, passageId: passage.id };
      else warnings.push(`${label}: role quote not found in any document; role not changed`);
    }
    if (at >= 0) result[at] = updated;
    else result.push(updated);
  });
  return result;
}

function applyCuratedNumbers(numbers: NumberFact[], curated: CuratedFacts, passages: readonly Passage[], warnings: string[]): NumberFact[] {
  const result = [...numbers];
  curated.numbers.forEach((entry, index) => {
    const label = `curated-facts.yml: numbers[${index}] (${entry.raw})`;
    const passage = passages.find((p) => p.docId === entry.doc && normalizeQuote(p.text).includes(normalizeQuote(entry.quote)));
    if (!passage) {
      warnings.push(`${label}: quote not found in ${entry.doc}; skipped`);
      return;
    }
    if (!entry.quote.includes(entry.raw)) {
      warnings.push(`${label}: the figure is not in its quote; skipped`);
      return;
    }
    const fields = { quote: entry.quote, raw: entry.raw, value: entry.value, unit: entry.unit, measure: entry.measure, period: entry.period };
    const at = result.findIndex((n) => n.passageId === passage.id && n.raw === entry.raw);
    const existing = at >= 0 ? result[at] : undefined;
    if (existing) result[at] = { ...existing, ...fields };
    else result.push({ type: "number", id: `number:${passage.id}:curated-${index}`, docId: passage.docId, passageId: passage.id, ...fields });
  });
  return result;
}

function firstSentenceMentioning(names: readonly string[], passages: readonly Passage[]): { passage: Passage; sentence: string } | null {
  const lower = names.map((n) => n.toLowerCase());
  for (const passage of passages) {
    if (passage.kind !== "body" && passage.kind !== "table") continue;
    for (const sentence of splitSentences(passage.text)) {
      if (lower.some((n) => sentence.text.toLowerCase().includes(n))) return { passage, sentence: sentence.text };
    }
  }
  return null;
}
