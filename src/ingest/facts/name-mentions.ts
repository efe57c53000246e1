import type { Mention, Passage } from "../../index-format/index.js";

/**
 * Whole-word matcher for names: acronyms case-sensitive ("ICS", not "ics"), longer names not.
 * An acronym followed by a capitalised word is part of another name ("NHS" in "NHS England").
 *
 * @example nameMatcher(["Care Quality Commission", "CQC"])("the CQC inspects") // true
 */
export function nameMatcher(names: readonly string[]): (text: string) => boolean {
  const build = (list: string[], flags: string, after: string) =>
    list.length === 0 ? null : new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${list.map(escapeName).join("|")})(?![\p{L}\p{N}])${after}`, flags);
  const long = build(names.filter((n) => !isAcronym(n)), "iu", "");
  const short = build(names.filter(isAcronym), "u", String.raw`(?!\s\p{Lu})`);
  return (text) => (long?.test(text) ?? false) || (short?.test(text) ?? false);
}

/** A name as a regular expression: apostrophes either way, any run of spaces between words. */
export function escapeName(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['’]/g, "['’]").replace(/\s+/g, "\\s+");
}

/** Every passage where one of `names` occurs as a whole word (acronyms case-sensitive, names not). */
export function mentionsOf(names: readonly string[], passages: readonly Passage[]): Mention[] {
  const mentions = nameMatcher(names);
  return toMentions(passages.filter((p) => mentions(p.text)));
}

export function toMentions(passages: readonly Passage[]): Mention[] {
  return passages.map((p) => ({ docId: p.docId, passageId: p.id }));
}

/** Finds the passages that mention names, as nameMatcher decides, without testing every passage. */
export interface MentionFinder {
  /** The passages where one of `names` occurs, in passage order: the same as filtering all passages with nameMatcher. */
  passagesMentioning(names: readonly string[]): Passage[];
}

/**
 * A MentionFinder over `passages` that knows in advance the names it will be asked about.
 * Testing a name's regular expression on every passage, for every body, is most of the
 * cost of body extraction at a few thousand documents. A match of a name contains each of
 * its words whole, so only passages holding one chosen word of the name (see keyWord) need
 * the test; the passages holding each chosen word are listed in one pass over the texts.
 * A name asked about later without a listed word is tested on every passage, as before.
 */
export function createMentionFinder(passages: readonly Passage[], expectedNames: readonly string[]): MentionFinder {
  const wanted = new Set<string>();
  for (const name of expectedNames) {
    const word = keyWord(foldedWords(name));
    if (word !== null) wanted.add(word);
  }
  const holding = new Map<string, number[]>([...wanted].map((word) => [word, []]));
  passages.forEach((passage, position) => {
    for (const word of foldedWords(passage.text)) {
      const positions = holding.get(word);
      if (positions !== undefined && positions[positions.length - 1] !== position) positions.push(position);
    }
  });

  return {
    passagesMentioning(names) {
      const mentions = nameMatcher(names);
      const candidates: number[] = [];
      for (const name of names) {
        const positions = holding.get(keyWord(foldedWords(name).filter((word) => holding.has(word))) ?? "");
        if (positions === undefined) return passages.filter((p) => mentions(p.text));
        for (const position of positions) candidates.push(position);
      }
      const inOrder = names.length === 1 ? candidates : [...new Set(candidates)].sort((a, b) => a - b);
      return inOrder.map((position) => passages[position] as Passage).filter((p) => mentions(p.text));
    },
  };
}

function isAcronym(name: string): boolean {
  return /^\p{Lu}+s?$/u.test(name);
}

/** The longest word of a name: usually the rarest in the texts, so it leaves the fewest passages to test. */
function keyWord(words: readonly string[]): string | null {
  let longest: string | null = null;
  for (const word of words) if (longest === null || word.length > longest.length) longest = word;
  return longest;
}

/**
 * Runs of a–z in the lower-cased text. Under the matcher's case-insensitive Unicode flags
 * the only other letters equal to a–z are "ſ" (s) and the Kelvin sign (k, which lower-cases
 * to it), so every word of a name the matcher finds is one of these runs of the passage:
 * the matcher's own word boundaries, spaces and apostrophes never fold to a–z.
 */
function foldedWords(text: string): string[] {
  return text.toLowerCase().replace(/ſ/g, "s").match(/[a-z]+/g) ?? [];
}
