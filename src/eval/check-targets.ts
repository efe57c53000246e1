import { PRODUCT_TARGETS, type Targets } from "./eval-targets.js";
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
export function checkTargets(overall: Metrics, targets: Targets = PRODUCT_TARGETS): TargetFailure[] {
  const failures: TargetFailure[] = [];
  const atLeast = (metric: TargetFailure["metric"], rate: Rate, target: number) => {
    if (rate.rate !== null && rate.rate < target) failures.push({ metric, actual: rate.rate, target, comparison: ">=" });
  };
  atLeast("hit@1", overall.hitAt1, targets.hitAt1);
  atLeast("hit@3", overall.hitAt3, targets.hitAt3);
  atLeast("abstention", overall.abstention, targets.abstention);
  const falseAbstention = overall.falseAbstention.rate;
  if (falseAbstention !== null && falseAbstention > targets.falseAbstentionMax) {
    failures.push({ metric: "false abstention", actual: falseAbstention, target: targets.falseAbstentionMax, comparison: "<=" });
  }
  atLeast("exact figures", overall.exactFigures, targets.exactFigures);
  return failures;
}
