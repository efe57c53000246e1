import { z } from "zod";

/** What a question exercises; `abstain` marks a question the corpus does not answer. */
export const QuestionKindSchema = z.enum([
  "lookup",
  "paraphrase",
  "number",
  "body",
  "recommendation",
  "acronym",
  "comparison",
  "cross-doc",
  "abstain",
]);
export type QuestionKind = z.infer<typeof QuestionKindSchema>;

/** One evaluation item, in the format of the shared sample (`qa-sample.json`). */
export const QuestionSchema = z
  .object({
    id: z.string().min(1),
    question: z.string().trim().min(1),
    kind: QuestionKindSchema,
    docs: z.array(z.string().min(1)),
    /** Verbatim strings from the answering passage; any one of them is a hit. */
    must_contain: z.array(z.string().trim().min(1)),
    answer: z.string().min(1),
    /** The figure as the text writes it, for questions whose answer is a figure. */
    value: z.string().trim().min(1).optional(),
  })
  .strict()
  .superRefine((item, ctx) => {
    // An abstain item with expectations, or an answerable one without, cannot be scored.
    if (item.kind === "abstain") {
      if (item.docs.length > 0) ctx.addIssue({ code: "custom", path: ["docs"], message: "must be empty for an abstain item" });
      if (item.must_contain.length > 0) ctx.addIssue({ code: "custom", path: ["must_contain"], message: "must be empty for an abstain item" });
      if (item.value !== undefined) ctx.addIssue({ code: "custom", path: ["value"], message: "an abstain item has no value" });
    } else {
      if (item.docs.length === 0) ctx.addIssue({ code: "custom", path: ["docs"], message: "an answerable item names at least one document" });
      if (item.must_contain.length === 0) ctx.addIssue({ code: "custom", path: ["must_contain"], message: "an answerable item needs at least one string" });
    }
  });
export type Question = z.infer<typeof QuestionSchema>;

export type ParseQuestionSetResult =
  | { ok: true; questions: Question[] }
  | { ok: false; error: { code: "eval_bad_json" | "eval_bad_schema" | "eval_duplicate_id"; message: string } };

/**
 * Parses the text of a question file. Every problem is reported at once, each naming the
 * file, the item's position and id, and the field.
 *
 * @example parseQuestionSet(await readFile(path, "utf8"), path)
 */
export function parseQuestionSet(text: string, file: string): ParseQuestionSetResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ");
    return { ok: false, error: { code: "eval_bad_json", message: `${file}: not valid JSON (${reason})` } };
  }
  if (!Array.isArray(json)) {
    return { ok: false, error: { code: "eval_bad_schema", message: `${file}: expected a JSON array of questions` } };
  }

  const questions: Question[] = [];
  const problems: string[] = [];
  json.forEach((raw: unknown, index) => {
    const parsed = QuestionSchema.safeParse(raw);
    if (parsed.success) {
      questions.push(parsed.data);
      return;
    }
    const label = itemLabel(raw, index);
    for (const issue of parsed.error.issues) {
      const path = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
      problems.push(`${file}: ${label}: ${path}${issue.message}`);
    }
  });
  if (problems.length > 0) return { ok: false, error: { code: "eval_bad_schema", message: problems.join("\n") } };

  const seen = new Set<string>();
  const duplicates = questions.filter((q) => (seen.has(q.id) ? true : (seen.add(q.id), false))).map((q) => q.id);
  if (duplicates.length > 0) {
    return { ok: false, error: { code: "eval_duplicate_id", message: `${file}: duplicate ids: ${[...new Set(duplicates)].join(", ")}` } };
  }
  return { ok: true, questions };
}

function itemLabel(raw: unknown, index: number): string {
  const id = typeof raw === "object" && raw !== null && "id" in raw && typeof raw.id === "string" ? ` (id ${raw.id})` : "";
  return `item ${index + 1}${id}`;
}
