// The content check (src/integrations/content-check.ts) reads, parses and validates every file
// before Astro syncs its content store; this loader then stores what the check parsed instead of
// reading and parsing every YAML file a second time, as Astro's glob loader would (about 1.5 s of
// a cold build at 10,000 records; docs/benchmarks.md). In `astro dev` (where the glob loader also
// watches the files), for a folder this process did not check, or for files in subfolders, it is
// the glob loader.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import type { CollectionName } from '../collections/index.ts';
import type { Parsed, RawEntry } from '../lib/validate.ts';

const KEY = Symbol.for('rambu-netralitas.checked-content');

interface Checked {
  /** Absolute content folder the check read. */
  dir: string;
  raw: RawEntry[];
  parsed: Parsed;
}

type WithChecked = typeof globalThis & { [KEY]?: Checked };

/** Called by the content check once every file passed. */
export function rememberChecked(checked: Checked | undefined): void {
  (globalThis as WithChecked)[KEY] = checked;
}

export function checkedLoader(
  collection: CollectionName,
  pattern: string,
  base: string,
  fallback: Loader = glob({ pattern, base }),
): Loader {
  return {
    name: 'rambu:checked-content',
    load: async (ctx) => {
      const checked = (globalThis as WithChecked)[KEY];
      const folder = path.resolve(base);
      if (ctx.watcher || !checked || folder !== path.join(checked.dir, collection)) return fallback.load(ctx);
      const root = fileURLToPath(ctx.config.root);
      const raw = checked.raw.filter((e) => e.collection === collection);
      // The check's ids are file names, which is what the glob loader makes of files directly in
      // the folder; a file in a subfolder would get another id there, so leave those to it.
      if (raw.some((e) => path.dirname(path.resolve(root, e.file)) !== folder)) return fallback.load(ctx);
      const text = new Map(raw.map((e) => [e.id, e.text]));
      const kept = new Set<string>();
      for (const e of checked.parsed[collection]) {
        kept.add(e.id);
        ctx.store.set({
          id: e.id,
          data: e.data as Record<string, unknown>,
          filePath: e.file,
          digest: ctx.generateDigest(text.get(e.id)!),
        });
      }
      for (const id of ctx.store.keys()) if (!kept.has(id)) ctx.store.delete(id);
    },
  };
}
