export { baselineAnswer } from "./baseline-answer.js";
export { createMiniSearch, createPlainFlexSearch, type Baseline } from "./baselines.js";
export { BENCH_USAGE, parseBenchArgs, type BenchArgs, type ParseBenchArgsResult } from "./bench-args.js";
export {
  BENCH_SYSTEMS,
  BenchJobSchema,
  BenchMeasurementSchema,
  BenchOutcomeSchema,
  type BenchJob,
  type BenchMeasurement,
  type BenchOutcome,
  type BenchSystem,
  type Hits,
} from "./bench-result.js";
export { BENCH_TARGETS, formatBenchTable } from "./format-bench-table.js";
export { measureLatency, percentile, summariseLatencies, type LatencySummary, type MeasureOptions } from "./measure-latency.js";
export { copyId, replacementWords, scaleCorpus, varyText, type CorpusText } from "./scale-corpus.js";
