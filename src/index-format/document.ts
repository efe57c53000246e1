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
