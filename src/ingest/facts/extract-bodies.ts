import { isStopWord, passagesByDocument, type BodyFact, type DocumentMeta, type Passage } from "../../index-format/index.js";
import { createMentionFinder, escapeName, nameMatcher, toMentions, type MentionFinder } from "./name-mentions.js";
import { splitSentences } from "./split-sentences.js";

/**
 * Organisations and statutory structures named in the texts, merged across documents.
 *
 * A body is found by (1) an acronym definition, "Long Form (ABC)" or "ABC (Long Form)", whose
 * long form names an organisation (see ORGANISATION_WORDS) and whose letters fit the acronym
 * ("Department of Health (DoH)" too); (2) a table row "Name (ABC): Role…" or "Name<TAB>Role…";
 * (3) a capitalised name of two words or more that ends in an organisation word ("Greater
 * Manchester Health and Social Care Partnership"), starts with one followed by "of"/"for"
 * ("Ministry of Health"), is "NHS <Name>" ("NHS Digital") or "<Name> England/Wales/Scotland"
 * ("Public Health England"), but not a ministerial portfolio ("Minister of State for Care
 * Services"); (4) a capitalised name the sentence calls an organisation: listed after
 * "organisations such as" or "sponsored by", or followed by ", publisher of" and the like;
 * (5) a document's publisher, when the texts name it; (6) a publisher cited in a footnote
 * "(The King's Fund, 2019)". Names that differ only by case, a leading "The" or a plural
 * merge, and an acronym merges with its long form, so "Integrated Care Systems", "Integrated
 * Care System", "ICS" and "ICSs" are one body. An acronym the texts use without defining it
 * becomes an alias of the one body whose initials it spells ("NHS" for "National Health
 * Service").
 *
 * Ids are `body:<slug of the name>`, e.g. `body:nhs-england`.
 */
export function extractBodies(documents: readonly DocumentMeta[], passages: readonly Passage[]): BodyFact[] {
  const found = new BodyTable();
  for (const passage of passages) addNamesIn(passage, found);
  const byDocument = passagesByDocument(passages);
  for (const document of documents) {
    const publisher = publisherMention(document, byDocument.get(document.id) ?? []);
    if (publisher) found.add(publisher.name, null, publisher.at);
  }
  const acronyms = new Set<string>();
  addAcronymsUsed(passages, acronyms);
  return found.toFacts(passages, acronyms);
}

/** Extracts bodies from documents added one at a time, as ingest segments them. */
export interface BodyExtractor {
  /** A document and all of its passages, in order; documents in corpus order. */
  add(document: DocumentMeta, passages: readonly Passage[]): void;
  /** The bodies of every document added: what extractBodies gives on them all. */
  finish(): BodyFact[];
}

/**
 * extractBodies done document by document: each document's passages are read for names as
 * it is added, so only merging the names and finding their mentions waits for the last.
 * Publishers are named after every passage's names, as extractBodies adds them: the first
 * candidate of a body is its quote when no role is found.
 *
 * @example const bodies = createBodyExtractor(); bodies.add(document, passages); bodies.finish()
 */
export function createBodyExtractor(): BodyExtractor {
  const found = new BodyTable();
  const publishers: { name: string; at: At }[] = [];
  const passages: Passage[] = [];
  const acronyms = new Set<string>();
  return {
    add(document, own) {
      for (const passage of own) addNamesIn(passage, found);
      const publisher = publisherMention(document, own);
      if (publisher) publishers.push(publisher);
      addAcronymsUsed(own, acronyms);
      for (const passage of own) passages.push(passage);
    },
    finish() {
      for (const { name, at } of publishers) found.add(name, null, at);
      return found.toFacts(passages, acronyms);
    },
  };
}

/** Adds the body names one passage's sentences give to `found`. */
function addNamesIn(passage: Passage, found: BodyTable): void {
  if (passage.kind === "bibliography") return;
  for (const sentence of splitSentences(passage.text)) {
    const at = { passage, sentence: sentence.text };
    if (passage.kind === "footnote") {
      for (const name of citedPublishers(sentence.text)) found.add(name, null, at);
      continue;
    }
    const row = passage.kind === "table" ? tableRow(sentence.text) : null;
    if (row) {
      found.add(row.name, row.acronym, at, row.role);
      continue;
    }
    for (const definition of acronymDefinitions(sentence.text)) found.add(definition.name, definition.acronym, at);
    for (const name of organisationNames(sentence.text)) found.add(name, null, at);
    for (const name of namedAsOrganisations(sentence.text)) found.add(name, null, at);
  }
}

/** The document's publisher and the first sentence of `passages` (the document's own) naming it, if any. */
function publisherMention(document: DocumentMeta, passages: readonly Passage[]): { name: string; at: At } | null {
  const name = publisherName(document.publisher);
  if (name === null) return null;
  const at = firstMention(name, passages);
  return at ? { name, at } : null;
}

/** Words that end (or, in an acronym's long form, appear in) the name of an organisation. */
const ORGANISATION_WORDS = [
  "Agency", "Agencies", "Alliance", "Association", "Authority", "Authorities", "Board", "Boards", "Bureau",
  "Collaborative", "College", "Commission", "Committee", "Confederation", "Council", "Councils", "Department",
  "Directorate", "Foundation", "Fund", "Government", "Group", "Groups", "Inspectorate", "Institute", "Library", "Ministry",
  "Network", "Networks", "Office", "Organisation", "Organisations", "Organization", "Organizations",
  "Partnership", "Partnerships", "Regulator", "Service", "Services", "Society", "System", "Systems", "Trust",
  "Trusts", "Union", "Unit", "University",
];
const ORG_WORD = new RegExp(String.raw`\b(?:${ORGANISATION_WORDS.join("|")})\b`, "i");
const ORG_END = new RegExp(String.raw`\b(?:${ORGANISATION_WORDS.join("|")})$`);
const PLURAL_ORG_END = new RegExp(String.raw`\b(?:${ORGANISATION_WORDS.filter((w) => /s$/.test(w) && w !== "Services").join("|")})$`, "i");
const CONNECTORS = new Set(["of", "for", "and", "on", "in", "&", "the"]);
const CAP_WORD = String.raw`(?:\p{Lu}[\p{L}'’&-]*)`;
const NAME_RUN = new RegExp(String.raw`${CAP_WORD}(?:,?\s+(?:(?:of|for|and|on|in|&)\s+)?${CAP_WORD})+`, "gu");

interface At {
  passage: Passage;
  sentence: string;
}

interface Candidate {
  name: string;
  acronym: string | null;
  at: At;
  role: string | null;
}

class BodyTable {
  private readonly parent = new Map<string, string>();
  private readonly candidates: Candidate[] = [];

  add(name: string, acronym: string | null, at: At, role: string | null = null): void {
    const clean = name.replace(/^the\s+/i, "").trim();
    if (clean.length < 2) return;
    this.candidates.push({ name: clean, acronym, at, role });
    const key = nameKey(clean);
    this.find(key);
    if (acronym !== null) this.union(key, acronymKey(acronym));
  }

  toFacts(passages: readonly Passage[], acronymsInText: ReadonlySet<string>): BodyFact[] {
    const groups = new Map<string, Candidate[]>();
    for (const candidate of this.candidates) {
      const root = this.find(nameKey(candidate.name));
      const group = groups.get(root);
      if (group) group.push(candidate);
      else groups.set(root, [candidate]);
    }
    const undefinedAcronyms = acronymsForInitials([...groups.values()], acronymsInText);
    const namings = [...groups.values()].flatMap((members) => namingOf(members, undefinedAcronyms) ?? []);
    // A merged body is named by names the groups already have: the finder knows them all.
    const finder = createMentionFinder(passages, namings.flatMap((naming) => naming.names));
    return mergeSameBody(
      namings.map((naming) => toFact(naming, finder)),
      finder,
    );
  }

  private find(key: string): string {
    let root = key;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root) ?? root;
    if (!this.parent.has(key)) this.parent.set(key, key);
    return root;
  }

  private union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** A group of candidates with the name and aliases its body fact gets. */
interface Naming {
  members: Candidate[];
  first: Candidate;
  name: string;
  aliases: string[];
  /** The name, then the aliases. */
  names: string[];
}

function namingOf(members: Candidate[], undefinedAcronyms: ReadonlyMap<Candidate[], string>): Naming | null {
  const first = members[0];
  if (!first) return null;
  const name = canonicalName(members.map((m) => m.name));
  const defined = members.flatMap((m) => (m.acronym === null ? [] : [singularAcronym(m.acronym)]));
  const initials = undefinedAcronyms.get(members);
  const acronyms = unique(initials === undefined ? defined : [...defined, initials]);
  // Plural forms only for names the texts use in the plural ("Integrated Care Systems", "ICSs"), not "NHS Englands".
  const countable = members.some((m) => (m.acronym !== null && m.acronym !== singularAcronym(m.acronym)) || PLURAL_ORG_END.test(m.name));
  const aliases = aliasesOf(name, members.map((m) => m.name), acronyms, countable);
  return { members, first, name, aliases, names: [name, ...aliases] };
}

function toFact({ members, first, name, aliases, names }: Naming, finder: MentionFinder): BodyFact {
  const mentioning = finder.passagesMentioning(names);
  const role = findRole(names, members, mentioning);
  const quoteAt = role ?? { passage: first.at.passage, sentence: first.at.sentence };
  return {
    type: "body",
    id: `body:${slug(name)}`,
    docId: quoteAt.passage.docId,
    passageId: quoteAt.passage.id,
    quote: quoteAt.sentence,
    name,
    aliases,
    role: role?.role ?? null,
    mentions: toMentions(mentioning),
  };
}

/**
 * Two groups can be one body: they slug alike ("NHS Digital" named twice in different cases),
 * or one is named by the other's alias ("NHS" found alone, "National Health Service" with
 * "NHS"). Keep one, preferring a body with a role, then a name that is not an acronym.
 */
function mergeSameBody(facts: readonly BodyFact[], finder: MentionFinder): BodyFact[] {
  const key = (name: string) => (/^\p{Lu}+s?$/u.test(name) ? singularAcronym(name) : nameKey(name));
  const keys = (fact: BodyFact) => new Set([fact.name, ...fact.aliases].map(key));
  const sameBody = (a: BodyFact, b: BodyFact) => a.id === b.id || keys(b).has(key(a.name)) || keys(a).has(key(b.name));
  const groups: BodyFact[][] = [];
  for (const fact of facts) {
    const into = groups.find((group) => group.some((other) => sameBody(fact, other)));
    if (into) into.push(fact);
    else groups.push([fact]);
  }
  return groups.map((group) => {
    const ranked = [...group].sort((a, b) => Number(b.role !== null) - Number(a.role !== null) || Number(/^\p{Lu}+$/u.test(a.name)) - Number(/^\p{Lu}+$/u.test(b.name)));
    const best = ranked[0] as BodyFact;
    if (group.length === 1) return best;
    const aliases = unique(group.flatMap((f) => [f.name, ...f.aliases])).filter((n) => n.toLowerCase() !== best.name.toLowerCase());
    return { ...best, aliases, mentions: toMentions(finder.passagesMentioning([best.name, ...aliases])) };
  });
}

// --- finding names -------------------------------------------------------------------------

interface Definition {
  name: string;
  acronym: string;
}

// "DHSC", "ICBs", "DoH" (a lower-case letter only for a connective word, before a capital).
const ACRONYM = String.raw`\p{Lu}(?:[\p{Lu}&]|\p{Ll}(?=\p{Lu}))*\p{Lu}s?`;
// Global, so only ever used through matchAll, which matches on a copy and leaves lastIndex alone.
const ACRONYM_IN_BRACKETS = new RegExp(String.raw`\((${ACRONYM})\)`, "gu");
const ACRONYM_BEFORE_LONG_FORM = new RegExp(String.raw`\b(${ACRONYM}) \((\p{Lu}[^()]{2,80})\)`, "gu");
const ACRONYM_AFTER_NAME = new RegExp(String.raw`^(.*?)\s*\((${ACRONYM})\)$`, "u");

/** "Care Quality Commission (CQC)", "clinical commissioning groups (CCGs)", "NHSE (NHS England)". */
export function acronymDefinitions(sentence: string): Definition[] {
  const definitions: Definition[] = [];
  for (const match of sentence.matchAll(ACRONYM_IN_BRACKETS)) {
    const acronym = match[1] ?? "";
    const name = longFormBefore(sentence.slice(0, match.index ?? 0), acronym);
    if (name !== null && isOrganisationName(name)) definitions.push({ name, acronym });
  }
  for (const match of sentence.matchAll(ACRONYM_BEFORE_LONG_FORM)) {
    const acronym = match[1] ?? "";
    const words = (match[2] ?? "").split(/\s+/);
    if (fitsAcronym(acronym, words, 1) && isOrganisationName(match[2] ?? "")) definitions.push({ name: match[2] ?? "", acronym });
  }
  return definitions;
}

/**
 * The long form an acronym closes: the words before it whose letters fit. When the initials
 * alone spell it, the words giving exactly those initials win over a shorter run that needs
 * inner letters ("Scottish Social Services Council (SSSC)", not "Social Services Council").
 */
function longFormBefore(before: string, acronym: string): string | null {
  const tokens = before.trimEnd().split(/\s+/).slice(-12);
  let loose: string | null = null;
  let words: string[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i] ?? "";
    const word = token.replace(/,$/, "");
    if (/[.;:()"“”]/.test(word) || word === "" || !/^[\p{L}&][\p{L}'’&-]*$/u.test(word)) break;
    if (word !== token && !/^\p{Lu}/u.test(words[0] ?? "")) break; // a comma only inside a capitalised name
    words = [word, ...words];
    if (CONNECTORS.has(word.toLowerCase())) continue;
    const lowercase = words.every((w) => /^\p{Ll}/u.test(w));
    if (initialOf(word) !== (acronym[0] ?? "").toLowerCase()) continue;
    const longForm = tokens.slice(i, tokens.length).join(" ").replace(/,$/, "");
    if (fitsAcronym(acronym, words, 0)) return longForm;
    if (loose === null && !lowercase && fitsAcronym(acronym, words, 1)) loose = longForm;
  }
  return loose;
}

/**
 * Whether the acronym's letters can be read off `words` in order: each content word gives its
 * initial and maybe later letters of itself ("UK Health Security Agency" → UKHSA); at most
 * `skips` content words give nothing ("Medicine and Healthcare Products Regulatory Agency" →
 * MHRA). A lower-case long form must give exactly its initials.
 */
function fitsAcronym(acronym: string, words: readonly string[], skips: number): boolean {
  const letters = singularAcronym(acronym).replace(/[&\p{Ll}]/gu, "").toLowerCase();
  const content = words.filter((w) => !CONNECTORS.has(w.toLowerCase())).map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, ""));
  const strict = skips === 0;
  const go = (i: number, w: number, skipped: number): boolean => {
    if (w === content.length) return i === letters.length;
    if (i === letters.length) return false;
    const word = content[w] ?? "";
    if (word[0] === letters[i]) {
      if (go(i + 1, w + 1, skipped)) return true;
      if (!strict) {
        let j = i + 1;
        let c = 1;
        while (j < letters.length && c < word.length) {
          if (word[c] === letters[j]) {
            j++;
            if (go(j, w + 1, skipped)) return true;
          }
          c++;
        }
      }
    }
    return skipped < skips && w > 0 && w < content.length - 1 && go(i, w + 1, skipped + 1);
  };
  return content.length > 0 && go(0, 0, 0);
}

function isOrganisationName(name: string): boolean {
  return ORG_WORD.test(name) || /^NHS\b/.test(name) || /\b(?:England|Scotland|Wales|Ireland)$/.test(name);
}

/**
 * Capitalised names of two words or more that name an organisation: ending in an
 * organisation word, "<Head> of/for <Name>", "NHS <Name>", "<Name> England". A comma ends a
 * name ("Director of Public Health, Wigan Council"); a name after a minister's or director's
 * title is a portfolio, not a body ("Minister of State for Care Services").
 */
function organisationNames(sentence: string): string[] {
  const names: string[] = [];
  for (const match of sentence.matchAll(NAME_RUN)) {
    for (const segment of commaSegments(match[0].replace(/['’]s$/, ""))) {
      for (const part of splitOnAnd(segment)) {
        const name = nameAfterLeadIn(part);
        if (name !== null) names.push(name);
      }
    }
  }
  return names;
}

/** The name in `part` once words before it are dropped; null when it names no organisation. */
function nameAfterLeadIn(part: string): string | null {
  const words = part.split(/\s+/);
  const leadIn: string[] = [];
  while (words.length > 0 && isLeadIn(words[0] ?? "")) leadIn.push(words.shift() ?? "");
  return words.length >= 2 && !isPortfolio(leadIn) && namesOrganisation(words) ? words.join(" ") : null;
}

/**
 * A run split at the commas that end a name: before a part that names an organisation on its
 * own ("Director of Public Health, Wigan Council"), not inside one ("Department for Levelling
 * Up, Housing and Communities").
 */
function commaSegments(run: string): string[] {
  const segments: string[] = [];
  for (const piece of run.split(/,\s+/)) {
    const previous = segments.length - 1;
    if (previous >= 0 && nameAfterLeadIn(piece) === null) segments[previous] = `${segments[previous]}, ${piece}`;
    else segments.push(piece);
  }
  return segments;
}

function namesOrganisation(words: readonly string[]): boolean {
  const name = words.join(" ");
  // "Scottish Government" is a body; "Local Government" is a tier of them.
  if (/^(?:Local|Central|National|Regional|Devolved|Sub-national) Government$/i.test(name)) return false;
  if (ORG_END.test(words[words.length - 1] ?? "")) return true;
  // Past a comma only an organisation word vouches for the name ("Department of Health and
  // Social Care, Annual Reports and Accounts" is a citation).
  if (name.includes(",")) return false;
  if (ORG_HEAD.test(name)) return true;
  if (/^NHS \p{Lu}[\p{L}-]+$/u.test(name)) return !NHS_DOCUMENT_WORDS.test(words[1] ?? "");
  return NATIONAL_BODY.test(name) && !words.slice(0, -1).some((w) => PLACE_WORDS.test(w) || /ing$/.test(w));
}

// "Ministry of Health", "Office for National Statistics".
const ORG_HEAD = /^(?:Ministry|Department|Office|Institute|College|Academy|Commission|Agency|Bureau)\s+(?:of|for)\s+\p{Lu}/u;
// "NHS Long Term Plan", "NHS Mandates": documents and programmes named after the NHS.
const NHS_DOCUMENT_WORDS = /^(?:Mandates?|Bill|Act|Plan|Constitution|Finance|Budget|Productivity|Review|Pensions?|Five|Long|Outcomes|Oversight|Atlas|Right)$/;
// "Public Health England", "Health Education England", not "North East England".
const NATIONAL_BODY = /^(?:\p{Lu}[\p{L}-]+\s+){1,3}(?:England|Scotland|Wales)$/u;
const PLACE_WORDS = /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Greater|Rural|Urban|Modern|Merry|Little|New)$/;

function isPortfolio(leadIn: readonly string[]): boolean {
  const last = leadIn[leadIn.length - 1]?.toLowerCase();
  return (last === "of" || last === "for") && leadIn.some((w) => /^(?:minister|ministers|secretary|director|directors)$/i.test(w));
}

/**
 * Names the sentence itself calls organisations, one word or more: the list after
 * "organisations such as" or "sponsored by", and a name followed by ", publisher of",
 * ", the think tank" and the like.
 */
export function namedAsOrganisations(sentence: string): string[] {
  const names: string[] = [];
  if (!MARKS_ORGANISATION.test(sentence)) return names;
  for (const match of sentence.matchAll(LIST_OF_ORGANISATIONS)) {
    for (const item of (match[1] ?? "").split(/,\s+(?:and\s+)?|\s+and\s+/)) {
      const name = LIST_ITEM.exec(item)?.[1];
      if (name !== undefined) names.push(name);
    }
  }
  for (const match of sentence.matchAll(APPOSITIVE_ORGANISATION)) names.push(match[1] ?? "");
  return names.filter((name) => name !== "" && !isStopWord(name.toLowerCase()) && !LEAD_INS.has(name.toLowerCase()));
}

const PROPER_NAME = String.raw`\p{Lu}[\p{L}'’&-]*(?:\s+(?:(?:of|for|and|in|on)\s+)?\p{Lu}[\p{L}'’&-]*)*`;
// The clause after the marker, up to punctuation or a spaced dash.
const LIST_OF_ORGANISATIONS = new RegExp(
  String.raw`(?:\b(?:organisations|organizations|bodies|charities|agencies|regulators|think tanks|institutions|funders)\s+such\s+as|\b(?:sponsored|funded)\s+by)\s+([^.;:()–—]+?)(?=\s+-\s|[.;:()–—]|$)`,
  "gu",
);
// An item: "Samaritans", "the Samaritans provide…", "the trade union Managers in Partnership".
const LIST_ITEM = new RegExp(String.raw`^(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}(${PROPER_NAME})(?![\p{L}])`, "u");
// A word each pattern above needs: most sentences have none, and the patterns are slow to reject them.
const MARKS_ORGANISATION = /such|sponsored|funded|publisher|sponsor|charity|think tank|trade union|regulator|professional body/u;
const APPOSITIVE_ORGANISATION = new RegExp(
  String.raw`(?:^|[^\p{L}])(${PROPER_NAME}),\s+(?:(?:a|an|the)\s+)?(?:publisher|sponsor|charity|think tank|trade union|regulator|professional body)\b`,
  "gu",
);

/** Words before a name that are not part of it: "Though", "Chair of", "England's", "Former". */
function isLeadIn(word: string): boolean {
  const lower = word.toLowerCase();
  return isStopWord(lower) || CONNECTORS.has(lower) || /['’]s?$/.test(word) || /ly$/.test(lower) || LEAD_INS.has(lower);
}

const LEAD_INS = new Set(
  `although though whilst since unless despite however moreover furthermore below beneath alongside beyond within across
  unlike like following currently indeed former chair chairman chief head director directors minister ministers secretary
  mayor professor dr sir lord dame state deputy acting interim executive member members leader leaders`.split(/\s+/),
);

/**
 * "Health Education England and NHS Digital": two names, since each side names an
 * organisation on its own; "Health and Social Care Partnership": one.
 */
function splitOnAnd(run: string): string[] {
  const parts = run.split(/\s+and\s+/);
  if (parts.length === 1) return [run];
  const out: string[] = [];
  let current = parts[0] ?? "";
  for (const [i, part] of parts.entries()) {
    if (i === 0) continue;
    const startsName = nameAfterLeadIn(part) !== null || nameAfterLeadIn(parts.slice(i).join(" and ")) !== null;
    if (nameAfterLeadIn(current) !== null && startsName) {
      out.push(current);
      current = part;
    } else current = `${current} and ${part}`;
  }
  out.push(current);
  return out;
}

/** A table row: "Care Quality Commission (CQC): Regulates …" or with a tab between the cells. */
function tableRow(line: string): { name: string; acronym: string | null; role: string } | null {
  const match = /^([^:\t]{3,90})(?::\s+|\t+)(\p{Lu}\p{Ll}+s\b.*)$/u.exec(line);
  if (!match) return null;
  const cell = (match[1] ?? "").trim();
  const acronymMatch = ACRONYM_AFTER_NAME.exec(cell);
  const name = acronymMatch ? (acronymMatch[1] ?? "") : cell;
  const words = name.split(/\s+/);
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w) || CONNECTORS.has(w))) return null;
  if (!isOrganisationName(name) && !acronymMatch) return null;
  return { name, acronym: acronymMatch?.[2] ?? null, role: (match[2] ?? "").trim() };
}

/** "(The King's Fund, 2019)", "(House of Commons Library, 2023)". */
function citedPublishers(sentence: string): string[] {
  const names: string[] = [];
  for (const match of sentence.matchAll(/\(([^()]{3,80}?),\s*(?:\d{1,2}\s+\p{L}+\s+)?(?:19|20)\d\d\)/gu)) {
    for (const part of (match[1] ?? "").split(/\s+and\s+/)) {
      const name = part.trim();
      if (/^(?:The\s+)?\p{Lu}/u.test(name) && (ORG_END.test(name) || /^\p{Lu}{3,}$/u.test(name))) names.push(name);
    }
  }
  return names;
}

function publisherName(publisher: string | null): string | null {
  if (publisher === null) return null;
  const name = publisher.replace(/\s*\(.*$/, "").replace(/^the\s+/i, "").trim();
  return name.length >= 2 ? name : null;
}

function firstMention(name: string, passages: readonly Passage[]): At | null {
  const mentions = nameMatcher([name]);
  for (const passage of passages) {
    if (passage.kind !== "body" && passage.kind !== "table") continue;
    for (const sentence of splitSentences(passage.text)) if (mentions(sentence.text)) return { passage, sentence: sentence.text };
  }
  return null;
}

// --- names, aliases, mentions ---------------------------------------------------------------

/** Adds to `used` the upper-case words of three letters or more in body and table text: acronyms the texts use. */
function addAcronymsUsed(passages: readonly Passage[], used: Set<string>): void {
  for (const passage of passages) {
    if (passage.kind !== "body" && passage.kind !== "table") continue;
    for (const match of passage.text.matchAll(UPPER_CASE_RUN)) {
      // The texts repeat the few acronyms they use ("NHS") thousands of times: one found is not checked again.
      if (used.has(match[0])) continue;
      const at = match.index ?? 0;
      const end = at + match[0].length;
      const standsAlone = !ENDS_IN_WORD_CHAR.test(passage.text.slice(Math.max(0, at - 2), at)) && !STARTS_WITH_WORD_CHAR.test(passage.text.slice(end, end + 2));
      if (standsAlone && [...match[0]].length <= 6) used.add(match[0]);
    }
  }
}

// Whole runs of capitals, then checked for length and neighbours: the same words as
// /(?<![\p{L}\p{N}])\p{Lu}{3,6}(?![\p{L}\p{N}])/gu, found in about half the time, because
// that lookbehind is tried at every position of every passage. Neighbours are read as code
// points: two code units either side.
const UPPER_CASE_RUN = /\p{Lu}{3,}/gu;
const ENDS_IN_WORD_CHAR = /[\p{L}\p{N}]$/u;
const STARTS_WITH_WORD_CHAR = /^[\p{L}\p{N}]/u;

/**
 * For a body the texts name without defining an acronym, the acronym they use that spells
 * the initials of its name ("NHS" for "National Health Service"), when exactly one body has
 * those initials and no body defines that acronym.
 */
function acronymsForInitials(groups: readonly Candidate[][], acronymsInText: ReadonlySet<string>): Map<Candidate[], string> {
  const defined = new Set(groups.flatMap((members) => members.flatMap((m) => (m.acronym === null ? [] : [singularAcronym(m.acronym)]))));
  const byInitials = new Map<string, Candidate[][]>();
  for (const members of groups) {
    if (members.some((m) => m.acronym !== null)) continue;
    const initials = initialsOf(canonicalName(members.map((m) => m.name)));
    if (initials.length < 3 || defined.has(initials) || !acronymsInText.has(initials)) continue;
    byInitials.set(initials, [...(byInitials.get(initials) ?? []), members]);
  }
  const result = new Map<Candidate[], string>();
  for (const [initials, owners] of byInitials) if (owners.length === 1 && owners[0]) result.set(owners[0], initials);
  return result;
}

function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter((w) => !CONNECTORS.has(w.toLowerCase()));
  return words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) ? words.map((w) => w[0] ?? "").join("") : "";
}

function nameKey(name: string): string {
  const words = name.replace(/^the\s+/i, "").replace(/[’]/g, "'").toLowerCase().split(/\s+/);
  const last = words.pop() ?? "";
  return [...words, singular(last)].join(" ");
}

function acronymKey(acronym: string): string {
  return nameKey(singularAcronym(acronym));
}

function singularAcronym(acronym: string): string {
  return acronym.replace(/(\p{Lu})s$/u, "$1");
}

function singular(word: string): string {
  if (/ies$/i.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is|services)$/i.test(word)) return word;
  if (/s$/i.test(word)) return word.slice(0, -1);
  return word;
}

function plural(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:s|x|ch|sh)$/i.test(word)) return `${word}es`;
  return `${word}s`;
}

/** The capitalised, singular form ("Integrated Care System"), preferring forms the texts use. */
function canonicalName(forms: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const form of forms) counts.set(form, (counts.get(form) ?? 0) + 1);
  const ranked = [...counts.entries()].sort(([a, ca], [b, cb]) => {
    const score = (f: string) => (/^\p{Lu}/u.test(f) ? 2 : 0) + (nameKey(f).endsWith(lastWord(f).toLowerCase().replace(/’/g, "'")) ? 1 : 0);
    return score(b) - score(a) || b.split(" ").length - a.split(" ").length || cb - ca || (a < b ? -1 : 1);
  });
  const best = ranked[0]?.[0] ?? forms[0] ?? "";
  // A kind of body is named in the singular even when the texts only use the plural.
  if (!PLURAL_ORG_END.test(best)) return best;
  const words = best.split(" ");
  return [...words.slice(0, -1), singular(words[words.length - 1] ?? "")].join(" ");
}

function aliasesOf(name: string, forms: readonly string[], acronyms: readonly string[], countable: boolean): string[] {
  const aliases: string[] = [];
  const words = name.split(" ");
  const last = words.pop() ?? "";
  if (countable && words.length > 0 && !/services$/i.test(last)) {
    const other = nameKey(name).endsWith(last.toLowerCase()) ? plural(last) : singular(last);
    aliases.push([...words, other].join(" "));
  }
  for (const form of forms) aliases.push(form);
  for (const acronym of acronyms) aliases.push(...(countable ? [acronym, `${acronym}s`] : [acronym]));
  const seen = new Set([name.toLowerCase()]);
  return aliases.filter((alias) => {
    const key = alias.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// --- roles ---------------------------------------------------------------------------------

const ROLE_PATTERNS: { re: (subject: string) => RegExp; strength: number }[] = [
  // "X is responsible for …", "X sits within the DHSC and is primarily responsible for …", "ICBs who are responsible for …"
  { strength: 3, re: (s) => new RegExp(String.raw`${s}(?:\s*\([^)]*\))?(?:,[^,]{1,80},)?(?:,?\s+(?:who|which|that))?(?:\s+[^.;]{0,80}?\s+and)?\s+(?:is|are)\s+(?:\w+\s+)?(?:responsible|accountable)\s+for\b`, "iu") },
  // "X— the body that oversees …", "X, the regulator which …"
  { strength: 3, re: (s) => new RegExp(String.raw`${s}(?:\s*\([^)]*\))?\s*[,—–-]\s*(?:the|an?)\s+(?:[\w'’-]+\s+){0,2}(?:body|bodies|agency|organisation|regulator|department|authority|charity|think\s+tank)\s+(?:that|which|who)\s`, "iu") },
  // "Accountable Care Organisations (ACOs) are alliances of care providers …"
  { strength: 2, re: (s) => new RegExp(String.raw`^(?:The\s+)?${s}(?:\s*\([^)]*\))?\s+(?:is|are)\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,2}(?:alliances?|bodies|body|groups?|organisations?|partnerships?|networks?|agency|agencies|regulators?|authority|authorities|charity|charities|committees?|boards?|collaborations?|think\s+tanks?)\s+(?:of|that|which|who|responsible)\b`, "iu") },
  // "X, an arm's-length body, …", "X, bodies which bring together …", "X, groups of GP practices, …"
  { strength: 2, re: (s) => new RegExp(String.raw`${s}(?:\s*\([^)]*\))?,\s+(?:an?\s+[^,]{2,60}\b(?:body|agency|organisation|regulator|department|authority|charity|think tank)\b|(?:the\s+)?(?:bodies|organisations|groups|partnerships)\s+(?:which|that|responsible)\b|groups of\b)`, "iu") },
  // "X (ABC) bring together …", "X regulates …", "X is established as the leading … think tank"
  { strength: 1, re: (s) => new RegExp(String.raw`(?:^|,?\s+(?:while|whilst|whereas)\s+)(?:The\s+|the\s+)?${s}(?:\s*\([^)]*\))?\s+(?:brings?\s+together|regulates?|registers?|licenses?|accredits?|provides?|manages?|oversees?|commissions?|allocates?|monitors?|inspects?|leads?|protects?|improves?|supports?|plans?|funds?|delivers?|runs?|advises?|represents?|sets?|develops?|promotes?|scrutinises?|is\s+established\s+as|is\s+an?\s+(?:[\w'’-]+\s+){0,3}(?:body|agency|charity|think\s+tank|regulator|organisation|department))\b`, "iu") },
  // "The Environment Agency (EA) issues the permits …", "• the Consumer Council for Water (CCW), which
  // represents customers …", "The OEP (OEP), established under the Act, holds … to account": a
  // name given with its acronym or followed by "which" is the subject of the verb after it,
  // whatever the verb ("issues", "polices").
  { strength: 1, re: (s) => new RegExp(String.raw`^(?:[•·▪*–-]\s+|\d{1,2}[.)]\s+)?(?:The\s+|the\s+)?${s}(?=\s*\(|,\s+(?:which|who)\b)(?:\s*\([^)]*\))?(?:,\s+(?:which|who)|,[^,]{1,80},)?\s+(?:\p{Ll}+ly\s+)?(?!(?:was|is|has|its|this|thus|as|us|always|perhaps)\b)\p{Ll}{2,}s\b`, "u") },
];

const LIST_MARKER = /^(?:[•·▪*–-]|\d{1,2}[.)])\s+/;
const STRONGEST_ROLE = Math.max(...ROLE_PATTERNS.map((pattern) => pattern.strength));

interface RoleHit extends At {
  role: string;
}

/** The best role sentence for a body; `mentioning` are the passages that name it, in passage order. */
function findRole(names: readonly string[], members: readonly Candidate[], mentioning: readonly Passage[]): RoleHit | null {
  const tableRole = members.find((m) => m.role !== null);
  if (tableRole?.role) return { passage: tableRole.at.passage, sentence: tableRole.role, role: tableRole.role };
  const subject = String.raw`(?<![\p{L}\p{N}])(?:${names.map(escapeName).join("|")})(?![\p{L}\p{N}])`;
  const patterns = ROLE_PATTERNS.map(({ re, strength }) => ({ regex: re(subject), strength }));
  // Every pattern holds the subject: a sentence without it needs no pattern tried.
  const namesSubject = new RegExp(subject, "iu");
  let best: (RoleHit & { strength: number }) | null = null;
  for (const passage of mentioning) {
    if (passage.kind !== "body" && passage.kind !== "table") continue;
    for (const sentence of splitSentences(passage.text)) {
      if (!namesSubject.test(sentence.text)) continue;
      for (const { regex, strength } of patterns) {
        if (best && best.strength >= strength) break;
        if (regex.test(sentence.text)) {
          // A list item's marker is no part of what it says.
          const text = sentence.text.replace(LIST_MARKER, "");
          best = { passage, sentence: text, role: text, strength };
          break;
        }
      }
      // Only a stronger pattern replaces the best sentence: none is stronger than this.
      if (best?.strength === STRONGEST_ROLE) return best;
    }
  }
  return best;
}

// --- helpers -------------------------------------------------------------------------------

function initialOf(word: string): string {
  return (word.replace(/^[^\p{L}]+/u, "")[0] ?? "").toLowerCase();
}

function lastWord(name: string): string {
  return name.split(" ").pop() ?? "";
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
