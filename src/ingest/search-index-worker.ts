import { serveBuilder } from "./builder-worker.js";
import { createSearchIndexBuilder } from "./search-index-builder.js";

/** The thread behind createSearchIndexWorker. */
serveBuilder(createSearchIndexBuilder());
