import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { NumberUnitSchema } from "../../index-format/index.js";

/**
 * `corpus/curated-facts.yml`: what a team knows better than the extractor. Kept small on
 * purpose; every quote must be verbatim from the named document, or the entry is reported
 * and skipped.
 *
 * ```yaml
 * bodies:                      # add aliases (and optionally the sentence giving the role) to a body
 *   - name: Department of Health and Social Care   # a name or alias the extractor found
 *     aliases: [Department for Health and Social Care]
 *     role: "…"                # optional: a sentence quoted verbatim from one of the documents
 * numbers:                     # correct a figure, or add one the extractor missed
 *   - doc: reform-2024-close-enough-to-care
 *     quote: "…"               # the sentence, verbatim
 *     raw: "£3.529 billion"    # the figure as written in the quote
 *     value: 3529000000
 *     unit: GBP
 *     measure: public health grant
 *     period: null             # optional
 * ```
 */
export const CuratedBodySchema = z
  .object({
    name: z.string().trim().min(1),
    aliases: z.array(z.string().trim().min(1)).default([]),
    role: z.string().trim().min(1).nullish().transform((v) => v ?? null),
  })
  .strict();

export const CuratedNumberSchema = z
  .object({
    doc: z.string().trim().min(1),
    quote: z.string().trim().min(1),
    raw: z.string().trim().min(1),
    value: z.number(),
    unit: NumberUnitSchema,
    measure: z.string().trim().min(1),
    period: z.string().trim().min(1).nullish().transform((v) => v ?? null),
  })
  .strict();

export const CuratedFactsSchema = z
  .object({
    bodies: z.array(CuratedBodySchema).default([]),
    numbers: z.array(CuratedNumberSchema).default([]),
  })
  .strict();
export type CuratedFacts = z.infer<typeof CuratedFactsSchema>;
export type CuratedBody = z.infer<typeof CuratedBodySchema>;
export type CuratedNumber = z.infer<typeof CuratedNumberSchema>;

export type ParseCuratedFactsResult =
  | { ok: true; curated: CuratedFacts }
  | { ok: false; error: { code: "curated_invalid"; message: string } };

const FILE = "curated-facts.yml";

/**
 * Parses and validates the curated facts file. Every problem is reported at once, each
 * naming its entry: `curated-facts.yml: bodies[1] (NHS England).aliases: expected array`.
 */
export function parseCuratedFacts(yamlText: string): ParseCuratedFactsResult {
  let data: unknown;
  try {
    data = parseYaml(yamlText) ?? {};
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : "unreadable";
    return { ok: false, error: { code: "curated_invalid", message: `${FILE}: not valid YAML (${reason})` } };
  }
  const parsed = CuratedFactsSchema.safeParse(data);
  if (parsed.success) return { ok: true, curated: parsed.data };
  const problems = parsed.error.issues.map((issue) => `${FILE}: ${entryName(data, issue.path)}: ${issue.message}`);
  return { ok: false, error: { code: "curated_invalid", message: problems.join("\n") } };
}

/** "bodies[1] (NHS England).aliases" — the entry's name or quote helps a team find it. */
function entryName(data: unknown, path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(file)";
  const [list, index, ...rest] = path;
  let label = String(list);
  if (typeof index === "number") {
    label += `[${index}]`;
    const entry = (data as Record<string, unknown[] | undefined>)[String(list)]?.[index] as Record<string, unknown> | undefined;
    const hint = entry?.name ?? entry?.raw ?? entry?.quote ?? entry?.doc;
    if (typeof hint === "string") label += ` (${hint.length > 40 ? `${hint.slice(0, 40)}…` : hint})`;
  } else if (index !== undefined) rest.unshift(index);
  return rest.length > 0 ? `${label}.${rest.map(String).join(".")}` : label;
}
