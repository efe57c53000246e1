import dictionary from "dictionary-en-gb";
import nspell from "nspell";

/**
 * Whether a word is English, by the British English Hunspell dictionary (nspell reads its
 * affix rules, so "privatised" and "councils" count). A proper noun counts in lower case too:
 * "scotland" is a place, not a slip for something else. Loaded once per process (~0.2 s).
 */
export function isEnglishWord(word: string): boolean {
  // The package reads its files as Buffers but types them as Uint8Array, which nspell's types do not take.
  speller ??= nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  return speller.correct(word) || speller.correct(word.charAt(0).toUpperCase() + word.slice(1));
}

let speller: ReturnType<typeof nspell> | undefined;
