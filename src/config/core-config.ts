import { resolve } from "node:path";
import { z } from "zod";

/** Settings every entry point needs, Slack or not. */
export interface CoreConfig {
  corpusDir: string;
  indexDir: string;
}

const CoreEnvSchema = z.object({
  CORPUS_DIR: z.string().trim().min(1).default("corpus"),
  INDEX_DIR: z.string().trim().min(1).default("index"),
});

/**
 * Reads CORPUS_DIR and INDEX_DIR (defaults: ./corpus and ./index, relative to the working
 * directory, which npm scripts set to the project root).
 */
export function parseCoreConfig(env: NodeJS.ProcessEnv): CoreConfig {
  const parsed = CoreEnvSchema.parse({ CORPUS_DIR: env.CORPUS_DIR || undefined, INDEX_DIR: env.INDEX_DIR || undefined });
  return { corpusDir: resolve(parsed.CORPUS_DIR), indexDir: resolve(parsed.INDEX_DIR) };
}
