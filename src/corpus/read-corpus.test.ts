import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fingerprintCorpus } from "./fingerprint-corpus.js";
import { readCorpus } from "./read-corpus.js";

async function corpusOf(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "corpus-"));
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

const SOURCES = `- id: known
  title: "A known report"
  publisher: Somebody
  authors: [A. Writer]
  date: "2020"
  kind: report
`;

describe("readCorpus", () => {
  it("reads documents with metadata from sources.yml, in name order", async () => {
    const dir = await corpusOf({ "known.txt": "Some text.\r\nMore text.", "sources.yml": SOURCES });
    const result = await readCorpus(dir);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.corpus.documents.map((d) => d.meta)).toEqual([
      { id: "known", title: "A known report", publisher: "Somebody", authors: ["A. Writer"], date: "2020", kind: "report", url: null },
    ]);
    expect(result.corpus.documents[0]?.source).toBe("Some text.\nMore text.");
    expect(result.corpus.warnings).toEqual([]);
  });

  it("infers a missing title from the first heading and warns", async () => {
    const dir = await corpusOf({ "new-doc.md": "# Local care in Wales\n\nA paragraph of text about care.\n" });
    const result = await readCorpus(dir);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.corpus.documents[0]?.meta.title).toBe("Local care in Wales");
    expect(result.corpus.warnings.join("\n")).toMatch(/new-doc\.md: no metadata for title/);
  });

  it("takes metadata from Markdown front matter, and 'unknown' becomes null", async () => {
    const dir = await corpusOf({
      "fm.md": "---\ntitle: Front matter title\ndate: unknown\nauthors: [B]\n---\nBody text here.\n",
    });
    const result = await readCorpus(dir);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.corpus.documents[0]?.meta).toMatchObject({ title: "Front matter title", date: null, authors: ["B"] });
    expect(result.corpus.documents[0]?.source).toBe("Body text here.\n");
  });

  it("reads a document whose metadata has fields it does not use, and names them in a warning", async () => {
    const dir = await corpusOf({
      "site.md": "---\ntitle: Site page\ntags: [health]\nlayout: post\n---\nBody text here.\n",
      "listed.txt": "Listed text.",
      "sources.yml": "- id: listed\n  title: Listed\n  notes: checked by hand\n",
    });
    const result = await readCorpus(dir);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.corpus.skipped).toEqual([]);
    expect(result.corpus.documents.map((d) => d.meta.title)).toEqual(["Listed", "Site page"]);
    const warnings = result.corpus.warnings.join("\n");
    expect(warnings).toContain('site.md: front matter fields "tags", "layout" ignored');
    expect(warnings).toContain('sources.yml: entry "listed": field "notes" ignored');
  });

  it("says on which line of the file front matter breaks, and how to fix an unquoted colon", async () => {
    const dir = await corpusOf({ "colon.md": "---\ntitle: Connecting Places: A Strategy\n---\nText.\n", "good.txt": "Text." });
    const result = await readCorpus(dir);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.corpus.skipped).toEqual([
      {
        file: "colon.md",
        reason: 'broken front matter: not valid YAML at line 2: Nested mappings are not allowed in compact mappings (a value holding ": " must be in quotes)',
      },
    ]);
  });

  it("skips unreadable files with a reason naming each, and still indexes the rest", async () => {
    const dir = await corpusOf({
      "good.txt": "Readable text.",
      "binary.txt": Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]),
      "empty.txt": "",
      "blank.md": "  \n\n ",
      "latin1.txt": Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x74, 0x65, 0x78, 0x74]),
      "report.pdf": "%PDF-1.4",
      "broken.md": "---\ntitle: [unclosed\n---\nText.\n",
      "badmeta.txt": "Text with broken metadata.",
      "sources.yml": "- id: badmeta\n  title: 42\n  authors: nobody\n",
    });
    const result = await readCorpus(dir);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.corpus.documents.map((d) => d.meta.id)).toEqual(["good"]);
    const reasons = Object.fromEntries(result.corpus.skipped.map((s) => [s.file, s.reason]));
    expect(reasons["binary.txt"]).toMatch(/binary/);
    expect(reasons["empty.txt"]).toMatch(/empty/);
    expect(reasons["blank.md"]).toMatch(/empty/);
    expect(reasons["latin1.txt"]).toMatch(/UTF-8/);
    expect(reasons["report.pdf"]).toMatch(/unsupported file type/);
    expect(reasons["broken.md"]).toMatch(/front matter/);
    expect(reasons["badmeta.txt"]).toMatch(/sources\.yml.*authors/);
  });

  it("reads a file whose name an id cannot hold under an id made from it, and says so", async () => {
    const dir = await corpusOf({ "My Report 2024.txt": "Report text.", "café #2.md": "Café text.", "plain-name.txt": "Plain text." });
    const result = await readCorpus(dir);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.corpus.documents.map((d) => d.meta.id)).toEqual(["My-Report-2024", "cafe-2", "plain-name"]);
    expect(result.corpus.documents[0]?.meta.title).toBe("My Report 2024");
    expect(result.corpus.warnings.join("\n")).toContain('My Report 2024.txt: indexed as "My-Report-2024"');
    expect(result.corpus.warnings.join("\n")).not.toContain("plain-name.txt: indexed as");
  });

  it("reads UTF-16 text saved with a byte order mark, in either byte order", async () => {
    const little = Buffer.from("\ufeffCafé text.\r\nMore text.", "utf16le");
    const big = Buffer.from(little).swap16();
    const result = await readCorpus(await corpusOf({ "le.txt": little, "be.txt": big }));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.corpus.documents.map((d) => d.source)).toEqual(["Café text.\nMore text.", "Café text.\nMore text."]);
  });

  it("skips a second file with the same id, as its passages would share the first one's ids", async () => {
    const dir = await corpusOf({ "report.md": "# Report\n\nMarkdown text.\n", "report.txt": "Plain text." });
    const result = await readCorpus(dir);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.corpus.documents.map((d) => d.file)).toEqual(["report.md"]);
    expect(result.corpus.skipped).toEqual([{ file: "report.txt", reason: expect.stringContaining('same id "report" as report.md') }]);
  });

  it("reads a linked document, and reports a subfolder instead of passing over it", async () => {
    const elsewhere = await corpusOf({ "linked.txt": "Text kept elsewhere." });
    const dir = await corpusOf({ "own.txt": "Own text." });
    await symlink(join(elsewhere, "linked.txt"), join(dir, "linked.txt"));
    await mkdir(join(dir, "reports"));
    await writeFile(join(dir, "reports", "nested.txt"), "Nested text.");
    const result = await readCorpus(dir);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.corpus.documents.map((d) => d.meta.id)).toEqual(["linked", "own"]);
    expect(result.corpus.skipped).toEqual([{ file: "reports/", reason: expect.stringMatching(/folder/) }]);
  });

  it("reports a corpus with nothing readable, and a missing folder, as errors", async () => {
    const empty = await readCorpus(await corpusOf({ "x.txt": "", "report.docx": "PK" }));
    expect(empty).toMatchObject({ ok: false, error: { code: "corpus_empty" } });
    // Nothing else is printed when no document is read, so the message says why each file was not.
    expect(!empty.ok && empty.error.message).toMatch(/skipped report\.docx: unsupported file type[^\n]*\n  skipped x\.txt: empty file/);
    const missing = await readCorpus(join(tmpdir(), "no-such-corpus-folder"));
    expect(missing).toMatchObject({ ok: false, error: { code: "corpus_missing" } });
  });
});

describe("fingerprintCorpus", () => {
  it("changes when a file changes and not otherwise", async () => {
    const first = await fingerprintCorpus(await corpusOf({ "a.txt": "one", "b.txt": "two" }));
    const same = await fingerprintCorpus(await corpusOf({ "b.txt": "two", "a.txt": "one" }));
    const edited = await fingerprintCorpus(await corpusOf({ "a.txt": "one", "b.txt": "two!" }));
    expect(first).toBe(same);
    expect(first).not.toBe(edited);
  });

  it("reads a linked document's bytes, so editing it changes the hash", async () => {
    const elsewhere = await corpusOf({ "linked.txt": "one" });
    const dir = await corpusOf({});
    await symlink(join(elsewhere, "linked.txt"), join(dir, "linked.txt"));
    const before = await fingerprintCorpus(dir);
    await writeFile(join(elsewhere, "linked.txt"), "two");
    expect(await fingerprintCorpus(dir)).not.toBe(before);
  });
});
