import { renderFactsText } from "../render/terminal-facts.js";
import { parseFactsArgs } from "./facts-args.js";
import { openEngine } from "./open-engine.js";

/** `npm run facts`: list facts from the fact table, readably or as one JSON array. */
const args = parseFactsArgs(process.argv.slice(2));
if (!args.ok) {
  console.error(args.message);
  process.exitCode = 2;
} else {
  const opened = await openEngine();
  if (!opened.ok) {
    console.error(opened.message);
    process.exitCode = 1;
  } else {
    const documentIds = new Set(opened.files.documents.map((document) => document.id));
    if (args.query.docId !== undefined && !documentIds.has(args.query.docId)) {
      console.error(`facts: no document "${args.query.docId}"; documents are: ${[...documentIds].join(", ")}`);
      process.exitCode = 2;
    } else {
      const facts = opened.engine.lookupFacts(args.query);
      if (args.json) console.log(JSON.stringify(facts));
      else console.log(facts.length > 0 ? renderFactsText(facts) : "No matching facts.");
    }
  }
}
