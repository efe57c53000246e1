import { serveBuilders } from "./builder-thread.js";
import { createIngestBuilders } from "./ingest-builders.js";

/** The thread behind startIngestWorker. */
serveBuilders(createIngestBuilders());
