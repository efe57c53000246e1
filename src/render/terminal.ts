import type { Answer, AnswerPassage } from "../answer/answer.js";

export interface TerminalStyle {
  /** ANSI colours and bold; off when output is not a TTY or NO_COLOR is set. */
  color: boolean;
}

const MORE_PASSAGES_SHOWN = 4;

/**
 * A readable answer: the lead, the best passage with its answering sentence highlighted,
 * then up to four more passages, each cited as title, section, date.
 */
export function renderAnswerText(answer: Answer, style: TerminalStyle): string {
  const paint = painter(style);
  const lines: string[] = [];
  const [best, ...rest] = answer.passages;
  if (answer.searchedFor !== null) lines.push(paint.dim(`Searched for: ${answer.searchedFor}`), "");
  if (answer.answer.kind === "none") {
    lines.push(paint.bold(answer.answer.text));
    if (answer.passages.length > 0) lines.push("", paint.dim("May be related:"));
    for (const passage of answer.passages) lines.push("", ...renderPassage(passage, paint, false));
    return lines.join("\n");
  }
  lines.push(paint.bold(answer.answer.text));
  if (best) lines.push("", ...renderPassage(best, paint, true));
  if (rest.length > 0) lines.push("", paint.dim("More passages:"));
  for (const passage of rest.slice(0, MORE_PASSAGES_SHOWN)) lines.push("", ...renderPassage(passage, paint, false));
  return lines.join("\n");
}

export function citation(passage: Pick<AnswerPassage, "title" | "section" | "date" | "url">): string {
  const parts = [passage.title];
  if (passage.section) parts.push(passage.section);
  parts.push(passage.date ?? "date unknown");
  return passage.url ? `${parts.join(" · ")} <${passage.url}>` : parts.join(" · ");
}

function renderPassage(passage: AnswerPassage, paint: Painter, highlight: boolean): string[] {
  const text =
    highlight && passage.highlight
      ? passage.text.slice(0, passage.highlight.start) +
        paint.highlight(passage.text.slice(passage.highlight.start, passage.highlight.end)) +
        passage.text.slice(passage.highlight.end)
      : passage.text;
  const label = passage.kind === "body" ? "" : ` [${passage.kind}]`;
  return [paint.cyan(`— ${citation(passage)}${label}`), indent(text)];
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}

interface Painter {
  bold(text: string): string;
  dim(text: string): string;
  cyan(text: string): string;
  highlight(text: string): string;
}

function painter(style: TerminalStyle): Painter {
  if (!style.color) {
    return { bold: (t) => t, dim: (t) => t, cyan: (t) => t, highlight: (t) => `»${t}«` };
  }
  const wrap = (open: string) => (text: string) => `\u001b[${open}m${text}\u001b[0m`;
  return { bold: wrap("1"), dim: wrap("2"), cyan: wrap("36"), highlight: wrap("1;33") };
}
