import { parentPort } from "node:worker_threads";
import { createSearchIndexBuilder, type SearchWorkerReply, type SearchWorkerRequest } from "./search-index-builder.js";

/** The thread behind createSearchIndexWorker: builds the index as records arrive, exports on "finish". */
const port = parentPort;
if (port === null) throw new Error("ingest: search-index-worker runs as a worker thread only");

const builder = createSearchIndexBuilder();
port.on("message", (request: SearchWorkerRequest) => {
  if (request.type === "add") {
    builder.add(request.records);
    return;
  }
  void builder.finish().then((search) => {
    const reply: SearchWorkerReply = { type: "exported", search };
    port.postMessage(reply);
  });
});
