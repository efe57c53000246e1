import { Document } from "flexsearch";
import { searchIndexOptions, type SearchRecord } from "../index-format/index.js";
import type { IncrementalBuilder } from "./builder-thread.js";

/**
 * Builds the FlexSearch index of the passages and exports it, key → data, keys sorted.
 * Records go in in passage order (`id` is the passage's position), so the export depends on
 * the passages only.
 */
export type SearchIndexBuilder = IncrementalBuilder<SearchRecord, Record<string, string>>;

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
