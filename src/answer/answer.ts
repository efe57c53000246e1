import { z } from "zod";
import { FactSchema, PassageKindSchema } from "../index-format/index.js";

/** Passages returned with an answer, best first. */
export const MAX_ANSWER_PASSAGES = 5;

export const AnswerKindSchema = z.enum(["fact", "passage", "none"]);
export type AnswerKind = z.infer<typeof AnswerKindSchema>;

/** A character range inside a passage's text. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;

/** One cited passage of an answer. */
export const AnswerPassageSchema = z.object({
  id: z.string(),
  docId: z.string(),
  title: z.string(),
  /** Section path shown as one string ("2.1 … › 2.1.1 The role of the centre"); may be "". */
  section: z.string(),
  text: z.string(),
  /** Relevance for this question: comparable within one answer only. */
  score: z.number(),
  kind: PassageKindSchema,
  /** Document date as the source gives it ("2024-03", "2016"); null when unknown. */
  date: z.string().nullable(),
  url: z.string().nullable(),
  /** The answering sentence(s) inside `text`; null when none stands out. */
  highlight: SpanSchema.nullable(),
});
export type AnswerPassage = z.infer<typeof AnswerPassageSchema>;

/**
 * The public JSON contract of `ask --json` and the value every renderer takes.
 * `answer.kind` is "none" when the corpus does not answer; `passages` then holds at most
 * the nearest ones, offered as "may be related".
 */
export const AnswerSchema = z.object({
  question: z.string(),
  /**
   * The question as searched when words in it were misspelt ("what is devolution?" for "waht
   * is devolutoin?"), so the reader can tell; null when it was searched as asked.
   */
  searchedFor: z.string().nullable(),
  answer: z.object({
    kind: AnswerKindSchema,
    /** The answer's lead: the figure, the role of a body, the answering sentence, or an honest "not found". */
    text: z.string(),
    /** The passage the lead comes from; null for "none". */
    passageId: z.string().nullable(),
  }),
  passages: z.array(AnswerPassageSchema).max(MAX_ANSWER_PASSAGES),
  facts: z.array(FactSchema),
});
export type Answer = z.infer<typeof AnswerSchema>;

/** Options a caller may pass with a question. */
export interface AskOptions {
  /** The previous question in the same conversation, for follow-ups such as "and in Denmark?". */
  previousQuestion?: string;
  /** Skip this many ranked passages: how "more passages" pages through the ranking. */
  offset?: number;
}
