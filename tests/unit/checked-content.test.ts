// The build's loader for YAML collections stores what the content check parsed (one parse per
// file instead of two). It must store exactly the checked entries, keep the store in step when
// files change or go, and leave everything else to the glob loader.
import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { checkedLoader, rememberChecked } from '../../src/integrations/checked-content.ts';
import { checkContent } from '../../src/lib/validate.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CONTENT = path.join(ROOT, 'tests/fixtures/content');

interface Stored {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  digest?: string;
}

/** The parts of Astro's loader context the loader uses; the store follows Astro's rule that an unchanged digest is not stored again. */
function context(store = new Map<string, Stored>(), watcher?: object) {
  let writes = 0;
  const ctx = {
    config: { root: pathToFileURL(`${ROOT}/`) },
    watcher,
    generateDigest: (s: string) => `d${s.length}:${s.slice(0, 20)}`,
    store: {
      set: (e: Stored) => {
        if (store.get(e.id)?.digest === e.digest) return false;
        store.set(e.id, e);
        writes++;
        return true;
      },
      keys: () => [...store.keys()],
      delete: (id: string) => store.delete(id),
    },
  };
  return { ctx: ctx as unknown as Parameters<Loader['load']>[0], store, writes: () => writes };
}

const fallback = () => {
  const calls: string[] = [];
  const loader: Loader = { name: 'glob', load: async (ctx) => void calls.push(ctx.collection ?? 'x') };
  return { loader, calls };
};

afterEach(() => rememberChecked(undefined));

describe('the checked-content loader', () => {
  it('stores every checked entry of its collection as the check parsed it, and drops ids whose files are gone', async () => {
    const checked = await checkContent(CONTENT, ROOT);
    expect(checked.problems).toEqual([]);
    rememberChecked({ dir: CONTENT, raw: checked.raw, parsed: checked.parsed });
    const glob = fallback();
    const loader = checkedLoader('deklarasi', '**/*.yaml', path.join(CONTENT, 'deklarasi'), glob.loader);
    const stale = new Map<string, Stored>([['hapus-saya', { id: 'hapus-saya', data: {} }]]);
    const { ctx, store } = context(stale);
    await loader.load(ctx);
    expect(glob.calls).toEqual([]);
    const expected = checked.parsed.deklarasi;
    expect(expected.length).toBeGreaterThan(1);
    expect([...store.keys()].sort()).toEqual(expected.map((e) => e.id).sort());
    for (const e of expected) {
      expect(store.get(e.id)!.data).toBe(e.data);
      expect(store.get(e.id)!.filePath).toBe(`tests/fixtures/content/deklarasi/${e.id}.yaml`);
    }
  });

  it('rewrites only entries whose file changed on a later build', async () => {
    const checked = await checkContent(CONTENT, ROOT);
    rememberChecked({ dir: CONTENT, raw: checked.raw, parsed: checked.parsed });
    const loader = checkedLoader('glosarium', '**/*.yaml', path.join(CONTENT, 'glosarium'), fallback().loader);
    const first = context();
    await loader.load(first.ctx);
    const n = first.writes();
    expect(n).toBe(checked.parsed.glosarium.length);
    const changed = checked.raw.find((e) => e.collection === 'glosarium')!;
    const before = first.store.get(changed.id)!.digest;
    changed.text += '\n# diubah\n';
    const again = context(first.store);
    await loader.load(again.ctx);
    expect(again.writes()).toBe(1);
    expect(again.store.get(changed.id)!.digest).not.toBe(before);
    expect(again.store.size).toBe(n);
  });

  it('leaves the work to the glob loader in astro dev, without a check of this folder, or for another folder', async () => {
    const checked = await checkContent(CONTENT, ROOT);
    for (const [remember, base, watcher] of [
      [true, path.join(CONTENT, 'deklarasi'), {}],
      [false, path.join(CONTENT, 'deklarasi'), undefined],
      [true, path.join(ROOT, 'content/deklarasi'), undefined],
    ] as const) {
      rememberChecked(remember ? { dir: CONTENT, raw: checked.raw, parsed: checked.parsed } : undefined);
      const glob = fallback();
      const { ctx, store } = context(new Map(), watcher);
      await checkedLoader('deklarasi', '**/*.yaml', base, glob.loader).load(ctx);
      expect(glob.calls).toHaveLength(1);
      expect(store.size).toBe(0);
    }
  });
});
