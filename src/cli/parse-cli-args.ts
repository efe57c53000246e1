import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;
type Parsed<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: T }>>;

/**
 * `node:util` parseArgs with `--help`/`-h` added, and its throw for an unknown flag turned into
 * a message with the usage: every command reports bad arguments the same way, never with a trace.
 */
export function parseCliArgs<T extends Options>(
  argv: readonly string[],
  options: T,
  usage: string,
  command: string,
): { ok: true; values: Parsed<T>["values"]; positionals: string[] } | { ok: false; message: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { ...options, help: { type: "boolean", short: "h" } } });
  } catch (error) {
    return { ok: false, message: `${command}: ${error instanceof Error ? error.message : String(error)}\n${usage}` };
  }
  if ((parsed.values as { help?: boolean }).help) return { ok: false, message: usage };
  return { ok: true, values: parsed.values as Parsed<T>["values"], positionals: parsed.positionals };
}
