// Checks the generated HTML of the real site (dist/, built by `npm test`).
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { DIST, htmlPages, mainLinks, page, pageExists, readDist, requireBuild } from '../support/dist.ts';
import { loadContent } from '../support/content.ts';
import { CSV_COLUMNS } from '../../src/lib/export.ts';
import { recordDateAttr } from '../../src/lib/dates.ts';
import { DEKLARASI_SUBPAGES, routes } from '../../src/lib/routes.ts';
import { IKRAR_USES_SHOWN as SHOWN } from '../../src/lib/deklarasi.ts';

let content: Awaited<ReturnType<typeof loadContent>>;
beforeAll(async () => {
  requireBuild(DIST);
  content = await loadContent();
});

const exists = (sitePath: string) => pageExists(DIST, sitePath);

describe('every record has its page', () => {
  it('regulasi, larangan, ikrar, glosarium, panduan, deklarasi', () => {
    const missing: string[] = [];
    for (const r of content.regulasi) if (!exists(routes.regulasi(r.id))) missing.push(r.file);
    for (const r of content.larangan) if (!exists(routes.larangan(r.id))) missing.push(r.file);
    for (const r of content.ikrar)
      if (!exists(routes.ikrar(r.id)) || !exists(routes.ikrarPrint(r.id))) missing.push(r.file);
    for (const r of content.glosarium) if (!exists(routes.glosarium(r.id))) missing.push(r.file);
    for (const r of content.panduan) if (!exists(routes.panduan(r.id))) missing.push(r.file);
    for (const r of content.deklarasi) if (!exists(routes.deklarasi(r.id))) missing.push(r.file);
    expect(missing).toEqual([]);
  });

  it('a declaration page shows its facts, sources and citation', () => {
    for (const r of content.deklarasi) {
      const doc = page(DIST, routes.deklarasi(r.id));
      expect(doc.querySelector('h1')?.text.trim()).toBe(r.data.judul);
      const links = doc.querySelectorAll('a').map((a) => a.getAttribute('href'));
      for (const s of r.data.sumber) expect(links).toContain(s.url);
      expect(
        doc.querySelector(`time[datetime="${recordDateAttr(r.data.tanggal, r.data.presisi_tanggal)}"]`),
      ).toBeTruthy();
      expect(doc.querySelector('.cite-box')?.text).toContain(r.id);
      expect(doc.querySelector('.page-dates time')?.getAttribute('datetime')).toBe(r.data.diverifikasi);
    }
  });
});

describe('lists and exports agree with the collection', () => {
  it('every declaration appears in the paginated table, its province page and its region page', () => {
    const tablePages = htmlPages(DIST).filter((p) => p === '/deklarasi/' || p.startsWith('/deklarasi/halaman/'));
    const inTable = tablePages.flatMap((p) =>
      page(DIST, p)
        .querySelectorAll('table.deklarasi-table tbody tr')
        .map((tr) => tr.getAttribute('data-id')),
    );
    expect(inTable.sort()).toEqual(content.deklarasi.map((r) => r.id).sort());
    // Province and region tables are paginated too (100 rows a page).
    const rowsBy = (prefix: string) => {
      const m = new Map<string, string[]>();
      for (const p of htmlPages(DIST).filter((x) => x.startsWith(prefix))) {
        const code = p.split('/')[3]!;
        m.set(code, [
          ...(m.get(code) ?? []),
          ...page(DIST, p)
            .querySelectorAll('table.deklarasi-table tbody tr')
            .map((tr) => tr.getAttribute('data-id')!),
        ]);
      }
      return m;
    };
    const provRows = rowsBy('/deklarasi/provinsi/');
    const regionRows = rowsBy('/deklarasi/wilayah/');
    const nationalRows = rowsBy('/deklarasi/nasional/');
    for (const r of content.deklarasi) {
      if (!r.data.wilayah) {
        // National events are listed on their own page, never under a province.
        expect([...nationalRows.values()].flat(), `${r.id} on the national page`).toContain(r.id);
        for (const rows of provRows.values()) expect(rows, `${r.id} not on a province page`).not.toContain(r.id);
        continue;
      }
      const prov = r.data.wilayah.slice(0, 2);
      expect(provRows.get(prov), `${r.id} on province page`).toContain(r.id);
      expect(regionRows.get(r.data.wilayah), `${r.id} on region page`).toContain(r.id);
    }
  });

  it(`each ikrar page counts every declaration that used it and links the newest (up to ${SHOWN})`, () => {
    for (const k of content.ikrar) {
      const uses = content.deklarasi
        .filter((r) => r.data.ikrar === k.id)
        .sort((a, b) => b.data.tanggal.localeCompare(a.data.tanggal) || a.id.localeCompare(b.id));
      const section = page(DIST, routes.ikrar(k.id)).querySelector('section[aria-labelledby="dipakai-h"]')!;
      const linked = section.querySelectorAll('li a').map((a) => a.getAttribute('href'));
      expect(linked, k.id).toEqual(uses.slice(0, SHOWN).map((r) => routes.deklarasi(r.id)));
      if (uses.length) expect(section.text, k.id).toContain(`${uses.length} catatan deklarasi`);
      if (uses.length > SHOWN) expect(section.querySelector('a[href^="/cari/"]'), k.id).toBeTruthy();
    }
  });

  it('CSV rows = JSON items = record pages = records', () => {
    const csv = parseCsv(readDist(DIST, 'data/deklarasi.csv'), { columns: true, record_delimiter: '\r\n' }) as Record<
      string,
      string
    >[];
    const json = JSON.parse(readDist(DIST, 'data/deklarasi.json'));
    const reserved: readonly string[] = DEKLARASI_SUBPAGES;
    const pages = htmlPages(DIST).filter(
      (p) => /^\/deklarasi\/[^/]+\/$/.test(p) && !reserved.includes(p.split('/')[2]!),
    );
    const ids = content.deklarasi.map((r) => r.id).sort();
    expect(csv.map((r) => r.id).sort()).toEqual(ids);
    expect(json.data.map((r: { id: string }) => r.id).sort()).toEqual(ids);
    expect(json.jumlah).toBe(ids.length);
    expect(pages.map((p) => p.split('/')[2]).sort()).toEqual(ids);
    // The export carries the record's own values (the schema already vouches for their shape).
    const byId = new Map(content.deklarasi.map((r) => [r.id, r.data]));
    for (const row of csv) {
      const d = byId.get(row.id!)!;
      expect(row.sumber_url, row.id).toBe(d.sumber.map((s) => s.url).join(' '));
      expect(row.diverifikasi, row.id).toBe(d.diverifikasi);
      expect(row.tanggal, row.id).toBe(d.tanggal);
    }
  });

  it('CSV is RFC 4180 with CRLF line ends and a header row', () => {
    const raw = readDist(DIST, 'data/deklarasi.csv');
    expect(raw.startsWith(`${CSV_COLUMNS.map((c) => c.name).join(',')}\r\n`)).toBe(true);
    expect(raw.split('\r\n').length).toBeGreaterThan(content.deklarasi.length);
    expect(/[^\r]\n/.test(raw.replace(/"[^"]*"/g, ''))).toBe(false);
  });

  it('every regulasi, larangan and ikrar is listed on its index page', () => {
    const linksOf = (p: string) => mainLinks(DIST, p);
    for (const r of content.regulasi) expect(linksOf('/regulasi/')).toContain(routes.regulasi(r.id));
    for (const r of content.larangan) expect(linksOf('/larangan/')).toContain(routes.larangan(r.id));
    for (const r of content.larangan) expect(linksOf('/sanksi/')).toContain(routes.larangan(r.id));
    for (const r of content.ikrar) expect(linksOf('/ikrar/')).toContain(routes.ikrar(r.id));
    for (const r of content.glosarium) expect(linksOf('/glosarium/')).toContain(routes.glosarium(r.id));
  });
});

describe('legal references', () => {
  it('every pasal anchor referenced anywhere exists on the built regulation page', () => {
    const broken: string[] = [];
    for (const p of htmlPages(DIST)) {
      for (const a of page(DIST, p).querySelectorAll('a[href*="/regulasi/"]')) {
        const m = /^\/regulasi\/([a-z0-9-]+)\/#(.+)$/.exec(a.getAttribute('href') ?? '');
        if (!m) continue;
        if (!exists(routes.regulasi(m[1])) || !page(DIST, routes.regulasi(m[1])).getElementById(m[2]!))
          broken.push(`${p} → ${m[0]}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('each provision of each regulation is an anchored section', () => {
    for (const r of content.regulasi) {
      const doc = page(DIST, routes.regulasi(r.id));
      for (const p of r.data.pasal) {
        const h = doc.getElementById(p.anchor);
        expect(h?.tagName, `${r.id}#${p.anchor}`).toBe('H3');
        expect(h?.text).toContain(p.label);
        expect(h?.closest('section.provision')?.text).toContain(p.inti);
      }
    }
  });

  it('a revoked instrument shows a banner naming its successor, from the relations data', () => {
    const revoked = content.regulasi.filter((r) => r.data.status === 'dicabut');
    for (const r of revoked) {
      const revokers = content.regulasi.filter((o) =>
        o.data.relasi.some((x) => x.jenis === 'mencabut' && x.regulasi === r.id),
      );
      expect(revokers.length, `${r.id} needs a revoker`).toBeGreaterThan(0);
      const banner = page(DIST, routes.regulasi(r.id)).querySelector('.banner.dicabut');
      expect(banner?.text).toMatch(/Dicabut/);
      for (const o of revokers)
        expect(banner?.querySelector(`a[href="/regulasi/${o.id}/"]`), `${r.id} banner links ${o.id}`).toBeTruthy();
    }
  });

  it('every page that cites a revoked instrument shows its status', () => {
    const revoked = new Set(content.regulasi.filter((r) => r.data.status === 'dicabut').map((r) => r.id));
    for (const l of content.larangan) {
      const cited = [...l.data.dasar_hukum, ...l.data.sanksi.dasar]
        .map((x) => x.regulasi)
        .filter((id: string) => revoked.has(id));
      const doc = page(DIST, routes.larangan(l.id));
      for (const id of cited)
        expect(doc.querySelector(`[data-status-notice="${id}"]`), `${l.id} notice for ${id}`).toBeTruthy();
    }
  });
});

describe('glossary links', () => {
  it('link the first use of a term on content pages, once per page, never to the page itself', () => {
    let linked = 0;
    for (const p of htmlPages(DIST)) {
      const hrefs = page(DIST, p)
        .querySelectorAll('main a.glossary-term')
        .map((a) => a.getAttribute('href')!);
      expect(new Set(hrefs).size, `${p} links a term twice`).toBe(hrefs.length);
      expect(hrefs, p).not.toContain(p);
      for (const h of hrefs) expect(exists(h), `${p} → ${h}`).toBe(true);
      linked += hrefs.length;
    }
    expect(linked).toBeGreaterThan(content.larangan.length);
    for (const l of content.larangan.slice(0, 5))
      expect(page(DIST, routes.larangan(l.id)).querySelectorAll('main a.glossary-term').length, l.id).toBeGreaterThan(
        0,
      );
  });
});

describe('pages are light and indexed cleanly', () => {
  it('no page loads anything from another host', () => {
    const offenders: string[] = [];
    for (const p of htmlPages(DIST)) {
      const doc = page(DIST, p);
      for (const el of doc.querySelectorAll('script[src], link[href], img[src], iframe[src]')) {
        const u = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
        if (/^(https?:)?\/\//.test(u)) offenders.push(`${p}: ${u}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('only main content is marked for the search index', () => {
    for (const p of htmlPages(DIST)) {
      const doc = page(DIST, p);
      for (const body of doc.querySelectorAll('[data-pagefind-body]')) expect(body.closest('main'), p).toBeTruthy();
      expect(
        doc.querySelector('header [data-pagefind-body], footer [data-pagefind-body], nav [data-pagefind-body]'),
      ).toBeNull();
    }
  });

  it('every page is Indonesian, has one h1, a skip link and a footer disclaimer', () => {
    for (const p of htmlPages(DIST)) {
      const doc = page(DIST, p);
      expect(doc.querySelector('html')?.getAttribute('lang'), p).toBe('id');
      expect(doc.querySelectorAll('h1').length, p).toBe(1);
      expect(doc.querySelector('a.skip-link')?.getAttribute('href'), p).toBe('#konten');
      expect(doc.querySelector('#konten'), p).toBeTruthy();
      expect(doc.querySelector('.disclaimer')?.text, p).toMatch(/Bukan edisi resmi/);
    }
  });
});

describe('HTML sitemap (/peta-situs/)', () => {
  it('links every built page except record pages, narrowed checker answers, the 404 page, the offline fallback and itself, and nothing else', () => {
    const linked = new Set(mainLinks(DIST, '/peta-situs/').map((h) => h.split('#')[0]!));
    const records = new Set(content.deklarasi.map((r) => routes.deklarasi(r.id)));
    const notListed = new Set(['/404.html', '/peta-situs/', '/luring/belum-tersimpan/']);
    // The checker's narrowed answers (…/saya/<status>/<situasi>/<bakal-calon|calon|pemilu|pilkada|sedang-cltn|tanpa-cltn>/) are views of a
    // listed answers page, linked from it (tests/build/checker.test.ts), like records from their tables.
    const narrowed = (p: string) => p.startsWith(routes.checkerPerson()) && p.split('/').length === 7;
    const expected = htmlPages(DIST).filter((p) => !records.has(p) && !notListed.has(p) && !narrowed(p));
    expect(
      [...linked].filter((h) => !expected.includes(h)),
      'links to no built page',
    ).toEqual([]);
    expect(
      expected.filter((p) => !linked.has(p)),
      'built pages missing from the sitemap',
    ).toEqual([]);
  });
});

describe('/tentang/ lists every open question', () => {
  it('with its claim, reason, sources and origin (one full stop at the end)', () => {
    const doc = page(DIST, '/tentang/');
    for (const b of content['belum-pasti']) {
      const li = doc.querySelector(`li#bp-${b.id}`);
      expect(li, b.file).toBeTruthy();
      const text = li!.text.replace(/\s+/g, ' ');
      expect(text).toContain(b.data.alasan.replace(/\s+/g, ' ').slice(0, 60));
      const links = li!.querySelectorAll('a').map((a) => a.getAttribute('href'));
      for (const s of b.data.sumber) expect(links, b.file).toContain(s.url);
      expect(text, b.file).not.toMatch(/\.\.(\s|$)/);
    }
  });
});
