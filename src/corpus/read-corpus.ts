import { readFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { DocumentMetaSchema, type DocumentMeta } from "../index-format/index.js";
import { inferTitle } from "../ingest/infer-title.js";
import { listCorpusFiles } from "./list-corpus-files.js";
import {
  CURATED_FACTS_FILE,
  MetadataFieldsSchema,
  SOURCES_FILE,
  SourceEntrySchema,
  unusedFields,
  type MetadataFields,
  type SourceEntry,
} from "./metadata.js";

/** A readable document of the corpus: its metadata and its text (offsets refer to `source`). */
export interface CorpusDocument {
  meta: DocumentMeta;
  /** The text (UTF-8, or UTF-16 with a byte order mark) without BOM, line ends folded to "\n", Markdown front matter removed. */
  source: string;
  file: string;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface Corpus {
  documents: CorpusDocument[];
  /** Text of `curated-facts.yml`, when the corpus has one. */
  curatedFacts: string | null;
  warnings: string[];
  skipped: SkippedFile[];
}

export type ReadCorpusResult =
  | { ok: true; corpus: Corpus }
  | { ok: false; error: { code: "corpus_missing" | "corpus_empty"; message: string } };

/** Extensions read as documents; anything else is reported and skipped. */
export const DOCUMENT_EXTENSIONS: ReadonlySet<string> = new Set([".txt", ".md", ".markdown"]);

/**
 * Reads every document of a corpus folder. A file that cannot be used (binary, empty, bad
 * encoding, broken metadata, unsupported type) is skipped with its reason, and so is a
 * subfolder (its documents are not read); metadata a
 * document lacks is inferred and reported as a warning. Files are taken in name order so
 * the result, and so the index, is deterministic.
 */
export async function readCorpus(dir: string): Promise<ReadCorpusResult> {
  const listing = await listCorpusFiles(dir);
  if (listing === null) {
    return { ok: false, error: { code: "corpus_missing", message: `corpus: folder ${dir} cannot be read` } };
  }
  const names = listing.files;

  const warnings: string[] = [];
  const skipped: SkippedFile[] = listing.folders.map((folder) => ({
    file: `${folder}/`,
    reason: "a folder; only documents directly in the corpus folder are read (move them up to index them)",
  }));
  const sources = names.includes(SOURCES_FILE)
    ? parseSourcesFile(await readFile(join(dir, SOURCES_FILE), "utf8"))
    : noSourcesFile();
  if (sources.fileError) warnings.push(`${SOURCES_FILE}: ${sources.fileError}; metadata will be inferred`);
  for (const [id, unused] of sources.unused) warnings.push(`${SOURCES_FILE}: entry "${id}": ${describeUnused(unused)}`);

  const documents: CorpusDocument[] = [];
  for (const file of names) {
    if (file === SOURCES_FILE || file === CURATED_FACTS_FILE) continue;
    const extension = extname(file).toLowerCase();
    if (!DOCUMENT_EXTENSIONS.has(extension)) {
      skipped.push({ file, reason: `unsupported file type "${extension || "(none)"}" (use .txt or .md)` });
      continue;
    }
    const stem = file.slice(0, file.length - extension.length);
    const id = idFromFileName(stem);
    if (id !== stem) warnings.push(`${file}: indexed as "${id}" (an id holds only letters, digits, ".", "_" and "-")`);
    const namesake = documents.find((document) => document.meta.id === id);
    if (namesake) {
      // Passages are cited as <id>#<n>: two documents with one id would cite each other's passages.
      skipped.push({ file, reason: `same id "${id}" as ${namesake.file} (an id is the file name without its extension; rename one)` });
      continue;
    }
    const decoded = decodeText(await readFile(join(dir, file)));
    if (!decoded.ok) {
      skipped.push({ file, reason: decoded.reason });
      continue;
    }
    const sourceProblem = sources.problems.get(id);
    if (sourceProblem) {
      skipped.push({ file, reason: `broken metadata in ${SOURCES_FILE}: ${sourceProblem}` });
      continue;
    }
    const split = splitFrontMatter(decoded.text, extension);
    if (!split.ok) {
      skipped.push({ file, reason: `broken front matter: ${split.reason}` });
      continue;
    }
    if (split.unused.length > 0) warnings.push(`${file}: front matter ${describeUnused(split.unused)}`);
    const document = toDocument(id, file, split.body, sources.entries.get(id) ?? split.fields, warnings);
    if (!document.ok) {
      skipped.push({ file, reason: document.reason });
      continue;
    }
    documents.push(document.document);
  }
  for (const id of sources.entries.keys()) {
    if (!documents.some((document) => document.meta.id === id) && !skipped.some((s) => s.file.startsWith(`${id}.`))) {
      warnings.push(`${SOURCES_FILE}: entry "${id}" has no document file`);
    }
  }

  const curatedFacts = names.includes(CURATED_FACTS_FILE)
    ? await readFile(join(dir, CURATED_FACTS_FILE), "utf8")
    : null;
  if (documents.length === 0) {
    // The reasons are the whole story here: with no document read, nothing else is printed.
    const reasons = skipped.map((s) => `\n  skipped ${s.file}: ${s.reason}`).join("");
    return { ok: false, error: { code: "corpus_empty", message: `corpus: no readable document in ${dir}${reasons}` } };
  }
  return { ok: true, corpus: { documents, curatedFacts, warnings, skipped } };
}

/**
 * A document's id: its file name without the extension, with what an id cannot hold (spaces,
 * accents, "#") replaced, so a file saved as "My Report 2024.txt" is read as "My-Report-2024".
 */
function idFromFileName(stem: string): string {
  return stem
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^a-z0-9._-]+/gi, "-")
    .replace(/^[^a-z0-9]+|-+$/gi, "");
}

type Decoded = { ok: true; text: string } | { ok: false; reason: string };

function decodeText(bytes: Buffer): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  const encoding = byteOrderEncoding(bytes);
  // A NUL byte never occurs in UTF-8 text: this is how git and grep tell binary files too.
  if (encoding === "utf-8" && bytes.subarray(0, 8000).includes(0)) return { ok: false, reason: "binary file, not text" };
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, reason: `not valid ${encoding.toUpperCase()} text (save it as UTF-8)` };
  }
  text = text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") return { ok: false, reason: "empty file (only whitespace)" };
  return { ok: true, text };
}

/**
 * UTF-16 when the file opens with its byte order mark, as Windows editors save "Unicode"
 * text; UTF-8 otherwise. UTF-16 text is full of NUL bytes, so it must be told apart before
 * the binary check.
 */
function byteOrderEncoding(bytes: Buffer): "utf-8" | "utf-16le" | "utf-16be" {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return "utf-8";
}

type FrontMatter =
  | { ok: true; body: string; fields: MetadataFields | undefined; unused: string[] }
  | { ok: false; reason: string };

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n?/;

function splitFrontMatter(text: string, extension: string): FrontMatter {
  const match = extension === ".txt" ? null : FRONT_MATTER.exec(text);
  if (!match) return { ok: true, body: text, fields: undefined, unused: [] };
  let raw: unknown;
  try {
    raw = parseYaml(match[1] ?? "");
  } catch (error) {
    // The front matter starts on the file's second line, after "---".
    return { ok: false, reason: describeYamlError(error, 1) };
  }
  const parsed = MetadataFieldsSchema.safeParse(raw ?? {});
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error) };
  return { ok: true, body: text.slice(match[0].length), fields: parsed.data, unused: unusedFields(raw, MetadataFieldsSchema) };
}

type Built = { ok: true; document: CorpusDocument } | { ok: false; reason: string };

function toDocument(
  id: string,
  file: string,
  source: string,
  fields: MetadataFields | undefined,
  warnings: string[],
): Built {
  if (source.trim() === "") return { ok: false, reason: "no text after the front matter" };
  const missing: string[] = [];
  let title = fields?.title;
  if (!title) {
    // Without a heading, the file name as the team wrote it ("My Report 2024"), not the id made from it.
    title = inferTitle(source) ?? basename(file, extname(file));
    missing.push(`title (using "${title}")`);
  }
  if (!fields) missing.push("publisher, authors, date, kind");
  if (missing.length > 0) warnings.push(`${file}: no metadata for ${missing.join("; ")}`);
  const meta = DocumentMetaSchema.safeParse({
    id,
    title,
    publisher: fields?.publisher ?? null,
    authors: fields?.authors ?? [],
    date: fields?.date ?? null,
    kind: fields?.kind ?? null,
    url: fields?.url ?? null,
  });
  if (!meta.success) return { ok: false, reason: `unusable file name or metadata: ${describeIssues(meta.error)}` };
  return { ok: true, document: { meta: meta.data, source, file } };
}

interface SourcesFile {
  entries: Map<string, SourceEntry>;
  /** Entries that failed validation, by id: their documents are skipped, not guessed. */
  problems: Map<string, string>;
  /** Fields an entry gives that no metadata field reads, by id. */
  unused: Map<string, string[]>;
  fileError: string | null;
}

function noSourcesFile(): SourcesFile {
  return { entries: new Map(), problems: new Map(), unused: new Map(), fileError: null };
}

function parseSourcesFile(text: string): SourcesFile {
  const { entries, problems, unused } = noSourcesFile();
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    return { entries, problems, unused, fileError: describeYamlError(error, 0) };
  }
  const list = z.array(z.unknown()).safeParse(raw ?? []);
  if (!list.success) return { entries, problems, unused, fileError: "expected a list of documents" };
  list.data.forEach((item, position) => {
    const parsed = SourceEntrySchema.safeParse(item);
    if (parsed.success) {
      entries.set(parsed.data.id, parsed.data);
      const fields = unusedFields(item, SourceEntrySchema);
      if (fields.length > 0) unused.set(parsed.data.id, fields);
      return;
    }
    const id = z.object({ id: z.string() }).safeParse(item);
    const label = id.success ? id.data.id : `entry ${position + 1}`;
    problems.set(label, describeIssues(parsed.error));
  });
  return { entries, problems, unused, fileError: null };
}

/** "field "tags" ignored (the fields read are title, publisher, …)". */
function describeUnused(fields: readonly string[]): string {
  const names = fields.map((field) => `"${field}"`).join(", ");
  const known = Object.keys(MetadataFieldsSchema.shape).join(", ");
  return `${fields.length === 1 ? "field" : "fields"} ${names} ignored (the fields read are ${known})`;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}

/**
 * A YAML error as a user can act on it: the line of the file (`lineOffset` lines come
 * before the YAML), what is wrong, and, for the commonest slip, a colon in an unquoted
 * value ("title: Places: A Strategy"), what to do.
 */
function describeYamlError(error: unknown, lineOffset: number): string {
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
  const at = / at line (\d+), column \d+:?$/.exec(message);
  const reason = at === null ? message : message.slice(0, at.index);
  const hint = UNQUOTED_COLON.test(reason) ? ' (a value holding ": " must be in quotes)' : "";
  return `not valid YAML${at === null ? "" : ` at line ${Number(at[1]) + lineOffset}`}: ${reason}${hint}`;
}

const UNQUOTED_COLON = /^Nested mappings are not allowed in compact mappings/;
