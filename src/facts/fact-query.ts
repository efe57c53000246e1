import type { FactType } from "../index-format/index.js";

/** A fact lookup: every field narrows; an empty query lists everything. */
export interface FactQuery {
  type?: FactType;
  docId?: string;
  /** Matched against names, aliases and what a number measures; tolerant of case, plurals and acronyms. */
  text?: string;
}
