// Links that preview well and pages web search can list, checked on the built sites: dist/ is
// built without SITE_URL (no absolute URLs anywhere), dist-subpath/ with SITE_URL and a base path
// (package.json, build:subpath).
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { HTMLElement } from 'node-html-parser';
import { DIST, DIST_SUBPATH, SUBPATH, fileOf, htmlPages, page, readDist, requireBuild } from '../support/dist.ts';
import { DESCRIPTION_MAX, isIndexable, canonicalPath } from '../../src/lib/seo.ts';
import { DEKLARASI_SUBPAGES, routes } from '../../src/lib/routes.ts';

const SITE = 'https://rambu-netralitas.example.org';
const meta = (doc: HTMLElement, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

/** The file a URL of the built site points at ("/netralitas/og/x.png" or "https://…/og/x.png"). */
function fileOfUrl(dir: string, base: string, url: string): string {
  const p = new URL(url, 'http://x').pathname;
  return fileOf(dir, `/${decodeURIComponent(p).slice(base.length)}`);
}

for (const [name, dir, base, site] of [
  ['root build, no SITE_URL', DIST, '/', undefined],
  ['sub-path build with SITE_URL', DIST_SUBPATH, SUBPATH, SITE],
] as const) {
  describe(`titles, descriptions, previews (${name})`, () => {
    const pages = () => {
      requireBuild(dir);
      return htmlPages(dir);
    };

    it('every page has a unique <title> and a meta description', () => {
      const seen = new Map<string, string>();
      const problems: string[] = [];
      for (const p of pages()) {
        const doc = page(dir, p);
        const title = doc.querySelector('title')?.text.trim() ?? '';
        if (!title) problems.push(`${p}: no title`);
        else if (seen.has(title)) problems.push(`${p}: same title as ${seen.get(title)}: ${title}`);
        seen.set(title, p);
        if (!meta(doc, 'description')?.trim()) problems.push(`${p}: no description`);
      }
      expect(problems).toEqual([]);
    });

    it('every page has Open Graph and Twitter card tags whose image is a file of the build', () => {
      const problems: string[] = [];
      for (const p of pages()) {
        const doc = page(dir, p);
        for (const key of ['og:title', 'og:description', 'og:image', 'og:type', 'twitter:card'])
          if (!meta(doc, key)) problems.push(`${p}: no ${key}`);
        // X falls back to og:* for these; a second copy of the text would only weigh on every page.
        for (const key of ['twitter:title', 'twitter:description', 'twitter:image'])
          if (meta(doc, key) !== undefined) problems.push(`${p}: ${key} repeats og:*`);
        const description = meta(doc, 'description') ?? '';
        if (description.length > DESCRIPTION_MAX)
          problems.push(`${p}: description of ${description.length} characters`);
        if (meta(doc, 'og:description') !== description) problems.push(`${p}: og:description differs from description`);
        const image = meta(doc, 'og:image') ?? '';
        if (site ? !image.startsWith(`${site}${base}og/`) : !image.startsWith(`${base}og/`))
          problems.push(`${p}: og:image ${image}`);
        if (!existsSync(fileOfUrl(dir, base, image))) problems.push(`${p}: og:image ${image} does not exist`);
      }
      expect(problems).toEqual([]);
    });

    it(
      site
        ? 'canonical URL and og:url are absolute, from SITE_URL and the base'
        : 'without SITE_URL there is no canonical URL, og:url or sitemap',
      () => {
        const problems: string[] = [];
        for (const p of pages()) {
          const doc = page(dir, p);
          const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
          const ogUrl = meta(doc, 'og:url');
          if (!site) {
            if (canonical || ogUrl) problems.push(`${p}: ${canonical ?? ogUrl}`);
            continue;
          }
          const listed = isIndexable(p) || canonicalPath(p) !== p;
          const expected = listed ? `${site}${base}${canonicalPath(p).replace(/^\//, '')}` : undefined;
          if (canonical !== expected) problems.push(`${p}: canonical ${canonical}, expected ${expected}`);
          if (ogUrl !== expected) problems.push(`${p}: og:url ${ogUrl}`);
        }
        expect(problems).toEqual([]);
        if (!site) expect(existsSync(path.join(dir, 'sitemap-index.xml'))).toBe(false);
      },
    );

    it('pages not for search engines say noindex, and are not in the search index either', () => {
      const problems: string[] = [];
      for (const p of pages()) {
        const doc = page(dir, p);
        const noindex = doc.querySelector('meta[name="robots"]')?.getAttribute('content') === 'noindex';
        if (noindex === isIndexable(p)) problems.push(`${p}: noindex=${noindex}`);
        if (!isIndexable(p) && doc.querySelector('[data-pagefind-body]')) problems.push(`${p}: in the search index`);
      }
      expect(problems).toEqual([]);
      for (const p of ['/404.html', '/cetak/sanksi/', routes.ikrarPrint('kota-tual-2023'), '/luring/belum-tersimpan/'])
        expect(isIndexable(p), p).toBe(false);
    });

    it('robots.txt allows crawling and names the sitemap only with SITE_URL', () => {
      const robots = readDist(dir, 'robots.txt');
      expect(robots).toMatch(/^User-agent: \*$/m);
      if (site) expect(robots).toContain(`Sitemap: ${site}${base}sitemap-index.xml`);
      else expect(robots).not.toMatch(/Sitemap/);
    });
  });
}

describe('sitemap (sub-path build with SITE_URL)', () => {
  it('lists every indexable page and nothing else', () => {
    requireBuild(DIST_SUBPATH);
    const xml = new XMLParser();
    const index = xml.parse(readDist(DIST_SUBPATH, 'sitemap-index.xml')) as {
      sitemapindex: { sitemap: { loc: string } | { loc: string }[] };
    };
    const maps = [index.sitemapindex.sitemap].flat();
    const listed: string[] = [];
    for (const m of maps) {
      expect(m.loc.startsWith(`${SITE}${SUBPATH}`)).toBe(true);
      const doc = xml.parse(readDist(DIST_SUBPATH, new URL(m.loc).pathname.slice(SUBPATH.length))) as {
        urlset: { url: { loc: string } | { loc: string }[] };
      };
      listed.push(...[doc.urlset.url].flat().map((u) => u.loc));
    }
    const expected = htmlPages(DIST_SUBPATH)
      .filter(isIndexable)
      .map((p) => `${SITE}${SUBPATH}${p.replace(/^\//, '')}`);
    expect([...listed].sort()).toEqual([...expected].sort());
  });
});

/** Every JSON-LD block of a page, parsed. */
const jsonLd = (dir: string, p: string) =>
  page(dir, p)
    .querySelectorAll('script[type="application/ld+json"]')
    .flatMap((s) => [JSON.parse(s.text) as Record<string, unknown>].flat());

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

describe('JSON-LD', () => {
  const absolute = (v: unknown) => typeof v === 'string' && v.startsWith(`${SITE}${SUBPATH}`);

  it('instruments are Legislation with name, identifier, legal force and URL', () => {
    const regs = htmlPages(DIST_SUBPATH).filter((p) => /^\/regulasi\/[^/]+\/$/.test(p));
    expect(regs.length).toBeGreaterThan(10);
    for (const p of regs) {
      const [d] = jsonLd(DIST_SUBPATH, p);
      expect(d?.['@context'], p).toBe('https://schema.org');
      expect(d?.['@type'], p).toBe('Legislation');
      expect(typeof d?.name, p).toBe('string');
      expect(typeof d?.legislationIdentifier, p).toBe('string');
      expect(d?.legislationLegalForce, p).toMatch(/^https:\/\/schema\.org\/(InForce|PartiallyInForce|NotInForce)$/);
      if (d?.legislationDate) expect(d.legislationDate, p).toMatch(ISO_DATE);
      expect(absolute(d?.url), p).toBe(true);
    }
  });

  it('declarations are Events with name, start date, place and URL', () => {
    const sub = new Set<string>(DEKLARASI_SUBPAGES);
    const records = htmlPages(DIST_SUBPATH).filter(
      (p) => /^\/deklarasi\/[^/]+\/$/.test(p) && !sub.has(p.split('/')[2]!),
    );
    expect(records.length).toBeGreaterThan(100);
    for (const p of records) {
      const [d] = jsonLd(DIST_SUBPATH, p);
      expect(d?.['@type'], p).toBe('Event');
      expect(typeof d?.name, p).toBe('string');
      expect(d?.startDate, p).toMatch(ISO_DATE);
      const location = d?.location as { '@type': string; name: string; address: { addressCountry: string } };
      expect(location['@type'], p).toBe('Place');
      expect(location.name.length, p).toBeGreaterThan(0);
      expect(location.address.addressCountry, p).toBe('ID');
      expect(absolute(d?.url), p).toBe(true);
    }
  });

  it('/data/ is a Dataset with its downloads', () => {
    const [d] = jsonLd(DIST_SUBPATH, routes.data());
    expect(d?.['@type']).toBe('Dataset');
    expect(typeof d?.name).toBe('string');
    expect(String(d?.description).length).toBeGreaterThan(50);
    const files = d?.distribution as { '@type': string; contentUrl: string; encodingFormat: string }[];
    expect(files.map((f) => f.encodingFormat).sort()).toEqual(['application/json', 'text/csv']);
    for (const f of files) {
      expect(f['@type']).toBe('DataDownload');
      expect(absolute(f.contentUrl)).toBe(true);
      expect(existsSync(fileOfUrl(DIST_SUBPATH, SUBPATH, f.contentUrl))).toBe(true);
    }
    expect(d?.temporalCoverage).toMatch(/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/);
  });

  it("the checker's answers are FAQPages with the question and its answer", () => {
    // Scenario pages (/boleh-atau-tidak/<topik>/<id>/), not the person-first steps under /saya/.
    const answers = htmlPages(DIST_SUBPATH).filter(
      (p) => /^\/boleh-atau-tidak\/[^/]+\/[^/]+\/$/.test(p) && !p.startsWith(routes.checkerPerson()),
    );
    expect(answers.length).toBeGreaterThan(20);
    for (const p of answers) {
      const [d] = jsonLd(DIST_SUBPATH, p);
      expect(d?.['@type'], p).toBe('FAQPage');
      const [q] = d?.mainEntity as {
        '@type': string;
        name: string;
        acceptedAnswer: { '@type': string; text: string };
      }[];
      expect(q?.['@type'], p).toBe('Question');
      expect(q?.name, p).toMatch(/\?$/);
      expect(q?.acceptedAnswer['@type'], p).toBe('Answer');
      expect(q?.acceptedAnswer.text, p).toMatch(/^(Boleh|Tidak boleh|Tergantung)\./);
    }
  });

  it('without SITE_URL the same data carries base-relative URLs', () => {
    const [d] = jsonLd(DIST, routes.regulasi('uu-20-2023'));
    expect(d?.url).toBe('/regulasi/uu-20-2023/');
  });
});
