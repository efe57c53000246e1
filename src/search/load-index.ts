import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { z } from "zod";
import {
  DocumentsFileSchema,
  FactsFileSchema,
  INDEX_FILES,
  INDEX_FORMAT_VERSION,
  ManifestSchema,
  PassagesFileSchema,
  SearchFileSchema,
  type DocumentMeta,
  type Fact,
  type Manifest,
  type Passage,
} from "../index-format/index.js";

/** index/ as read from disk, validated; not yet turned into a search engine. */
export interface IndexFiles {
  manifest: Manifest;
  documents: DocumentMeta[];
  passages: Passage[];
  facts: Fact[];
  search: Record<string, string>;
}

export type LoadIndexError =
  | { code: "index_missing"; message: string }
  | { code: "index_incompatible"; message: string }
  | { code: "index_stale"; message: string }
  | { code: "index_corrupt"; message: string };

export type LoadIndexResult = { ok: true; files: IndexFiles } | { ok: false; error: LoadIndexError };

/**
 * Reads and validates index/. Anything other than a complete index built by this format
 * version, with these search options, from this corpus, is an error saying why, so the
 * caller can rebuild: a missing, stale or corrupt index never crashes and is never misread.
 */
export async function loadIndex(
  dir: string,
  expected: { corpusHash: string; optionsHash: string },
): Promise<LoadIndexResult> {
  const manifestText = await readText(join(dir, INDEX_FILES.manifest));
  if (manifestText === null) return fail("index_missing", `index: no ${INDEX_FILES.manifest} in ${dir}`);
  const manifest = parseJson(manifestText, ManifestSchema);
  if (!manifest.ok) return fail("index_corrupt", `index: ${INDEX_FILES.manifest} is unreadable (${manifest.reason})`);
  if (manifest.value.formatVersion !== INDEX_FORMAT_VERSION || manifest.value.optionsHash !== expected.optionsHash) {
    return fail("index_incompatible", "index: built by another version of the engine");
  }
  if (manifest.value.corpusHash !== expected.corpusHash) {
    return fail("index_stale", "index: the corpus has changed since the index was built");
  }

  const documents = await readPart(dir, INDEX_FILES.documents, DocumentsFileSchema);
  if (!documents.ok) return fail("index_corrupt", `index: ${documents.reason}`);
  const passages = await readPart(dir, INDEX_FILES.passages, PassagesFileSchema);
  if (!passages.ok) return fail("index_corrupt", `index: ${passages.reason}`);
  const facts = await readPart(dir, INDEX_FILES.facts, FactsFileSchema);
  if (!facts.ok) return fail("index_corrupt", `index: ${facts.reason}`);
  const search = await readPart(dir, INDEX_FILES.search, SearchFileSchema);
  if (!search.ok) return fail("index_corrupt", `index: ${search.reason}`);
  const counts = manifest.value.counts;
  if (
    counts.documents !== documents.value.length ||
    counts.passages !== passages.value.length ||
    counts.facts !== facts.value.length
  ) {
    return fail("index_corrupt", "index: file contents do not match the manifest counts");
  }
  return {
    ok: true,
    files: {
      manifest: manifest.value,
      documents: documents.value,
      passages: passages.value,
      facts: facts.value,
      search: search.value,
    },
  };
}

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

async function readPart<T extends z.ZodType>(dir: string, file: string, schema: T): Promise<Parsed<z.infer<T>>> {
  const text = await readText(join(dir, file));
  if (text === null) return { ok: false, reason: `${file} is missing` };
  const parsed = parseJson(text, schema);
  return parsed.ok ? parsed : { ok: false, reason: `${file} is unreadable (${parsed.reason})` };
}

function parseJson<T extends z.ZodType>(text: string, schema: T): Parsed<z.infer<T>> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: "not valid JSON" };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${issue?.path.join(".") || "value"}: ${issue?.message ?? "invalid"}` };
  }
  return { ok: true, value: parsed.data };
}

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, "utf8");
  } catch {
    return null;
  }
}

function fail(code: LoadIndexError["code"], message: string): { ok: false; error: LoadIndexError } {
  return { ok: false, error: { code, message } };
}
