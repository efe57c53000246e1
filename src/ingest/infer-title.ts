import { isBoilerplateLine } from "./clean-boilerplate.js";
import { parseHeading } from "./clean-heading.js";

export { inferTitle };

/**
 * A title for a document that has no metadata: its first heading-like line, after site
 * furniture is skipped. A one-word line is passed over when a longer heading follows,
 * because a lone word at the top of a report is usually the publisher's name ("REFORM").
 * Returns null when no line reads as a heading.
 *
 * @example inferTitle("Skip to main content\n\nLocal empowerment: How to achieve it\n\nText.") // "Local empowerment: How to achieve it"
 */
function inferTitle(source: string): string | null {
  let oneWord: string | null = null;
  for (const line of source.split("\n")) {
    if (isBoilerplateLine(line)) continue;
    const heading = parseHeading(line);
    if (heading === null) continue;
    if (heading.label.split(" ").length > 1) return heading.label;
    oneWord ??= heading.label;
  }
  return oneWord;
}
