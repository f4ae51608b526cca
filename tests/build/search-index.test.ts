// What the indexer leaves out of a page must not change the search index: every page of the
// built site is indexed twice by Pagefind, once as sent by the build (without the elements marked
// data-pagefind-ignore) and once whole, and the two indexes must be the same files, byte for byte.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { INDEX_CHUNK_SIZE, searchableHtml } from '../../src/integrations/pagefind.ts';
import { DIST, fileOf, htmlPages, requireBuild } from '../support/dist.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'rambu-index-'));
afterAll(async () => {
  await close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Every file under dir, relative, with its bytes. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) {
      const p = path.join(e.parentPath, e.name);
      out.set(path.relative(dir, p), readFileSync(p));
    }
  return out;
}

async function indexAll(pages: { url: string; html: string }[], lean: boolean, out: string) {
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
  const { index } = await createIndex({});
  let sent = 0;
  for (const p of pages) {
    const content = searchableHtml(p.html, lean);
    if (!content) continue;
    sent += content.length;
    const added = await index!.addHTMLFile({ url: p.url, content });
    expect(added.errors).toEqual([]);
  }
  const written = await index!.writeFiles({ outputPath: out });
  expect(written.errors).toEqual([]);
  return sent;
}

describe('search index', () => {
  it('is the same whether or not the ignored parts of pages are sent', { timeout: 120_000 }, async () => {
    requireBuild(DIST);
    const pages = htmlPages(DIST).map((url) => ({ url, html: readFileSync(fileOf(DIST, url), 'utf8') }));
    const lean = await indexAll(pages, true, path.join(tmp, 'lean'));
    const whole = await indexAll(pages, false, path.join(tmp, 'whole'));
    // The build sends clearly less, so the test compares two different inputs.
    expect(lean).toBeLessThan(whole * 0.9);
    const a = files(path.join(tmp, 'lean'));
    const b = files(path.join(tmp, 'whole'));
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    expect([...a.keys()].filter((f) => !a.get(f)!.equals(b.get(f)!))).toEqual([]);
    expect([...a.keys()].some((f) => f.startsWith('fragment/'))).toBe(true);
  });
});
