import type { BodyFact, DocumentMeta, Fact, NumberFact, Passage } from "../../index-format/index.js";
import { extractBodies, slug } from "./extract-bodies.js";
import { extractNumbers } from "./extract-numbers.js";
import { extractRecommendations } from "./extract-recommendations.js";
import type { PassageFacts } from "./passage-facts.js";
import { parseCuratedFacts, type CuratedFacts } from "./parse-curated-facts.js";
import { cleanInlineText } from "../clean-inline-text.js";
import { quoteInSource } from "./find-quote.js";
import { mentionsOf } from "./name-mentions.js";
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

/** Facts as the extractors find them, before curated corrections and the quote check. */
export interface FoundFacts extends PassageFacts {
  bodies: BodyFact[];
}

/**
 * The typed fact table of a corpus: bodies, numbers and recommendations (see each
 * extractor for its rules), with curated corrections applied. Pure and deterministic: the
 * same input gives the same facts in the same order (bodies by id, then numbers and
 * recommendations in document and passage order).
 *
 * Every fact's quote is verbatim from its passage, and is checked against the document's
 * source text after the same cleaning the passage got (see quoteInSource); a fact whose
 * quote is not found is dropped with a warning.
 *
 * @example extractFacts({ documents, passages, sources }).facts.filter((f) => f.type === "body")
 */
export function extractFacts(input: ExtractFactsInput): ExtractFactsResult {
  // Bodies last: they compile several large patterns per body, and once an isolate has
  // generated that much regular-expression code V8 compiles later patterns unoptimised. The
  // fixed patterns of numbers and recommendations, compiled first, stay fast (at 1,000×
  // numbers took three times as long after bodies). Each extractor is pure: order is speed only.
  const numbers = extractNumbers(input.passages);
  const recommendations = extractRecommendations(input.documents, input.passages);
  const bodies = extractBodies(input.documents, input.passages);
  return assembleFacts(input, { bodies, numbers, recommendations });
}

/**
 * The fact table from the facts the extractors found, however they were run (ingest
 * extracts passage facts document by document, in a worker thread): curated corrections
 * applied, facts in order, quotes checked, as extractFacts describes.
 */
export function assembleFacts(input: ExtractFactsInput, found: FoundFacts): ExtractFactsResult {
  const warnings: string[] = [];
  let curated = input.curated;
  if (curated === undefined && input.curatedText !== undefined) {
    const parsed = parseCuratedFacts(input.curatedText);
    if (parsed.ok) curated = parsed.curated;
    else warnings.push(...parsed.error.message.split("\n"), "curated-facts.yml: ignored");
  }

  let { bodies, numbers } = found;
  const { recommendations } = found;
  if (curated) {
    bodies = applyCuratedBodies(bodies, curated, input.passages, input.sources, warnings);
    numbers = applyCuratedNumbers(numbers, curated, input.passages, input.sources, warnings);
  }

  const order = new Map(input.passages.map((p, i) => [p.id, i]));
  const all: Fact[] = [...[...bodies].sort((a, b) => compare(a.id, b.id)), ...byPlace([...numbers, ...recommendations], order)];
  const byId = new Map(input.passages.map((p) => [p.id, p]));
  const checked: Fact[] = [];
  for (const fact of all) {
    const kept = withVerbatimQuote(fact, byId, input.sources);
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
 * The fact itself when its quote passes quoteInSource; for a figure whose sentence does not
 * (a table row rewritten as "Key: value"), the widest run of whole words around the figure
 * that does, if it holds a few words besides the figure; else null.
 */
function withVerbatimQuote(fact: Fact, passages: ReadonlyMap<string, Passage>, sources: ReadonlyMap<string, string>): Fact | null {
  const passage = passages.get(fact.passageId);
  const source = sources.get(fact.docId);
  if (!passage || source === undefined) return null;
  if (quoteInSource(fact.quote, passage, source)) return fact;
  if (fact.type !== "number") return null;
  const at = fact.quote.indexOf(fact.raw);
  if (at < 0) return null;
  const found = (from: number, to: number) => quoteInSource(fact.quote.slice(from, to), passage, source);
  let from = at;
  let to = at + fact.raw.length;
  if (!found(from, to)) return null;
  for (let wider = wordStartBefore(fact.quote, from); wider !== null && found(wider, to); wider = wordStartBefore(fact.quote, from)) from = wider;
  for (let wider = wordEndAfter(fact.quote, to); wider !== null && found(from, wider); wider = wordEndAfter(fact.quote, to)) to = wider;
  const quote = fact.quote.slice(from, to);
  if (quote.split(" ").length < fact.raw.split(" ").length + MIN_CONTEXT_WORDS) return null;
  return { ...fact, quote };
}

/** A figure alone says nothing; its quote keeps at least this many words around it. */
const MIN_CONTEXT_WORDS = 3;

function wordStartBefore(text: string, from: number): number | null {
  if (from <= 0) return null;
  const space = text.lastIndexOf(" ", from - 2);
  return space < 0 ? 0 : space + 1;
}

function wordEndAfter(text: string, to: number): number | null {
  if (to >= text.length) return null;
  const space = text.indexOf(" ", to + 1);
  return space < 0 ? text.length : space;
}

// --- curated corrections -------------------------------------------------------------------

/**
 * The passage a curated quote comes from. A team copies quotes from the source files, so the
 * quote gets the passage cleaning first (emphasis marks, line breaks).
 */
function passageQuoting(quote: string, passages: readonly Passage[], sources: ReadonlyMap<string, string>): Passage | undefined {
  return passages.find((p) => quoteInSource(quote, p, sources.get(p.docId) ?? ""));
}

function applyCuratedBodies(
  bodies: BodyFact[],
  curated: CuratedFacts,
  passages: readonly Passage[],
  sources: ReadonlyMap<string, string>,
  warnings: string[],
): BodyFact[] {
  let result = [...bodies];
  curated.bodies.forEach((entry, index) => {
    const label = `curated-facts.yml: bodies[${index}] (${entry.name})`;
    const wanted = [entry.name, ...entry.aliases].map((n) => n.toLowerCase());
    // The curated names may join bodies the extractor kept apart ("Department of …", "Department for …").
    const matching = result.filter((b) => [b.name, ...b.aliases].some((n) => wanted.includes(n.toLowerCase())));
    let body: BodyFact | undefined = matching.find((b) => b.role !== null) ?? matching[0];
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
    const name = body.name;
    const aliases = [...new Set([...matching.flatMap((b) => [b.name, ...b.aliases]), entry.name, ...entry.aliases])].filter(
      (alias, i, all) => alias.toLowerCase() !== name.toLowerCase() && all.findIndex((a) => a.toLowerCase() === alias.toLowerCase()) === i,
    );
    let updated: BodyFact = { ...body, aliases, mentions: mentionsOf([name, ...aliases], passages) };
    if (entry.role !== null) {
      const role = cleanInlineText(entry.role);
      const passage = passageQuoting(role, passages, sources);
      if (passage) updated = { ...updated, role, quote: role, docId: passage.docId, passageId: passage.id };
      else warnings.push(`${label}: role quote not found in any document; role not changed`);
    }
    const at = result.indexOf(matching[0] ?? updated);
    result = result.filter((b) => !matching.includes(b));
    result.splice(at < 0 ? result.length : at, 0, updated);
  });
  return result;
}

function applyCuratedNumbers(
  numbers: NumberFact[],
  curated: CuratedFacts,
  passages: readonly Passage[],
  sources: ReadonlyMap<string, string>,
  warnings: string[],
): NumberFact[] {
  const result = [...numbers];
  curated.numbers.forEach((entry, index) => {
    const label = `curated-facts.yml: numbers[${index}] (${entry.raw})`;
    const quote = cleanInlineText(entry.quote);
    const passage = passageQuoting(quote, passages.filter((p) => p.docId === entry.doc), sources);
    if (!passage) {
      warnings.push(`${label}: quote not found in ${entry.doc}; skipped`);
      return;
    }
    if (!quote.includes(entry.raw)) {
      warnings.push(`${label}: the figure is not in its quote; skipped`);
      return;
    }
    const fields = { quote, raw: entry.raw, value: entry.value, unit: entry.unit, measure: entry.measure, period: entry.period };
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
