import { renderFactsText } from "../render/terminal-facts.js";
import { parseFactsArgs } from "./facts-args.js";
import { EXIT_BAD_INPUT, runWithEngine } from "./run-with-engine.js";

/** `npm run facts`: list facts from the fact table, readably or as one JSON array. */
await runWithEngine(parseFactsArgs(process.argv.slice(2)), (args, engine, files) => {
  const documentIds = new Set(files.documents.map((document) => document.id));
  if (args.query.docId !== undefined && !documentIds.has(args.query.docId)) {
    console.error(`facts: no document "${args.query.docId}"; documents are: ${[...documentIds].join(", ")}`);
    return EXIT_BAD_INPUT;
  }
  const facts = engine.lookupFacts(args.query);
  if (args.json) console.log(JSON.stringify(facts));
  else console.log(facts.length > 0 ? renderFactsText(facts) : "No matching facts.");
  return 0;
});
