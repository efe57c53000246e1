/**
 * Writes a question set with one typing slip per question, to measure how answers hold up
 * against misspelt questions: in the longest lower-case word of five letters or more, the two
 * middle letters are swapped ("devolution" → "devoultion"), or with `--drop` the middle letter
 * is left out ("devoltion"). Deterministic, so the same set gives the same result.
 *
 *   npx tsx tests/eval/misspell.ts tests/eval/questions.json [--drop] > misspelt.json
 */
import { readFileSync } from "node:fs";

const [path, flag] = process.argv.slice(2);
if (path === undefined) {
  console.error("Usage: npx tsx tests/eval/misspell.ts QUESTIONS.json [--drop]");
  process.exit(2);
}
const drop = flag === "--drop";
const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
const isWrapped = typeof parsed === "object" && parsed !== null && !Array.isArray(parsed);
const questions = (isWrapped ? (parsed as { questions: { question: string }[] }).questions : parsed) as { question: string }[];

function misspell(question: string): string {
  const words = question.match(/\b[a-z]{5,}\b/g) ?? [];
  const longest = words.reduce((best, word) => (word.length > best.length ? word : best), "");
  if (longest === "") return question;
  const middle = Math.floor(longest.length / 2);
  const slipped = drop
    ? longest.slice(0, middle) + longest.slice(middle + 1)
    : longest.slice(0, middle - 1) + longest[middle] + longest[middle - 1] + longest.slice(middle + 1);
  return question.replace(longest, slipped);
}

const misspelt = questions.map((item) => ({ ...item, question: misspell(item.question) }));
console.log(JSON.stringify(isWrapped ? { ...(parsed as object), questions: misspelt } : misspelt, null, 1));
