import { parentPort, Worker } from "node:worker_threads";

/**
 * Something built from items added in order, then finished once: the search index, the
 * facts of each document's passages. Ingest adds each document's share as it is segmented.
 */
export interface IncrementalBuilder<Item, Result> {
  add(items: readonly Item[]): void;
  /** The result; the builder is done after it. */
  finish(): Promise<Result>;
}

/** What the worker thread is told: items to add, in order, then to finish. */
type BuilderRequest<Item> = { type: "add"; items: readonly Item[] } | { type: "finish" };
type BuilderReply<Result> = { type: "finished"; result: Result };

/**
 * A builder working in a worker thread, so its work runs on the other core while this
 * thread segments documents. `module` is the worker's module, which calls serveBuilder.
 * Messages arrive in the order they were posted, so the result is the one the same builder
 * gives in this thread. Starting the thread costs a few hundred milliseconds: worth it for
 * large corpora only. `job` names the work in errors ("the search index").
 */
export function startBuilderWorker<Item, Result>(module: URL, job: string): IncrementalBuilder<Item, Result> {
  const worker = new Worker(workerBootstrap(module), { eval: true, execArgv: [] });
  // Until finish() waits for it, the worker must not keep the process alive: a caller that
  // fails between add() and finish() would otherwise never exit.
  worker.unref();
  const finished = new Promise<Result>((resolve, reject) => {
    worker.once("message", (reply: BuilderReply<Result>) => resolve(reply.result));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`ingest: the worker building ${job} stopped (exit code ${code}) before finishing`)));
  });
  // Rejections are handled by finish(); one arriving before it must not crash the process.
  finished.catch(() => undefined);
  const post = (request: BuilderRequest<Item>) => worker.postMessage(request);
  return {
    add(items) {
      post({ type: "add", items });
    },
    async finish() {
      post({ type: "finish" });
      worker.ref();
      try {
        return await finished;
      } finally {
        await worker.terminate();
      }
    },
  };
}

/** The worker thread's side of startBuilderWorker: adds items as they arrive, replies with the result. */
export function serveBuilder<Item, Result>(builder: IncrementalBuilder<Item, Result>): void {
  const port = parentPort;
  if (port === null) throw new Error("ingest: serveBuilder runs in a worker thread only");
  port.on("message", (request: BuilderRequest<Item>) => {
    if (request.type === "add") {
      builder.add(request.items);
      return;
    }
    void builder.finish().then((result) => {
      const reply: BuilderReply<Result> = { type: "finished", result };
      port.postMessage(reply);
    });
  });
}

/**
 * The worker thread's code: Node 20 does not carry this process's tsx loader into worker
 * threads, so the worker registers it before importing its TypeScript module.
 */
function workerBootstrap(module: URL): string {
  const tsx = import.meta.resolve("tsx/esm/api");
  return `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); });`;
}
