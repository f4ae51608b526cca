// Helpers that keep pages and the offline pack from growing with the number of records.
import { describe, expect, it } from 'vitest';
import { rec } from '../support/records.ts';
import { filterOptions, groupBy, groupPages, pageParam, paginate, PAGE_SIZE } from '../../src/lib/deklarasi.ts';
import { loadRegions } from '../../src/lib/regions.ts';
import { EVENT_LABEL } from '../../src/collections/deklarasi.ts';
import { ELECTION_LABEL } from '../../src/collections/pemilihan.ts';
import { inOfflinePack } from '../../src/integrations/offline.ts';
import { FEED_LIMIT, newestEntries } from '../../src/lib/atom.ts';
import { indexOrder, searchableHtml, withoutIgnored } from '../../src/integrations/pagefind.ts';

describe('paginate', () => {
  it('splits into pages of PAGE_SIZE, keeps order and loses nothing', () => {
    const xs = Array.from({ length: PAGE_SIZE * 2 + 7 }, (_, i) => i);
    const pages = paginate(xs);
    expect(pages.map((p) => p.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 7]);
    expect(pages.flat()).toEqual(xs);
  });
  it('an empty list is one empty page (the page still renders and says so)', () => {
    expect(paginate([])).toEqual([[]]);
    expect(paginate([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
  });
});

describe('filterOptions', () => {
  it('lists each value once, as the labels the record pages give Pagefind', async () => {
    const regions = await loadRegions();
    const records = [
      rec('a', '2024-10-17', '53.71', { jenis_kegiatan: ['ikrar', 'apel'], ikrar: 'x' }),
      rec('b', '2023-05-02', '53.71', { pemilihan: ['pemilu-2024'] }),
      rec('c', '2024-01-09', '11'),
    ];
    const o = filterOptions(records, regions, new Map([['x', 'Ikrar X']]));
    expect(o.provinsi).toEqual(['Aceh', 'Nusa Tenggara Timur']);
    expect(o.tahun).toEqual(['2024', '2023']);
    expect(o.kegiatan.sort()).toEqual([EVENT_LABEL.apel, EVENT_LABEL.ikrar].sort());
    expect(o.pemilihan.sort()).toEqual([ELECTION_LABEL['pemilu-2024'], ELECTION_LABEL['pilkada-2024']].sort());
    expect(o.ikrar).toEqual(['Ikrar X']);
  });
});

describe('offline pack contents', () => {
  it('keeps every page that does not grow with the records, and the whole search index', () => {
    for (const f of [
      'index.html',
      'larangan/index.html',
      'kuis/index.html',
      'deklarasi/index.html',
      'deklarasi/linimasa/index.html',
      'pagefind/pagefind.js',
      'pagefind/fragment/id_abc.pf_fragment',
      'data/index.html',
      'data/pasal.json',
      'data/sinonim.json',
      'data/kosakata.json',
      'luring/belum-tersimpan/index.html',
      '_astro/site.css',
    ]) {
      expect(inOfflinePack(f), f).toBe(true);
    }
  });
  it('leaves out record pages, table pages, region pages, full exports, preview images, crawler files and its own files', () => {
    for (const f of [
      'deklarasi/2024-10-17-kota-kupang/index.html',
      'deklarasi/halaman/2/index.html',
      'deklarasi/provinsi/53/index.html',
      'deklarasi/wilayah/53.71/index.html',
      'deklarasi/feed.xml',
      'data/deklarasi.csv',
      'data/deklarasi.json',
      'data/provinsi/53.csv',
      'sw.js',
      'offline-manifest.json',
      'og/larangan.png',
      'robots.txt',
      'sitemap-index.xml',
      'sitemap-0.xml',
    ]) {
      expect(inOfflinePack(f), f).toBe(false);
    }
  });
});

describe('Atom feed size', () => {
  it('keeps the newest entries only, newest first, ties broken by key', () => {
    const e = (key: string, updated: string) => ({ key, title: key, href: `/${key}/`, updated, summary: 's' });
    const entries = [e('a', '2024-01-01'), e('c', '2024-03-01'), e('b', '2024-03-01'), e('d', '2023-12-31')];
    expect(newestEntries(entries, 3).map((x) => x.key)).toEqual(['b', 'c', 'a']);
    expect(newestEntries(entries).map((x) => x.key)).toEqual(['b', 'c', 'a', 'd']);
    const many = Array.from({ length: FEED_LIMIT + 50 }, (_, i) =>
      e(`k${i}`, `2024-01-${String((i % 28) + 1).padStart(2, '0')}`),
    );
    expect(newestEntries(many)).toHaveLength(FEED_LIMIT);
  });
});

describe('search indexing order', () => {
  it('puts the given pages first, in their order, then every other page by path; unknown paths are dropped', () => {
    const pages = ['/z/', '/a/', '/deklarasi/b/', '/deklarasi/a/', '/404.html'];
    expect(indexOrder(pages, ['/deklarasi/b/', '/gone/', '/deklarasi/a/'])).toEqual([
      '/deklarasi/b/',
      '/deklarasi/a/',
      '/404.html',
      '/a/',
      '/z/',
    ]);
    expect(indexOrder(pages, [])).toEqual([...pages].sort());
  });
});

describe('what the indexer sends to Pagefind', () => {
  it('sends the language and <main> of a page with a search body, and nothing for other pages', () => {
    const page = (main: string) =>
      `<!doctype html><html lang="id"><head><style>body{color:red}</style></head><body><header>Menu</header>${main}<footer>Kaki</footer></body></html>`;
    const sent = searchableHtml(page('<main id="konten"><div data-pagefind-body><h1>Judul</h1></div></main>'))!;
    expect(sent).toContain('<html lang="id">');
    expect(sent).toContain('<div data-pagefind-body><h1>Judul</h1></div>');
    expect(sent).not.toMatch(/Menu|Kaki|color:red/);
    expect(searchableHtml(page('<main id="konten"><h1>Peta situs</h1></main>'))).toBeUndefined();
    expect(searchableHtml('<html lang="id"><body>tanpa main</body></html>')).toBeUndefined();
  });

  it('leaves out ignored elements whole, nested ones included, and keeps what Pagefind reads inside them', () => {
    const html = [
      '<div data-pagefind-body><h1>Judul</h1>',
      '<section data-pagefind-ignore><h2 id="x">Catatan</h2><section><p>dalam</p></section><p>lagi</p></section>',
      '<dl><dt data-pagefind-ignore>Tanggal</dt><dd>Kamis</dd></dl>',
      '<div hidden data-pagefind-ignore><span data-pagefind-filter="jenis:Deklarasi"></span><p data-pagefind-ignore>x</p></div>',
      '<p>akhir</p></div>',
    ].join('');
    expect(withoutIgnored(html)).toBe(
      '<div data-pagefind-body><h1>Judul</h1><dl><dd>Kamis</dd></dl>' +
        '<div hidden data-pagefind-ignore><span data-pagefind-filter="jenis:Deklarasi"></span></div><p>akhir</p></div>',
    );
  });

  it('keeps an ignored element whose end tag is missing, and the rest of the page', () => {
    const html = '<div data-pagefind-body><p>awal</p><section data-pagefind-ignore><p>tanpa akhir</div>';
    expect(withoutIgnored(html)).toBe(html);
  });
});

describe('grouped table pages', () => {
  it('groups keep input order; every group gets pages of PAGE_SIZE, an empty group one page', () => {
    const records = Array.from({ length: PAGE_SIZE + 3 }, (_, i) =>
      rec(`r${i}`, '2024-10-17', i % 2 ? '53.71' : '11', { diverifikasi: i === 5 ? '2026-11-24' : '2026-11-23' }),
    );
    const groups = groupBy(records, (r) => r.data.wilayah!.slice(0, 2));
    expect(groups.get('11')!.map((r) => r.id)).toEqual(records.filter((_, i) => i % 2 === 0).map((r) => r.id));
    const pages = groupPages([...groups, ['99', []]]);
    expect(pages.map((p) => [p.kode, p.n, p.pages, p.rows.length, p.total])).toEqual([
      ['11', 1, 1, 52, 52],
      ['53', 1, 1, 51, 51],
      ['99', 1, 1, 0, 0],
    ]);
    expect(pages[1]!.latest).toBe('2026-11-24');
    expect(pages[2]!.latest).toBe('');
    const big = groupPages([['x', records]]);
    expect(big.map((p) => [p.n, p.pages, p.rows.length])).toEqual([
      [1, 2, PAGE_SIZE],
      [2, 2, 3],
    ]);
    expect(big.flatMap((p) => p.rows)).toEqual(records);
    expect([1, 2, 3].map(pageParam)).toEqual([undefined, 'halaman/2', 'halaman/3']);
  });
});
