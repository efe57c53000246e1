import type { Engine } from "../engine/index.js";
import type { IndexFiles } from "../search/load-index.js";
import { openEngine } from "./open-engine.js";

/** Exit codes shared by the commands: 2 for bad input, 1 when the index cannot be opened. */
export const EXIT_BAD_INPUT = 2;
export const EXIT_NO_INDEX = 1;

/**
 * The shape every engine command shares: arguments already parsed (a message and exit 2 if
 * bad), then the engine opened (rebuilding index/ if needed; a message and exit 1 if that
 * fails), then the command's own work, whose return value is the exit code.
 */
export async function runWithEngine<A extends { ok: true }>(
  args: A | { ok: false; message: string },
  run: (args: A, engine: Engine, files: IndexFiles) => Promise<number> | number,
): Promise<void> {
  if (!args.ok) {
    console.error(args.message);
    process.exitCode = EXIT_BAD_INPUT;
    return;
  }
  const opened = await openEngine();
  if (!opened.ok) {
    console.error(opened.message);
    process.exitCode = EXIT_NO_INDEX;
    return;
  }
  process.exitCode = await run(args as A, opened.engine, opened.files);
}
