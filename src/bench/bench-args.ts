import { parseArgs } from "node:util";
import { z } from "zod";
import { BENCH_SYSTEMS, BenchSystemSchema } from "./bench-result.js";

export const BENCH_USAGE = `Usage:
  npm run bench                          the real corpus, then scaled 100× (default)
  npm run bench -- --scales 1,100,1000   choose the scales (1000× takes minutes and a few GB)
  npm run bench -- --questions a.json,b.json
Options:
  --scales LIST       corpus sizes as multiples of corpus/ (default 1,100)
  --systems LIST      which of ${BENCH_SYSTEMS.join(",")} to run (default all; ours always
                      runs first at each scale, as the others read its index)
  --questions LIST    question files in the eval format (default tests/eval/questions.json and,
                      when present, tests/eval/qa-sample.json)
  --samples N         most queries timed per system and scale (default 2000)
  --budget SECONDS    most time spent timing queries per system and scale (default 15)
  --timeout SECONDS   a system that takes longer at one scale is stopped and reported (default 600)
  --json              the results as one JSON object`;

export const BenchArgsSchema = z.object({
  scales: z.array(z.number().int().min(1).max(10_000)).min(1),
  systems: z.array(BenchSystemSchema).min(1),
  questionFiles: z.array(z.string().min(1)).nullable(),
  maxSamples: z.number().int().min(1),
  budgetMs: z.number().min(0),
  timeoutMs: z.number().min(1000),
  json: z.boolean(),
});
export type BenchArgs = z.infer<typeof BenchArgsSchema>;

export type ParseBenchArgsResult = { ok: true; args: BenchArgs } | { ok: false; message: string };

/** Parses the arguments of `npm run bench`; a bad one gives the usage, never a throw. */
export function parseBenchArgs(argv: readonly string[]): ParseBenchArgsResult {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        scales: { type: "string" },
        systems: { type: "string" },
        questions: { type: "string" },
        samples: { type: "string" },
        budget: { type: "string" },
        timeout: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    return { ok: false, message: `bench: ${error instanceof Error ? error.message : String(error)}\n${BENCH_USAGE}` };
  }
  if (values.help) return { ok: false, message: BENCH_USAGE };
  const list = (text: string) => text.split(",").map((item) => item.trim()).filter((item) => item !== "");
  const parsed = BenchArgsSchema.safeParse({
    scales: [...new Set(list(values.scales ?? "1,100").map(Number))],
    systems: values.systems === undefined ? [...BENCH_SYSTEMS] : list(values.systems),
    questionFiles: values.questions === undefined ? null : list(values.questions),
    maxSamples: Number(values.samples ?? 2000),
    budgetMs: Number(values.budget ?? 15) * 1000,
    timeoutMs: Number(values.timeout ?? 600) * 1000,
    json: values.json ?? false,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `bench: ${issue.path.join(".") || "arguments"}: ${issue.message}`);
    return { ok: false, message: `${problems.join("\n")}\n${BENCH_USAGE}` };
  }
  // Ours builds the index the baselines read, so it is always measured, and first.
  const systems = BENCH_SYSTEMS.filter((system) => system === "ours" || parsed.data.systems.includes(system));
  return { ok: true, args: { ...parsed.data, systems } };
}
