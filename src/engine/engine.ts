import type { Answer, AskOptions } from "../answer/answer.js";
import type { FactQuery } from "../facts/fact-query.js";
import type { DocumentMeta, Fact, FactType } from "../index-format/index.js";

/** What the bot knows of one source. */
export interface SourceSummary {
  document: DocumentMeta;
  passages: number;
}

/**
 * The answer pipeline as every adapter (terminal chat, JSON CLI, Slack) sees it: a loaded
 * index behind pure functions. Nothing here knows of terminals or Slack.
 */
export interface Engine {
  ask(question: string, options?: AskOptions): Answer;
  lookupFacts(query: FactQuery): Fact[];
  sources(): SourceSummary[];
  factCounts(): Record<FactType, number>;
}
