import { serveBuilders } from "./builder-worker.js";
import { createIngestBuilders } from "./ingest-builders.js";

/** The thread behind startIngestWorker. */
serveBuilders(createIngestBuilders());
