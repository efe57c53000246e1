import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { listCorpusFiles } from "./list-corpus-files.js";

/**
 * sha256 over the names and bytes of every file in the corpus folder, in name order: the
 * same folder always gives the same hash, and any added, removed or edited file changes it.
 * Returns null when the folder cannot be read.
 */
export async function fingerprintCorpus(dir: string): Promise<string | null> {
  const listing = await listCorpusFiles(dir);
  if (listing === null) return null;
  const hash = createHash("sha256");
  for (const name of listing.files) {
    const bytes = await readFile(join(dir, name));
    hash.update(`${name}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest("hex");
}
