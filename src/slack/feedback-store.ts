import { appendFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";

/**
 * Where "helpful / not helpful" clicks go. The default store appends one JSON line per click to
 * `<dir>/feedback.jsonl`: append-only, so concurrent writers never rewrite each other's lines.
 */
export { createFileFeedbackStore, FeedbackEntrySchema, FEEDBACK_FILE, type FeedbackEntry, type FeedbackStore, type FeedbackResult };

const FeedbackEntrySchema = z.object({
  at: z.string(),
  rating: z.enum(["helpful", "not_helpful"]),
  user: z.string(),
  channel: z.string().nullable(),
  command: z.string(),
  question: z.string(),
  answerPassageId: z.string().nullable(),
  passageIds: z.array(z.string()),
});
type FeedbackEntry = z.infer<typeof FeedbackEntrySchema>;

type FeedbackResult = { ok: true } | { ok: false; error: { code: "feedback_write_failed"; path: string; message: string } };

interface FeedbackStore {
  record(entry: FeedbackEntry): Promise<FeedbackResult>;
}

const FEEDBACK_FILE = "feedback.jsonl";

function createFileFeedbackStore(dir: string): FeedbackStore {
  const path = join(dir, FEEDBACK_FILE);
  return {
    async record(entry) {
      try {
        await mkdir(dir, { recursive: true });
        await appendFile(path, `${JSON.stringify(FeedbackEntrySchema.parse(entry))}\n`, "utf8");
        return { ok: true };
      } catch (error) {
        return { ok: false, error: { code: "feedback_write_failed", path, message: error instanceof Error ? error.message : String(error) } };
      }
    },
  };
}
