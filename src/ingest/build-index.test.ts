import { describe, expect, it } from "vitest";
import { readCorpus } from "../corpus/index.js";
import { buildIndex } from "./build-index.js";

const FIXTURE = new URL("../../tests/fixtures/mini-corpus/", import.meta.url).pathname;

describe("buildIndex", () => {
  it("builds the same index whether a worker thread shares the work or not", async () => {
    const read = await readCorpus(FIXTURE);
    if (!read.ok) throw new Error(read.error.message);
    const inThread = await buildIndex(read.corpus, "hash", { inWorker: false });
    const inWorker = await buildIndex(read.corpus, "hash", { inWorker: true });
    expect(inThread.passages.length).toBeGreaterThan(0);
    expect(Object.keys(inThread.search).length).toBeGreaterThan(0);
    expect(inWorker).toEqual(inThread);
  });
});
