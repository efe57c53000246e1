import type { Fact } from "../index-format/index.js";

/**
 * Lower-case name or alias of a body → the other names of the same body, learned only from
 * the extracted fact table; used to expand queries ("icb" → "Integrated Care Board", …).
 *
 * @example buildAliasTable(facts).get("icb") // ["Integrated Care Board", "Integrated Care Boards", "ICBs"]
 */
export function buildAliasTable(facts: readonly Fact[]): ReadonlyMap<string, readonly string[]> {
  const table = new Map<string, string[]>();
  for (const fact of facts) {
    if (fact.type !== "body") continue;
    const names = dedupe([fact.name, ...fact.aliases]);
    for (const name of names) {
      const key = name.toLowerCase();
      const others = names.filter((other) => other.toLowerCase() !== key);
      table.set(key, dedupe([...(table.get(key) ?? []), ...others]));
    }
  }
  return table;
}

function dedupe(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
