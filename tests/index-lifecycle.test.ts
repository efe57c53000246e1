import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openEngine } from "../src/cli/open-engine.js";
import { ingestCorpus } from "../src/ingest/ingest-corpus.js";
import { INDEX_FILES } from "../src/index-format/index.js";

const FIXTURE = new URL("./fixtures/mini-corpus/", import.meta.url).pathname;

async function workspace(): Promise<{ corpusDir: string; indexDir: string }> {
  const root = await mkdtemp(join(tmpdir(), "qa-index-"));
  const corpusDir = join(root, "corpus");
  await cp(FIXTURE, corpusDir, { recursive: true });
  return { corpusDir, indexDir: join(root, "index") };
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) files[name] = await readFile(join(dir, name), "utf8");
  return files;
}

describe("index lifecycle", () => {
  it("gives a byte-identical index/ when the same corpus is ingested twice", async () => {
    const first = await workspace();
    const second = await workspace();
    expect((await ingestCorpus(first.corpusDir, first.indexDir)).ok).toBe(true);
    expect((await ingestCorpus(second.corpusDir, second.indexDir)).ok).toBe(true);
    const a = await snapshot(first.indexDir);
    const b = await snapshot(second.indexDir);
    expect(Object.keys(a).sort()).toEqual(Object.values(INDEX_FILES).sort());
    expect(a).toEqual(b);
  });

  it("builds a missing index on first open and reuses it after", async () => {
    const config = await workspace();
    const messages: string[] = [];
    const opened = await openEngine({ config, log: (line) => messages.push(line) });
    expect(opened.ok).toBe(true);
    expect(messages[0]).toMatch(/no manifest\.json .*building it now/);
    const again: string[] = [];
    expect((await openEngine({ config, log: (line) => again.push(line) })).ok).toBe(true);
    expect(again).toEqual([]);
  });

  it("rebuilds a stale index when the corpus changes, and the new text is searchable", async () => {
    const config = await workspace();
    expect((await ingestCorpus(config.corpusDir, config.indexDir)).ok).toBe(true);
    await writeFile(join(config.corpusDir, "added.txt"), "Orkney has its own island health board for remote communities.\n");
    const messages: string[] = [];
    const opened = await openEngine({ config, log: (line) => messages.push(line) });
    if (!opened.ok) throw new Error(opened.message);
    expect(messages[0]).toMatch(/corpus has changed/);
    expect(opened.engine.ask("island health board Orkney").passages[0]?.docId).toBe("added");
  });

  it.each([
    ["truncated JSON", async (dir: string) => writeFile(join(dir, INDEX_FILES.passages), "[{\"id\":")],
    ["a missing file", async (dir: string) => rm(join(dir, INDEX_FILES.search))],
    ["a wrong manifest", async (dir: string) => writeFile(join(dir, INDEX_FILES.manifest), "{\"formatVersion\":\"x\"}")],
    ["counts that disagree", async (dir: string) => writeFile(join(dir, INDEX_FILES.facts), "[]\n")],
  ])("recovers from a corrupt index (%s) with a message, never a crash", async (_label, damage) => {
    const config = await workspace();
    expect((await ingestCorpus(config.corpusDir, config.indexDir)).ok).toBe(true);
    const intact = await snapshot(config.indexDir);
    await damage(config.indexDir);
    const messages: string[] = [];
    const opened = await openEngine({ config, log: (line) => messages.push(line) });
    expect(opened.ok).toBe(true);
    expect(messages[0]).toMatch(/^index: .*building it now/);
    expect(await snapshot(config.indexDir)).toEqual(intact);
  });
});
