import type { EntryOf } from '../../src/collections/index.ts';
import { describe, expect, it } from 'vitest';
import { rec } from '../support/records.ts';
import { formatDate, formatDateShort, formatMonth, weekdayOf } from '../../src/lib/dates.ts';
import { absoluteUrl, normalizeBase, withBase } from '../../src/lib/url.ts';
import { DESCRIPTION_MAX, shortDescription } from '../../src/lib/seo.ts';
import { readSection, replaceSection } from '../../scripts/lib/doc-section.ts';
import { sanctionMatrix } from '../../src/lib/sanctions.ts';
import { isRealDate } from '../../src/collections/common.ts';
import { schema as deklarasiSchema } from '../../src/collections/deklarasi.ts';
import { monthlyTimeline, provinceCounts, regionCounts, rolesByPerson, usageByIkrar } from '../../src/lib/deklarasi.ts';
import { sort as byDateDesc } from '../../src/collections/deklarasi.ts';
import { loadRegions, timezoneOf } from '../../src/lib/regions.ts';
import { CSV_COLUMNS, toRow } from '../../src/lib/export.ts';
import { citeText } from '../../src/lib/cite.ts';
import { inSentence } from '../../src/lib/text.ts';
import { tableUnder } from '../../src/lib/markdown.ts';
import { printFooterCss, printFooterText, printSlug, signatureRows } from '../../src/lib/print.ts';

describe('dates', () => {
  it('formats Indonesian long dates with the weekday', () => {
    expect(formatDate('2024-10-17')).toBe('Kamis, 17 Oktober 2024');
    expect(formatDate('2023-11-27')).toBe('Senin, 27 November 2023');
    expect(formatDateShort('2024-08-21')).toBe('21 Agustus 2024');
    expect(formatMonth('2024-09')).toBe('September 2024');
    expect(weekdayOf('2024-08-21')).toBe('Rabu');
  });
  it('does not shift a day across time zones', () => {
    expect(formatDate('2024-01-01')).toBe('Senin, 1 Januari 2024');
  });
  it('knows real calendar dates', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2024-13-01')).toBe(false);
  });
  it('accepts dates that a YAML 1.1 parser turned into Date objects', () => {
    const r = deklarasiSchema.safeParse({
      ...rec('x', '2024-10-17', '53.71').data,
      tanggal: new Date(Date.UTC(2024, 9, 17)),
    });
    expect(r.success && r.data.tanggal).toBe('2024-10-17');
  });
});

describe('withBase', () => {
  it('prefixes site paths with the base', () => {
    expect(withBase('/deklarasi/', '/')).toBe('/deklarasi/');
    expect(withBase('/deklarasi/', '/netralitas/')).toBe('/netralitas/deklarasi/');
    expect(withBase('regulasi/uu-20-2023/#pasal-9', '/netralitas')).toBe('/netralitas/regulasi/uu-20-2023/#pasal-9');
  });
  it('leaves external links and fragments alone', () => {
    expect(withBase('https://example.org/x', '/netralitas/')).toBe('https://example.org/x');
    expect(withBase('#pasal-1', '/netralitas/')).toBe('#pasal-1');
  });
  it('normalises a base path to one shape, slash at both ends', () => {
    for (const b of ['netralitas', '/netralitas', 'netralitas/', '/netralitas/', '//netralitas//'])
      expect(normalizeBase(b), b).toBe('/netralitas/');
    for (const b of ['', '/', undefined]) expect(normalizeBase(b), String(b)).toBe('/');
  });
});

describe('marked doc sections', () => {
  const doc = '# T\n\n<!-- a:start -->\nold\n<!-- a:end -->\n\ntail\n';
  it('replaces only the marked section and reads it back', () => {
    const out = replaceSection(doc, 'a', 'new $& text');
    expect(out).toBe('# T\n\n<!-- a:start -->\nnew $& text\n<!-- a:end -->\n\ntail\n');
    expect(readSection(out, 'a')).toBe('new $& text');
  });
  it('appends a section that is not there yet', () => {
    expect(replaceSection('# T\n', 'b', 'x')).toBe('# T\n\n<!-- b:start -->\nx\n<!-- b:end -->\n');
    expect(readSection('# T\n', 'b')).toBeUndefined();
  });
});

describe('absoluteUrl', () => {
  it('is the absolute URL when SITE_URL is set, under the base', () => {
    expect(absoluteUrl('/deklarasi/x/', 'https://netralitas.example.id', '/')).toBe(
      'https://netralitas.example.id/deklarasi/x/',
    );
    expect(absoluteUrl('/deklarasi/x/', 'https://example.org/', '/netralitas/')).toBe(
      'https://example.org/netralitas/deklarasi/x/',
    );
    // A site with a path: the base decides the path, never doubled.
    expect(absoluteUrl('/data/', 'https://example.org/netralitas/', '/netralitas/')).toBe(
      'https://example.org/netralitas/data/',
    );
  });
  it('is the base-aware path without SITE_URL', () => {
    expect(absoluteUrl('/deklarasi/x/', undefined, '/')).toBe('/deklarasi/x/');
    expect(absoluteUrl('/deklarasi/x/', undefined, '/netralitas/')).toBe('/netralitas/deklarasi/x/');
    expect(absoluteUrl('/deklarasi/x/', '', '/netralitas/')).toBe('/netralitas/deklarasi/x/');
  });
  it('leaves absolute URLs alone', () => {
    expect(absoluteUrl('https://jdih.example.go.id/a', 'https://example.org', '/')).toBe(
      'https://jdih.example.go.id/a',
    );
  });
});

describe('inSentence', () => {
  it('lower-cases a sentence-case label but keeps acronyms (bug 16)', () => {
    expect(inSentence('Media sosial')).toBe('media sosial');
    expect(inSentence('PPPK dan non-ASN')).toBe('PPPK dan non-ASN');
    expect(inSentence('ASN')).toBe('ASN');
    expect(inSentence('Kepala desa')).toBe('kepala desa');
    expect(inSentence('Pj kepala daerah')).toBe('Pj kepala daerah');
  });
});

describe('regions', () => {
  it('has all 38 provinces and 514 regencies from idn-area-data', async () => {
    const r = await loadRegions();
    expect(r.provinces.size).toBe(38);
    expect(r.regencies.size).toBe(514);
    expect(r.regencies.get('53.71')?.name).toBe('Kota Kupang');
  });
  it('maps provinces to their legal time zone', () => {
    expect(timezoneOf('53')).toBe('WITA');
    expect(timezoneOf('81')).toBe('WIT');
    expect(timezoneOf('31')).toBe('WIB');
    expect(timezoneOf('96')).toBe('WIT');
  });
});

describe('declaration shaping', () => {
  const records = [
    rec('a', '2024-10-17', '53.71'),
    rec('b', '2024-08-21', '53.71', { ikrar: 'empat' }),
    rec('c', '2023-11-27', '81.72', { ikrar: 'empat' }),
    rec('d', '2024-10-01', '53'),
  ];
  it('sorts newest first', () => {
    expect([...records].sort(byDateDesc).map((r) => r.id)).toEqual(['a', 'd', 'b', 'c']);
  });
  it('counts every province, including those with none', async () => {
    const counts = provinceCounts(records, await loadRegions());
    expect(counts).toHaveLength(38);
    expect(counts.find((p) => p.code === '53')?.count).toBe(3);
    expect(counts.find((p) => p.code === '81')?.count).toBe(1);
    expect(counts.filter((p) => p.count === 0)).toHaveLength(36);
  });
  it('counts regions with records', async () => {
    const r = regionCounts(records, await loadRegions());
    expect(r.map((x) => [x.code, x.count])).toEqual([
      ['53', 1],
      ['53.71', 2],
      ['81.72', 1],
    ]);
  });
  it('builds a gap-free monthly timeline', () => {
    const t = monthlyTimeline(records);
    expect(t[0]).toEqual({ month: '2023-11', count: 1 });
    expect(t.at(-1)).toEqual({ month: '2024-10', count: 2 });
    expect(t).toHaveLength(12);
    expect(t.reduce((s, m) => s + m.count, 0)).toBe(records.length);
  });
  it('groups declarations by pledge', () => {
    expect(
      usageByIkrar(records)
        .get('empat')
        ?.map((r) => r.id),
    ).toEqual(['b', 'c']);
  });
  it('exports one flat row with every documented column', async () => {
    const row = toRow(records[0]!, await loadRegions(), '/deklarasi/a/');
    expect(Object.keys(row)).toEqual(CSV_COLUMNS.map((c) => c.name));
    expect(row.provinsi).toBe('Nusa Tenggara Timur');
    expect(row.wilayah).toBe('Kota Kupang');
  });
  it('builds a citation with the stable id and absolute URL when the origin is known', () => {
    const c = citeText(records[0]!, 'Kota Kupang', '/deklarasi/a/', 'https://contoh.id');
    expect(c.url).toBe('https://contoh.id/deklarasi/a/');
    expect(c.text).toContain('ID a');
    expect(c.text).toContain('17 Oktober 2024');
  });
});

describe('sanction matrix', () => {
  it('orders from the lightest sanction to the heaviest', () => {
    const mk = (id: string, tingkat: string) =>
      ({
        id,
        data: { judul: id, kelompok: 'media-sosial', jenis: 'disiplin', sanksi: { tingkat } },
      }) as unknown as EntryOf<'larangan'>;
    expect(
      sanctionMatrix([mk('x', 'ptdh'), mk('y', 'moral'), mk('z', 'berat'), mk('w', 'sedang')]).map((r) => r.id),
    ).toEqual(['y', 'w', 'z', 'x']);
  });
});

describe('tableUnder', () => {
  it('reads the body rows of the first table under a heading', () => {
    const md =
      '# T\n\n## Ringkasan\n\nIntro.\n\n| A | B |\n| --- | --- |\n| a1 | b1 |\n| a2 | b2 |\n\nAfter.\n\n## Lain\n\n| x | y |\n';
    expect(tableUnder(md, 'Ringkasan')).toEqual([
      ['a1', 'b1'],
      ['a2', 'b2'],
    ]);
    expect(tableUnder(md, 'Tidak ada')).toEqual([]);
  });
});

describe('print footers', () => {
  it('names footer files after the sheet path', () => {
    expect(printSlug('/ikrar/kota-tual-2023/cetak/')).toBe('ikrar-kota-tual-2023-cetak');
    expect(printSlug('/cetak/lapor/')).toBe('cetak-lapor');
  });
  it('puts the URL on the first line and escapes the text for CSS', () => {
    const text = printFooterText('https://contoh.id/cetak/lapor/', '2026-11-23');
    expect(text).toBe(
      'https://contoh.id/cetak/lapor/\nRambu Netralitas ASN · diverifikasi 23 November 2026 · bukan edisi resmi peraturan',
    );
    const css = printFooterCss('a "b" \\ c\nd', 'x.svg');
    expect(css).toContain('content: "a \\"b\\" \\\\ c\\A d";');
    expect(css).toContain('content: url("x.svg")');
    expect(printFooterCss('a')).toContain('content: none');
  });
  it('fits about 20 signature rows under a short pledge, fewer under a long one', () => {
    expect(signatureRows(['Satu.', 'Dua.', 'Tiga.'])).toBe(20);
    expect(signatureRows(Array.from({ length: 8 }, () => 'x'.repeat(250)))).toBeLessThan(17);
    expect(signatureRows(Array.from({ length: 40 }, () => 'x'.repeat(250)))).toBe(10);
  });
});

describe('shortDescription', () => {
  it('keeps a short text, cuts a long one after its last whole sentence within the limit', () => {
    expect(shortDescription('Satu kalimat pendek.')).toBe('Satu kalimat pendek.');
    const a = 'Pemerintah Kabupaten Landak menggelar apel netralitas ASN pada Selasa, 8 Agustus 2023.';
    const b = 'Penjabat bupati meminta seluruh pegawai menjaga netralitas di media sosial dan di kantor.';
    const c = 'Bawaslu dan KPU hadir, dan pegawai diminta melapor bila melihat pelanggaran di lingkungannya.';
    expect(shortDescription(`${a} ${b} ${c}`)).toBe(`${a} ${b}`);
    expect(shortDescription(`${a} ${b} ${c}`).length).toBeLessThanOrEqual(DESCRIPTION_MAX);
  });
  it('without a sentence end in reach, cuts at a word and marks the cut; decimals are not sentence ends', () => {
    const long = `Kode 18.10 ${'netralitas '.repeat(30)}akhir.`;
    const out = shortDescription(long);
    expect(out.endsWith('netralitas…')).toBe(true);
    expect(out.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(shortDescription('  spasi   ganda\n di tengah ')).toBe('spasi ganda di tengah');
    // A sentence that ends one character past the limit does not count.
    expect(shortDescription(`${'kata '.repeat(40)}x. Lagi.`).length).toBeLessThanOrEqual(DESCRIPTION_MAX);
  });
});

describe('rolesByPerson', () => {
  it("lists each official's roles oldest first, from one pass, and leaves out officials without an id", async () => {
    const regions = await loadRegions();
    const who = (orang: string | undefined, jabatan: string) => ({ nama: 'N', jabatan, ...(orang ? { orang } : {}) });
    const records = [
      rec('b', '2024-10-17', '53.71', { pejabat: [who('ana', 'Pj Wali Kota'), who(undefined, 'Sekda')] }),
      rec('a', '2023-08-08', '53.71', { pejabat: [who('ana', 'Sekda'), who('budi', 'Kepala BKPSDM')] }),
    ];
    const roles = rolesByPerson(records, regions);
    expect([...roles.keys()].sort()).toEqual(['ana', 'budi']);
    expect(roles.get('ana')!.map((r) => [r.tanggal, r.jabatan, r.id, r.place])).toEqual([
      ['2023-08-08', 'Sekda', 'a', 'Kota Kupang'],
      ['2024-10-17', 'Pj Wali Kota', 'b', 'Kota Kupang'],
    ]);
  });
});
