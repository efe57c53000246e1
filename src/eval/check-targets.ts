import { MAX_FALSE_ABSTENTION, MIN_ABSTENTION, MIN_EXACT_FIGURES, MIN_HIT_AT_1, MIN_HIT_AT_3 } from "./eval-targets.js";
import type { Metrics, Rate } from "./summarise-scores.js";

/** One target the run did not meet. */
export interface TargetFailure {
  metric: "hit@1" | "hit@3" | "abstention" | "false abstention" | "exact figures";
  actual: number;
  target: number;
  comparison: ">=" | "<=";
}

/**
 * The targets the overall metrics miss; empty when all are met. A metric with nothing to
 * count (no abstain items, no figures) cannot fail.
 */
export function checkTargets(overall: Metrics): TargetFailure[] {
  const failures: TargetFailure[] = [];
  const atLeast = (metric: TargetFailure["metric"], rate: Rate, target: number) => {
    if (rate.rate !== null && rate.rate < target) failures.push({ metric, actual: rate.rate, target, comparison: ">=" });
  };
  atLeast("hit@1", overall.hitAt1, MIN_HIT_AT_1);
  atLeast("hit@3", overall.hitAt3, MIN_HIT_AT_3);
  atLeast("abstention", overall.abstention, MIN_ABSTENTION);
  const falseAbstention = overall.falseAbstention.rate;
  if (falseAbstention !== null && falseAbstention > MAX_FALSE_ABSTENTION) {
    failures.push({ metric: "false abstention", actual: falseAbstention, target: MAX_FALSE_ABSTENTION, comparison: "<=" });
  }
  atLeast("exact figures", overall.exactFigures, MIN_EXACT_FIGURES);
  return failures;
}
