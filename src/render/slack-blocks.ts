import { z } from "zod";
import type { Answer, AnswerPassage } from "../answer/answer.js";
import type { DocumentMeta, Fact, FactType } from "../index-format/index.js";
import { ELLIPSIS, escapeMrkdwn, fitMrkdwn, mrkdwnLink, truncateAtWord } from "./mrkdwn.js";

/**
 * The one Block Kit builder. Every message and view the bot sends is made here, so Slack's size
 * limits are enforced in one place and every corpus or user string goes through `escapeMrkdwn`
 * into mrkdwn objects marked `verbatim: true` (no auto-linking of @here, #channel or URLs).
 */
export {
  ACTION_IDS,
  LIMITS,
  ButtonValueSchema,
  RequestSchema,
  renderAnswerMessage,
  renderMorePassagesMessage,
  renderFactsMessage,
  renderSourcesMessage,
  renderHelpMessage,
  renderNoticeMessage,
  renderSharedMessage,
  renderHomeView,
  blockTextLength,
  type ActionId,
  type Block,
  type ButtonValue,
  type CommandHelp,
  type HomeView,
  type Request,
  type SlackMessage,
  type SourceLine,
};

/** Slack's Block Kit limits (docs.slack.dev/reference/block-kit), and our tighter message budget. */
const LIMITS = {
  sectionText: 3000,
  blocksPerMessage: 50,
  blocksPerView: 100,
  headerText: 150,
  contextElements: 10,
  buttonText: 75,
  buttonValue: 2000,
  /** Slack truncates `text` beyond 40,000 characters and recommends staying under 4,000. */
  fallbackText: 3900,
  /** Messages have been refused near 13,000 characters of block text: stay well under. */
  messageBlockText: 8000,
  /** One quoted passage: long enough to carry the answering sentence, short enough for five. */
  quoteChars: 700,
  factsPerMessage: 10,
} as const;

/** Every interactive element's action_id; the Slack layer registers exactly these. */
const ACTION_IDS = {
  morePassages: "more_passages",
  share: "share_in_channel",
  helpful: "feedback_helpful",
  notHelpful: "feedback_not_helpful",
} as const;
type ActionId = (typeof ACTION_IDS)[keyof typeof ACTION_IDS];

/** What a button replays: a question (with its thread context) or a fact lookup. */
const RequestSchema = z.object({
  c: z.enum(["ask", "body", "figure", "recommendations"]),
  q: z.string(),
  /** Previous question in the thread, so a replay gives the same answer. */
  p: z.string().optional(),
  o: z.number().int().nonnegative().optional(),
});
type Request = z.infer<typeof RequestSchema>;

/** The JSON carried in a button's `value`; parsed with this schema when the button comes back. */
const ButtonValueSchema = z.object({
  r: RequestSchema,
  /** The passage the answer's lead came from. */
  a: z.string().nullable(),
  /** Ids of the passages (or facts) shown. */
  ids: z.array(z.string()),
});
type ButtonValue = z.infer<typeof ButtonValueSchema>;

interface MrkdwnText {
  type: "mrkdwn";
  text: string;
  verbatim: true;
}
interface PlainText {
  type: "plain_text";
  text: string;
  emoji: true;
}
interface Button {
  type: "button";
  action_id: ActionId;
  text: PlainText;
  value: string;
  style?: "primary";
}
type Block =
  | { type: "section"; text: MrkdwnText }
  | { type: "context"; elements: MrkdwnText[] }
  | { type: "header"; text: PlainText }
  | { type: "divider" }
  | { type: "actions"; elements: Button[] };

interface SlackMessage {
  /** Notification and accessibility fallback; always set. */
  text: string;
  blocks: Block[];
}
interface HomeView {
  type: "home";
  blocks: Block[];
}
interface SourceLine {
  document: DocumentMeta;
  passages: number;
}
interface CommandHelp {
  command: string;
  usageHint: string;
  description: string;
}

const NOT_FOUND = "I couldn't find that in the documents.";

const mrkdwn = (text: string): MrkdwnText => ({ type: "mrkdwn", text, verbatim: true });
const plain = (text: string, max: number): PlainText => ({ type: "plain_text", text: truncateAtWord(text, max), emoji: true });
// Callers fit their parts; this is the last guard so no section can exceed Slack's limit.
const section = (text: string): Block => ({ type: "section", text: mrkdwn(truncateAtWord(text, LIMITS.sectionText)) });
const context = (...texts: string[]): Block => ({
  type: "context",
  elements: texts.slice(0, LIMITS.contextElements).map((t) => mrkdwn(t)),
});

/** Characters of text in blocks, as counted against LIMITS.messageBlockText. */
function blockTextLength(blocks: readonly Block[]): number {
  let total = 0;
  for (const block of blocks) {
    if (block.type === "section" || block.type === "header") total += block.text.text.length;
    else if (block.type === "context") for (const e of block.elements) total += e.text.length;
    else if (block.type === "actions") for (const e of block.elements) total += e.text.text.length;
  }
  return total;
}

/** Accumulates blocks while both the block count and the text budget hold. */
class BlockBudget {
  readonly blocks: Block[] = [];
  constructor(
    private readonly maxBlocks: number,
    private readonly maxText: number,
    /** Room kept for blocks added last (the buttons). */
    private readonly reservedBlocks = 0,
    private readonly reservedText = 0,
  ) {}

  /** Adds all of `group` or none of it. */
  tryAdd(...group: Block[]): boolean {
    const blocks = this.blocks.length + group.length + this.reservedBlocks;
    const text = blockTextLength(this.blocks) + blockTextLength(group) + this.reservedText;
    if (blocks > this.maxBlocks || text > this.maxText) return false;
    this.blocks.push(...group);
    return true;
  }

  /** Adds the reserved tail; it was already counted. */
  addReserved(...group: Block[]): void {
    this.blocks.push(...group);
  }
}

function fallback(text: string): string {
  return fitMrkdwn(text.replace(/\s+/g, " ").trim(), LIMITS.fallbackText) || " ";
}

/** The quoted excerpt: the whole passage if short, else a window that keeps the highlight. */
function excerpt(passage: AnswerPassage): string {
  const { text, highlight } = passage;
  if (text.length <= LIMITS.quoteChars) return text;
  if (highlight !== null && highlight.end > LIMITS.quoteChars - ELLIPSIS.length) {
    return ELLIPSIS + truncateAtWord(text.slice(highlight.start), LIMITS.quoteChars - ELLIPSIS.length);
  }
  return truncateAtWord(text, LIMITS.quoteChars);
}

function quote(text: string): string {
  const lines = fitMrkdwn(text, LIMITS.sectionText - 100).split("\n");
  return lines.map((line) => `> ${line}`).join("\n");
}

function citation(passage: Pick<AnswerPassage, "title" | "section" | "date" | "url">): string {
  const parts = [`*${mrkdwnLink(passage.url, truncateAtWord(passage.title, 200))}*`];
  if (passage.section !== "") parts.push(fitMrkdwn(passage.section, 300));
  parts.push(passage.date === null ? "date unknown" : escapeMrkdwn(passage.date));
  return parts.join(" · ");
}

function passageBlocks(passage: AnswerPassage): Block[] {
  return [section(quote(excerpt(passage))), context(citation(passage))];
}

function encodeValue(value: ButtonValue): string | null {
  const text = JSON.stringify(value);
  return text.length <= LIMITS.buttonValue ? text : null;
}

function button(actionId: ActionId, label: string, value: string | null): Button[] {
  if (value === null) return [];
  return [{ type: "button", action_id: actionId, text: plain(label, LIMITS.buttonText), value }];
}

interface ButtonOptions {
  request: Request;
  answerPassageId: string | null;
  shownIds: string[];
  /** Offset for the next page, or null when there is none. */
  nextOffset: number | null;
  shareable: boolean;
}

function actionsBlock(options: ButtonOptions): Block {
  const { request, answerPassageId, shownIds, nextOffset, shareable } = options;
  const feedback = encodeValue({ r: request, a: answerPassageId, ids: shownIds });
  const elements = [
    ...(nextOffset === null ? [] : button(ACTION_IDS.morePassages, "More passages", encodeValue({ r: { ...request, o: nextOffset }, a: answerPassageId, ids: [] }))),
    ...(shareable ? button(ACTION_IDS.share, "Share in channel", encodeValue({ r: request, a: answerPassageId, ids: [] })) : []),
    ...button(ACTION_IDS.helpful, "👍 Helpful", feedback),
    ...button(ACTION_IDS.notHelpful, "👎 Not helpful", feedback),
  ];
  return { type: "actions", elements };
}

/** Upper bound of an actions block's text, reserved before passages are added. */
const ACTIONS_TEXT_RESERVE = 80;

interface AnswerOptions {
  request: Request;
  /** Restate the question (slash commands, where the user's message is not shown). */
  restate: boolean;
  /** Offer "Share in channel" (ephemeral answers only). */
  shareable: boolean;
}

/**
 * An answer: the lead (figure, role or answering sentence), then cited passages, then buttons.
 * For `kind: "none"`, an honest not-found with the nearest passages as "possibly related".
 *
 * @example renderAnswerMessage(answer, { request: { c: "ask", q: answer.question }, restate: true, shareable: true })
 */
function renderAnswerMessage(answer: Answer, options: AnswerOptions): SlackMessage {
  const budget = new BlockBudget(LIMITS.blocksPerMessage, LIMITS.messageBlockText, 1, ACTIONS_TEXT_RESERVE);
  if (options.restate) budget.tryAdd(context(`*Question:* ${fitMrkdwn(answer.question, 500)}`));
  if (answer.searchedFor !== null) budget.tryAdd(context(`*Searched for:* ${fitMrkdwn(answer.searchedFor, 500)}`));
  const found = answer.answer.kind !== "none";
  budget.tryAdd(section(found ? fitMrkdwn(answer.answer.text, LIMITS.sectionText) : NOT_FOUND));
  if (!found && answer.passages.length > 0) budget.tryAdd(context("Possibly related:"));
  const shown = addPassages(budget, answer.passages);
  budget.addReserved(answerActions(answer, shown, options));
  const lead = found ? answer.answer.text : NOT_FOUND;
  const source = shown[0] === undefined ? "" : ` (${shown[0].title})`;
  return { text: fallback(lead + source), blocks: budget.blocks };
}

/** The buttons under a page of passages: more, share, feedback. */
function answerActions(answer: Answer, shown: readonly AnswerPassage[], options: AnswerOptions) {
  return actionsBlock({
    request: options.request,
    answerPassageId: answer.answer.passageId,
    shownIds: shown.map((p) => p.id),
    nextOffset: nextOffset(options.request, answer.passages.length, shown.length),
    shareable: options.shareable,
  });
}

function addPassages(budget: BlockBudget, passages: readonly AnswerPassage[]): AnswerPassage[] {
  const shown: AnswerPassage[] = [];
  for (const passage of passages) {
    if (!budget.tryAdd(...passageBlocks(passage))) break;
    shown.push(passage);
  }
  return shown;
}

/** A full page (or one cut short by the budget) means there may be more to page through. */
function nextOffset(request: Request, returned: number, shown: number): number | null {
  const offset = request.o ?? 0;
  if (shown < returned) return offset + shown;
  return returned >= 5 ? offset + shown : null;
}

/** The next page of passages for "More passages". */
function renderMorePassagesMessage(answer: Answer, options: AnswerOptions): SlackMessage {
  const budget = new BlockBudget(LIMITS.blocksPerMessage, LIMITS.messageBlockText, 1, ACTIONS_TEXT_RESERVE);
  if (answer.passages.length === 0) {
    budget.tryAdd(section("No more passages for this question."));
    return { text: "No more passages for this question.", blocks: budget.blocks };
  }
  budget.tryAdd(context(`*More passages for:* ${fitMrkdwn(answer.question, 500)}`));
  const shown = addPassages(budget, answer.passages);
  budget.addReserved(answerActions(answer, shown, options));
  return { text: fallback(`More passages for: ${answer.question}`), blocks: budget.blocks };
}

const FACT_HEADINGS: Record<FactType, string> = {
  body: "Bodies",
  number: "Figures",
  recommendation: "Recommendations",
};

function factLine(fact: Fact): string {
  switch (fact.type) {
    case "body": {
      const aliases = fact.aliases.length > 0 ? ` (${fact.aliases.join(", ")})` : "";
      return `*${fitMrkdwn(fact.name + aliases, 300)}* — ${fitMrkdwn(fact.role ?? "the documents name it without saying what it does", 1500)}`;
    }
    case "number": {
      const period = fact.period === null ? "" : ` (${fact.period})`;
      return `*${fitMrkdwn(fact.raw, 200)}* — ${fitMrkdwn(fact.measure + period, 500)}\n${quote(fact.quote)}`;
    }
    case "recommendation":
      return `*${fitMrkdwn(fact.label, 200)}* — ${fitMrkdwn(fact.text, 1500)}`;
  }
}

interface FactsOptions {
  request: Request;
  /** What was looked up, restated in the message. */
  heading: string;
  shareable: boolean;
}

/** The result of /body, /figure or /recommendations; `documents` supplies titles and links. */
function renderFactsMessage(facts: readonly Fact[], documents: readonly DocumentMeta[], options: FactsOptions): SlackMessage {
  const budget = new BlockBudget(LIMITS.blocksPerMessage, LIMITS.messageBlockText, 2, ACTIONS_TEXT_RESERVE + 100);
  budget.tryAdd(context(`*${fitMrkdwn(options.heading, 500)}*`));
  if (facts.length === 0) {
    budget.tryAdd(section(NOT_FOUND));
    return { text: fallback(`${options.heading}: ${NOT_FOUND}`), blocks: budget.blocks };
  }
  const byId = new Map(documents.map((d) => [d.id, d]));
  const shown: Fact[] = [];
  for (const fact of facts.slice(0, LIMITS.factsPerMessage)) {
    const doc = byId.get(fact.docId);
    const cite = doc === undefined ? escapeMrkdwn(fact.docId) : citation({ title: doc.title, section: "", date: doc.date, url: doc.url });
    if (!budget.tryAdd(section(factLine(fact)), context(cite))) break;
    shown.push(fact);
  }
  const rest = facts.length - shown.length;
  const tail: Block[] = rest > 0 ? [context(`…and ${rest} more. Narrow the search to see them.`)] : [];
  budget.addReserved(
    ...tail,
    actionsBlock({ request: options.request, answerPassageId: null, shownIds: shown.map((f) => f.passageId), nextOffset: null, shareable: options.shareable }),
  );
  const first = shown[0];
  const summary = first === undefined ? "" : `: ${FACT_HEADINGS[first.type]} — ${shown.length} shown`;
  return { text: fallback(options.heading + summary), blocks: budget.blocks };
}

function sourceLine({ document, passages }: SourceLine): string {
  const date = document.date ?? "date unknown";
  return `• *${mrkdwnLink(document.url, document.title)}* — ${escapeMrkdwn(document.publisher ?? "publisher unknown")}, ${escapeMrkdwn(date)} · ${passages} passages · \`${escapeMrkdwn(document.id)}\``;
}

function sourcesSection(sources: readonly SourceLine[]): string {
  const lines = sources.map(sourceLine);
  const text = lines.join("\n");
  // Each line is already escaped; cut whole lines rather than risk splitting a link.
  if (text.length <= LIMITS.sectionText) return text;
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    if (length + line.length + 1 > LIMITS.sectionText - 40) break;
    kept.push(line);
    length += line.length + 1;
  }
  return `${kept.join("\n")}\n…and ${lines.length - kept.length} more`;
}

/** The answer to /sources. */
function renderSourcesMessage(sources: readonly SourceLine[]): SlackMessage {
  return {
    text: `${sources.length} source documents`,
    blocks: [context(`*${sources.length} source documents*`), section(sourcesSection(sources))],
  };
}

function commandsSection(commands: readonly CommandHelp[]): string {
  return commands
    .map((c) => `• \`${escapeMrkdwn(`${c.command} ${c.usageHint}`.trim())}\` — ${escapeMrkdwn(c.description)}`)
    .join("\n");
}

const HOW_TO_ASK =
  "Mention me in a channel with a question and I answer in a thread under it, quoting the passages I used; mention me again in that thread to follow up (\"and in Denmark?\"). In a direct message, just ask: I answer right there, and a follow-up can build on your previous question.";

/** The answer to the help command. */
function renderHelpMessage(commands: readonly CommandHelp[]): SlackMessage {
  return {
    text: "How to ask me about the policy documents",
    blocks: [section(HOW_TO_ASK), section(commandsSection(commands))],
  };
}

/** A short message of our own (rate limit, apology, usage); `text` is escaped here. */
function renderNoticeMessage(text: string): SlackMessage {
  return { text: fallback(text), blocks: [section(fitMrkdwn(text, LIMITS.sectionText))] };
}

/** Marks a message posted to the channel by "Share in channel" with who shared it. */
function renderSharedMessage(message: SlackMessage, userId: string): SlackMessage {
  // User ids come from Slack's own payload; the pattern keeps anything else out of a mention.
  const who = /^[UW][A-Z0-9]+$/.test(userId) ? `<@${userId}>` : "someone";
  const blocks = [context(`Shared by ${who}`), ...message.blocks].slice(0, LIMITS.blocksPerMessage);
  return { text: message.text, blocks };
}

/** The App Home tab: how to ask, the sources, fact counts and commands. */
function renderHomeView(input: {
  sources: readonly SourceLine[];
  factCounts: Record<FactType, number>;
  commands: readonly CommandHelp[];
}): HomeView {
  const counts = (Object.keys(FACT_HEADINGS) as FactType[])
    .map((type) => `${FACT_HEADINGS[type]}: ${input.factCounts[type]}`)
    .join(" · ");
  const blocks: Block[] = [
    { type: "header", text: plain("Policy documents Q&A", LIMITS.headerText) },
    section(HOW_TO_ASK),
    { type: "divider" },
    { type: "header", text: plain("Sources", LIMITS.headerText) },
    section(input.sources.length === 0 ? "No documents are loaded." : sourcesSection(input.sources)),
    context(`Facts read from the documents — ${counts}`),
    { type: "divider" },
    { type: "header", text: plain("Commands", LIMITS.headerText) },
    section(commandsSection(input.commands)),
  ];
  return { type: "home", blocks: blocks.slice(0, LIMITS.blocksPerView) };
}
