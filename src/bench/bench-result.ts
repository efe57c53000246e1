import { z } from "zod";

/** The systems compared, in table order. */
export const BENCH_SYSTEMS = ["ours", "flexsearch", "minisearch"] as const;
export const BenchSystemSchema = z.enum(BENCH_SYSTEMS);
export type BenchSystem = z.infer<typeof BenchSystemSchema>;

/** One system at one scale, as the measuring process hands it to the table. */
export const BenchJobSchema = z.object({
  system: BenchSystemSchema,
  scale: z.number().int().min(1),
  corpusDir: z.string(),
  /** Where ours writes index/; the baselines read their passages from it. */
  indexDir: z.string(),
  questionFiles: z.array(z.string()),
  maxSamples: z.number().int().min(1),
  budgetMs: z.number().min(0),
});
export type BenchJob = z.infer<typeof BenchJobSchema>;

const HitsSchema = z.object({ set: z.string(), hits: z.number().int(), answerable: z.number().int() });
export type Hits = z.infer<typeof HitsSchema>;

export const BenchMeasurementSchema = z.object({
  system: BenchSystemSchema,
  scale: z.number().int(),
  documents: z.number().int(),
  passages: z.number().int(),
  /** Ours: the full ingest (read, clean, chunk, facts, index, export, write). Baselines: adding the passages. */
  buildMs: z.number(),
  /** Ours: reading index/ and building the engine, as at start-up; null for the baselines. */
  loadMs: z.number().nullable(),
  /** hit@1 on the answerable questions of each set. */
  hitAt1: z.array(HitsSchema),
  latency: z.object({ samples: z.number().int(), median: z.number(), p99: z.number(), max: z.number() }),
  /** Heap retained by the loaded system (after a full GC when --expose-gc is on); null without GC. */
  heapMb: z.number().nullable(),
  /** Peak resident memory of the whole measuring process (for ours, ingest included). */
  peakRssMb: z.number(),
});
export type BenchMeasurement = z.infer<typeof BenchMeasurementSchema>;

export const BenchOutcomeSchema = z.union([
  z.object({ ok: z.literal(true), measurement: BenchMeasurementSchema }),
  z.object({ ok: z.literal(false), system: BenchSystemSchema, scale: z.number().int(), error: z.string() }),
]);
export type BenchOutcome = z.infer<typeof BenchOutcomeSchema>;
