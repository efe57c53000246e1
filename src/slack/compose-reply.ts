import type { Engine } from "../engine/engine.js";
import type { FactType } from "../index-format/index.js";
import {
  renderAnswerMessage,
  renderFactsMessage,
  renderMorePassagesMessage,
  renderNoticeMessage,
  type Request,
  type SlackMessage,
} from "../render/slack-blocks.js";
import type { BotLog } from "./bolt-logger.js";
import { MAX_QUESTION_CHARS } from "./question-text.js";
import type { WorkQueue } from "./work-queue.js";

/**
 * Turns a request (a question, a fact lookup, a page of passages) into the Slack message that
 * answers it. The one place engine errors become a short apology: the error is logged, the user
 * never sees its text.
 */
export { createComposeReply, APOLOGY, type ComposeReply, type ReplyView };

const APOLOGY = "Sorry, something went wrong while I was looking that up. Please try again in a moment.";

interface ReplyView {
  /** Restate the question: the user's own words are not visible above a command's answer. */
  restate: boolean;
  /** Offer "Share in channel": only ephemeral answers need it. */
  shareable: boolean;
  /** "more": only the next passages, for the More passages button. */
  page: "answer" | "more";
}

type ComposeReply = (request: Request, view: ReplyView) => Promise<SlackMessage>;

const FACT_TYPE: Record<Exclude<Request["c"], "ask">, FactType> = {
  body: "body",
  figure: "number",
  recommendations: "recommendation",
};

function createComposeReply(deps: { engine: Engine; queue: WorkQueue; log: BotLog }): ComposeReply {
  const { engine, queue, log } = deps;

  const compose = (request: Request, view: ReplyView): SlackMessage => {
    if (request.c === "ask") {
      const answer = engine.ask(request.q, {
        ...(request.p === undefined ? {} : { previousQuestion: request.p }),
        ...(request.o === undefined ? {} : { offset: request.o }),
      });
      const options = { request, restate: view.restate, shareable: view.shareable };
      return view.page === "more" ? renderMorePassagesMessage(answer, options) : renderAnswerMessage(answer, options);
    }
    const type = FACT_TYPE[request.c];
    const documents = engine.sources().map((s) => s.document);
    if (type === "recommendation") {
      const doc = request.q === "" ? null : findDocument(documents, request.q);
      if (doc === undefined) {
        const ids = documents.map((d) => d.id).join(", ");
        return renderNoticeMessage(`No source matches "${request.q}". Sources: ${ids}.`);
      }
      const facts = engine.lookupFacts({ type, ...(doc === null ? {} : { docId: doc.id }) });
      const heading = doc === null ? "Recommendations in all sources" : `Recommendations in ${doc.title}`;
      return renderFactsMessage(facts, documents, { request, heading, shareable: view.shareable });
    }
    const facts = engine.lookupFacts({ type, text: request.q });
    const heading = `${type === "body" ? "Bodies" : "Figures"} matching "${request.q}"`;
    return renderFactsMessage(facts, documents, { request, heading, shareable: view.shareable });
  };

  return async (request, view) => {
    if (request.q.length > MAX_QUESTION_CHARS) {
      return renderNoticeMessage(`Please keep questions under ${MAX_QUESTION_CHARS} characters.`);
    }
    try {
      return await queue.run(() => compose(request, view));
    } catch (error) {
      log.error("slack: answering failed", { command: request.c, error: error instanceof Error ? error.message : String(error) });
      return renderNoticeMessage(APOLOGY);
    }
  };
}

/** A source named by id, title or publisher, case-insensitively; undefined when none or several match. */
function findDocument<D extends { id: string; title: string; publisher: string | null }>(documents: readonly D[], name: string): D | undefined {
  const needle = name.trim().toLowerCase();
  const exact = documents.find((d) => d.id.toLowerCase() === needle);
  if (exact !== undefined) return exact;
  const matches = documents.filter((d) => [d.id, d.title, d.publisher ?? ""].some((field) => field.toLowerCase().includes(needle)));
  return matches.length === 1 ? matches[0] : undefined;
}
