import { analyse, type Fact } from "../index-format/index.js";

/**
 * Whether another figure in the same sentence is the better answer to "how many": where a
 * change started ("almost tripled – from 5,776 to 15,630": 15,630 is now) or the part in a
 * part-of-whole ("39 of 42 ICSs contain them": there are 42), unless the question asks what
 * the part does ("how many ICSs contain…?", given as `askedTerms`).
 */
export function yieldsToAnotherFigure(fact: Fact, askedTerms: ReadonlySet<string>): boolean {
  const role = roleOf(fact);
  return role === "start" || (role !== null && !role.some((term) => askedTerms.has(term)));
}

/**
 * "start" for where a change started; for a part of a whole, the terms of what the part does
 * (its clause, less what the figure measures); null for any other figure. Read from the fact
 * alone, so once per fact, not per question.
 */
function roleOf(fact: Fact): "start" | string[] | null {
  if (fact.type !== "number") return null;
  let role = roles.get(fact);
  if (role === undefined) {
    const raw = fact.raw.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const part = new RegExp(String.raw`(?<![\d.,])${raw}\s+(?:out\s+)?of\s+(?:the\s+)?\d[\d,.]*\s+(.*?)(?:[,;:.]|\band\b|$)`, "i").exec(fact.quote);
    const measured = new Set(analyse(fact.measure));
    role = new RegExp(String.raw`\bfrom\s+${raw}\s+(?:to|in)\b`, "i").test(fact.quote)
      ? "start"
      : part
        ? analyse(part[1] ?? "").filter((term) => !measured.has(term))
        : null;
    roles.set(fact, role);
  }
  return role;
}

const roles = new WeakMap<Fact, "start" | string[] | null>();
