import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

/** What a corpus folder holds, names in order; hidden entries (".git", ".DS_Store") are left out. */
export interface CorpusListing {
  files: string[];
  /** Folders are not read: they are listed so that the documents in them are not lost silently. */
  folders: string[];
}

/**
 * Lists a corpus folder, following symbolic links, since a team may link documents kept
 * elsewhere into it. A link that leads nowhere is left out, as the file it names is not
 * there. Returns null when the folder cannot be read.
 */
export async function listCorpusFiles(dir: string): Promise<CorpusListing | null> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return null;
  }
  const listing: CorpusListing = { files: [], folders: [] };
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const target = entry.isSymbolicLink() ? await stat(join(dir, entry.name)).catch(() => null) : entry;
    if (target?.isFile()) listing.files.push(entry.name);
    else if (target?.isDirectory()) listing.folders.push(entry.name);
  }
  listing.files.sort();
  listing.folders.sort();
  return listing;
}
