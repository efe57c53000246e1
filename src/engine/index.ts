export { createEngine } from "./create-engine.js";
export type { Engine, SourceSummary } from "./engine.js";
