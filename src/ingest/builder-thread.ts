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

/** Any builder, as a worker thread serves it: items and results only cross as messages. */
type SomeBuilder = IncrementalBuilder<never, unknown>;

/** What the worker thread is told: items to add to a builder, in order, then to finish it. */
type BuilderRequest = { builder: string; type: "add"; items: readonly unknown[] } | { builder: string; type: "finish" };
type BuilderReply = { builder: string; result: unknown };

/**
 * Builders working in one worker thread, so their work runs beside this thread's. `module`
 * is the worker's module: it creates the builders named `names` and calls serveBuilders.
 * Messages arrive in the order they were posted, so each result is the one the same builder
 * gives in this thread. The thread stops once every builder has finished. Starting it costs
 * a few hundred milliseconds: worth it for large corpora only.
 *
 * @example const { search } = startBuilderThread<{ search: SearchIndexBuilder }>(new URL("./worker.ts", import.meta.url), ["search"]);
 */
export function startBuilderThread<Builders extends { [Name in keyof Builders]: SomeBuilder }>(
  module: URL,
  names: readonly (keyof Builders & string)[],
): Builders {
  const worker = new Worker(workerBootstrap(module), { eval: true, execArgv: [] });
  // Until a finish() waits for it, the worker must not keep the process alive: a caller that
  // fails between add() and finish() would otherwise never exit.
  worker.unref();
  let waiting = 0;
  let unfinished = names.length;
  const settle = new Map<string, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  const results = new Map<string, Promise<unknown>>(
    names.map((name) => {
      const result = new Promise<unknown>((resolve, reject) => settle.set(name, { resolve, reject }));
      // Rejections are handled by finish(); one arriving before it must not crash the process.
      result.catch(() => undefined);
      return [name, result];
    }),
  );
  const failAll = (error: Error) => {
    for (const { reject } of settle.values()) reject(error);
  };
  worker.on("message", (reply: BuilderReply) => settle.get(reply.builder)?.resolve(reply.result));
  worker.once("error", failAll);
  worker.once("exit", (code) => failAll(new Error(`ingest: a worker thread (${names.join(", ")}) stopped (exit code ${code}) before finishing`)));

  const builder = (name: string): SomeBuilder => ({
    add(items) {
      worker.postMessage({ builder: name, type: "add", items } satisfies BuilderRequest);
    },
    async finish() {
      worker.postMessage({ builder: name, type: "finish" } satisfies BuilderRequest);
      if (waiting++ === 0) worker.ref();
      try {
        return await results.get(name);
      } finally {
        if (--waiting === 0) worker.unref();
        if (--unfinished === 0) await worker.terminate();
      }
    },
  });
  return Object.fromEntries(names.map((name) => [name, builder(name)])) as Builders;
}

/** The worker thread's side of startBuilderThread: adds items as they arrive, replies with each result. */
export function serveBuilders(builders: { [name: string]: SomeBuilder }): void {
  const port = parentPort;
  if (port === null) throw new Error("ingest: serveBuilders runs in a worker thread only");
  port.on("message", (request: BuilderRequest) => {
    const builder = builders[request.builder];
    if (builder === undefined) throw new Error(`ingest: this worker thread has no builder "${request.builder}"`);
    if (request.type === "add") {
      builder.add(request.items as readonly never[]);
      return;
    }
    void builder.finish().then((result) => {
      const reply: BuilderReply = { builder: request.builder, result };
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
