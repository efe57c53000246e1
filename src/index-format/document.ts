import { z } from "zod";

/** What is known of one source document; `null` where the source does not say. */
export const DocumentMetaSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/i),
  title: z.string().min(1),
  publisher: z.string().nullable(),
  authors: z.array(z.string()),
  date: z.string().nullable(),
  kind: z.string().nullable(),
  url: z.string().url().nullable(),
});
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;

/** How a source is named to users: "Localis — Local empowerment", the publisher's remarks in brackets left out. */
export function sourceLabel(document: DocumentMeta): string {
  const title = document.title.split(/:\s/)[0] ?? document.title;
  const publisher = document.publisher?.replace(/\s*\(.*$/, "").trim();
  return publisher ? `${publisher} — ${title}` : title;
}
