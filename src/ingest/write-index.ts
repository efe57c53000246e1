import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { INDEX_FILES } from "../index-format/index.js";
import type { BuiltIndex } from "./build-index.js";

/**
 * Writes index/ so that a crash half-way can never leave a readable but wrong index: the
 * manifest is removed first and written last, each file through a temporary name.
 * Output is byte-identical for the same BuiltIndex.
 */
export async function writeIndex(dir: string, built: BuiltIndex): Promise<void> {
  await mkdir(dir, { recursive: true });
  await rm(join(dir, INDEX_FILES.manifest), { force: true });
  await writeAtomically(join(dir, INDEX_FILES.documents), serialise(built.documents));
  await writeAtomically(join(dir, INDEX_FILES.passages), serialise(built.passages));
  await writeAtomically(join(dir, INDEX_FILES.facts), serialise(built.facts));
  await writeAtomically(join(dir, INDEX_FILES.search), serialise(built.search));
  await writeAtomically(join(dir, INDEX_FILES.manifest), serialise(built.manifest));
}

function serialise(value: unknown): string {
  return `${JSON.stringify(value, null, 1)}\n`;
}

async function writeAtomically(path: string, content: string): Promise<void> {
  const temporary = `${path}.tmp`;
  await writeFile(temporary, content, "utf8");
  await rename(temporary, path);
}
