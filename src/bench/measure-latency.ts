/** Latency of one system over a question set, in milliseconds. */
export interface LatencySummary {
  samples: number;
  median: number;
  p99: number;
  max: number;
}

export interface MeasureOptions {
  /** Stop once this many queries have been timed. */
  maxSamples: number;
  /** Or once this much time has passed, after at least one full pass over the questions. */
  budgetMs: number;
  now: () => number;
}

/**
 * Times `run` on each question in turn, passing over the list again and again until
 * `maxSamples` queries or `budgetMs` are spent. One full pass is always made, so every
 * question is measured; its results go to `firstPass` (outside the timed span), so the
 * caller can score them instead of asking everything twice. The caller warms up first.
 *
 * @example measureLatency((q) => engine.ask(q), questions, { maxSamples: 2000, budgetMs: 15_000, now: () => performance.now() })
 */
export function measureLatency<T>(
  run: (question: string) => T,
  questions: readonly string[],
  options: MeasureOptions,
  firstPass: (result: T, index: number) => void = () => undefined,
): LatencySummary {
  const samples: number[] = [];
  if (questions.length === 0) return summariseLatencies(samples);
  const started = options.now();
  for (let i = 0; i < Math.max(options.maxSamples, questions.length); i++) {
    if (i >= questions.length && options.now() - started >= options.budgetMs) break;
    const question = questions[i % questions.length] ?? "";
    const t0 = options.now();
    const result = run(question);
    samples.push(options.now() - t0);
    if (i < questions.length) firstPass(result, i);
  }
  return summariseLatencies(samples);
}

/** Median, 99th percentile (nearest rank) and maximum; NaN for no samples. */
export function summariseLatencies(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { samples: sorted.length, median: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? Number.NaN };
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}
