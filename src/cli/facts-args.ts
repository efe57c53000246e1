import { parseCliArgs } from "./parse-cli-args.js";
import { z } from "zod";
import type { FactQuery } from "../facts/fact-query.js";
import { FACT_TYPES } from "../index-format/index.js";

export const FACTS_USAGE = `Usage:
  npm run facts -- [--type body|number|recommendation] [--doc ID] [--json] [query]
Examples:
  npm run facts -- OHID
  npm run facts -- --type number "integrated care systems"
  npm run facts -- --type recommendation --doc localis-local-empowerment
  npm run --silent facts -- --json --type body`;

export type FactsArgs = { ok: true; query: FactQuery; json: boolean } | { ok: false; message: string };

const TypeSchema = z.enum(FACT_TYPES);

export function parseFactsArgs(argv: string[]): FactsArgs {
  const parsed = parseCliArgs(argv, { type: { type: "string" }, doc: { type: "string" }, json: { type: "boolean" } }, FACTS_USAGE, "facts");
  if (!parsed.ok) return parsed;
  const { values, positionals } = parsed;
  const query: FactQuery = {};
  if (values.type !== undefined) {
    const type = TypeSchema.safeParse(values.type);
    if (!type.success) return { ok: false, message: `facts: --type must be one of ${FACT_TYPES.join(", ")} (got "${values.type}")` };
    query.type = type.data;
  }
  if (values.doc !== undefined) query.docId = values.doc;
  const text = positionals.join(" ").trim();
  if (text !== "") query.text = text;
  return { ok: true, query, json: values.json ?? false };
}
