import { Worker } from "node:worker_threads";
import { Document } from "flexsearch";
import { searchIndexOptions, type SearchRecord } from "../index-format/index.js";

/**
 * Builds the FlexSearch index of the passages and exports it. Records go in in passage
 * order (`id` is the passage's position), so the export depends on the passages only.
 */
export interface SearchIndexBuilder {
  add(records: readonly SearchRecord[]): void;
  /** The export, key → data, keys sorted; the builder is done after it. */
  finish(): Promise<Record<string, string>>;
}

/**
 * A builder working in this thread, between the caller's other steps.
 *
 * @example const search = createSearchIndexBuilder(); search.add(records); const exported = await search.finish();
 */
export function createSearchIndexBuilder(): SearchIndexBuilder {
  const index = new Document<SearchRecord>(searchIndexOptions());
  return {
    add(records) {
      for (const record of records) index.add(record);
    },
    async finish() {
      const exported: Record<string, string> = {};
      await index.export((key: string, data: string) => {
        exported[key] = data;
      });
      return Object.fromEntries(Object.entries(exported).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    },
  };
}

/** What the worker thread is told: records to add, in order, then to export. */
export type SearchWorkerRequest = { type: "add"; records: readonly SearchRecord[] } | { type: "finish" };
export type SearchWorkerReply = { type: "exported"; search: Record<string, string> };

/**
 * The same builder in a worker thread: indexing (analysing every passage, filling
 * FlexSearch's maps) is about half of a large ingest, and runs there while this thread
 * segments documents and extracts facts. Messages arrive in the order they were posted, so
 * the export is the one createSearchIndexBuilder gives. Starting the thread costs a few
 * hundred milliseconds: worth it for large corpora only.
 */
export function createSearchIndexWorker(): SearchIndexBuilder {
  const worker = new Worker(workerBootstrap(), { eval: true, execArgv: [] });
  // Until finish() waits for it, the worker must not keep the process alive: a caller that
  // fails between add() and finish() would otherwise never exit.
  worker.unref();
  const exported = new Promise<Record<string, string>>((resolve, reject) => {
    worker.once("message", (reply: SearchWorkerReply) => resolve(reply.search));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`ingest: the search index worker stopped (exit code ${code}) before exporting`)));
  });
  // Rejections are handled by finish(); one arriving before it must not crash the process.
  exported.catch(() => undefined);
  const post = (request: SearchWorkerRequest) => worker.postMessage(request);
  return {
    add(records) {
      post({ type: "add", records });
    },
    async finish() {
      post({ type: "finish" });
      worker.ref();
      try {
        return await exported;
      } finally {
        await worker.terminate();
      }
    },
  };
}

/**
 * The worker thread's code: Node 20 does not carry this process's tsx loader into worker
 * threads, so the worker registers it before importing its TypeScript module.
 */
function workerBootstrap(): string {
  const tsx = import.meta.resolve("tsx/esm/api");
  const module = new URL("./search-index-worker.ts", import.meta.url).href;
  return `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(module)}); });`;
}
