// Page weight budgets on the built site (issue: fast on a cheap phone on a slow connection).
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, htmlPages, page, requireBuild } from '../support/dist.ts';
import { loadContent } from '../support/content.ts';

let content: Awaited<ReturnType<typeof loadContent>>;
beforeAll(async () => {
  requireBuild(DIST);
  content = await loadContent();
});
const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;
const fileOf = (p: string) => path.join(DIST, p.endsWith('/') ? `${p}index.html` : p);

describe('page budgets', () => {
  it('first load of every page (HTML + CSS + JS + fonts + images) is under 50 KB compressed', () => {
    const over: string[] = [];
    for (const p of htmlPages(DIST)) {
      const html = readFileSync(fileOf(p));
      let total = gz(html);
      const doc = page(DIST, p);
      for (const el of doc.querySelectorAll('script[src], link[rel="stylesheet"], link[rel="icon"], img[src]')) {
        const ref = el.getAttribute('src') ?? el.getAttribute('href')!;
        if (existsSync(fileOf(ref))) total += gz(readFileSync(fileOf(ref)));
      }
      if (total > 50_000) over.push(`${p}: ${total} B`);
    }
    expect(over).toEqual([]);
  });

  it('a record page\'s HTML is under 20 KB compressed', () => {
    const sizes = content.deklarasi.map((r) => ({ id: r.id, bytes: gz(readFileSync(fileOf(`/deklarasi/${r.id}/`))) }));
    expect(sizes.filter((s) => s.bytes > 20_000)).toEqual([]);
  });

  it('only search, quiz, the declarations table and the offline page ship JavaScript', () => {
    const allowed = /^\/(cari|kuis|luring)\/$|^\/deklarasi\/(halaman\/\d+\/)?$/;
    const withJs = htmlPages(DIST).filter((p) => page(DIST, p).querySelectorAll('script').length > 0);
    expect(withJs.filter((p) => !allowed.test(p))).toEqual([]);
  });

  it('no web fonts: no @font-face and no font files in the build', () => {
    for (const p of htmlPages(DIST)) expect(readFileSync(fileOf(p), 'utf8'), p).not.toMatch(/@font-face/);
  });
});
