import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * sha256 over the names and bytes of every file in the corpus folder, in name order: the
 * same folder always gives the same hash, and any added, removed or edited file changes it.
 * Returns null when the folder cannot be read.
 */
export async function fingerprintCorpus(dir: string): Promise<string | null> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return null;
  }
  const hash = createHash("sha256");
  for (const name of names) {
    const bytes = await readFile(join(dir, name));
    hash.update(`${name}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest("hex");
}
