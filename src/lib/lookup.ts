// Entries by id. Pages and components look entries up by id often (a regulation's short title for
// every link); each list gets its Map once (kept while the list itself lives).
const maps = new WeakMap<readonly { id: string }[], Map<string, unknown>>();

/** A Map from id to entry for `entries` (built once per array). */
export function byId<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  let m = maps.get(entries);
  if (!m) {
    m = new Map(entries.map((e) => [e.id, e]));
    maps.set(entries, m);
  }
  return m as Map<string, T>;
}
