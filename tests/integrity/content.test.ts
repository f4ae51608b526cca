// Invariants of the real content/ that the law and the data depend on.
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { checkContentDir, formatProblem } from '../../src/lib/validate.ts';
import { loadRegions } from '../../src/lib/regions.ts';
import { ROOT } from '../support/dist.ts';
import { loadContent } from '../support/content.ts';

let c: Awaited<ReturnType<typeof loadContent>>;
beforeAll(async () => {
  c = await loadContent();
});
const anchors = (id: string) => new Set((c.regulasi.find((r) => r.id === id)?.data.pasal ?? []).map((p: any) => p.anchor));

describe('content/ as a whole', () => {
  it('passes every schema and cross-reference check', async () => {
    const problems = await checkContentDir(path.resolve(ROOT, process.env.CONTENT_DIR ?? 'content'), ROOT);
    expect(problems.map(formatProblem)).toEqual([]);
  });
});

describe('prohibited acts (larangan)', () => {
  it('each has a sanction and a legal basis that resolves to a pasal anchor', () => {
    for (const l of c.larangan) {
      expect(l.data.sanksi.uraian.length, l.id).toBeGreaterThan(10);
      for (const refs of [l.data.dasar_hukum, l.data.sanksi.dasar]) {
        const withAnchor = refs.filter((r: any) => r.pasal && anchors(r.regulasi).has(r.pasal));
        expect(withAnchor.length, `${l.id}: basis with a resolvable pasal`).toBeGreaterThan(0);
      }
    }
  });

  it('one entry for every violation type in the 2022 joint decree annex, none dropped, none invented', () => {
    const skb = c.regulasi.find((r) => r.id === 'skb-netralitas-2022')!;
    const recorded = skb.data.jumlah_butir_lampiran;
    expect(recorded).toBe(20);
    const annexAnchors = skb.data.pasal.filter((p: any) => /^lampiran-[ab]-\d+$/.test(p.anchor)).map((p: any) => p.anchor).sort();
    const fromAnnex = c.larangan.filter((l) => l.data.skb).map((l) => `lampiran-${l.data.skb.bagian.toLowerCase()}-${l.data.skb.nomor}`).sort();
    expect(fromAnnex).toHaveLength(recorded);
    expect(fromAnnex).toEqual(annexAnchors);
    expect(c.larangan.filter((l) => l.data.skb?.bagian === 'A').every((l) => l.data.jenis === 'kode-etik' && l.data.sanksi.tingkat === 'moral')).toBe(true);
  });

  it('kode etik sanctions rest on PP 42/2004 Pasal 15 and disciplinary ones on PP 94/2021 Pasal 8 or a statute', () => {
    for (const l of c.larangan) {
      const basis = l.data.sanksi.dasar.map((r: any) => `${r.regulasi}#${r.pasal ?? ''}`);
      if (l.data.sanksi.tingkat === 'moral') expect(basis.some((b: string) => b.startsWith('pp-42-2004#pasal-15')), l.id).toBe(true);
      if (l.data.sanksi.tingkat === 'sedang') expect(basis, l.id).toContain('pp-94-2021#pasal-8-ayat-3');
      if (l.data.sanksi.tingkat === 'berat') expect(basis, l.id).toContain('pp-94-2021#pasal-8-ayat-4');
      if (l.data.jenis === 'pidana') expect(basis.some((b: string) => /^uu-(7-2017|10-2016)#/.test(b)), l.id).toBe(true);
    }
  });

  it('covers every situation group', () => {
    const groups = new Set(c.larangan.map((l) => l.data.kelompok));
    expect(groups.size).toBe(8);
  });

  it('never cites a revoked instrument as the only basis', () => {
    const revoked = new Set(c.regulasi.filter((r) => r.data.status === 'dicabut').map((r) => r.id));
    for (const l of c.larangan) expect(l.data.dasar_hukum.some((r: any) => !revoked.has(r.regulasi)), l.id).toBe(true);
  });
});

describe('instruments (regulasi)', () => {
  it('every revoked instrument is revoked by one in the data, and its provisions name a successor or say why not', () => {
    for (const r of c.regulasi.filter((x) => x.data.status === 'dicabut')) {
      expect(c.regulasi.some((o) => o.data.relasi.some((x: any) => x.jenis === 'mencabut' && x.regulasi === r.id)), r.id).toBe(true);
      for (const p of r.data.pasal) expect(Boolean(p.dilanjutkan_oleh || p.catatan), `${r.id}#${p.anchor}`).toBe(true);
    }
  });

  it('UU 5/2014 is revoked by UU 20/2023 and PP 53/2010 by PP 94/2021', () => {
    const get = (id: string) => c.regulasi.find((r) => r.id === id)!;
    expect(get('uu-5-2014').data.status).toBe('dicabut');
    expect(get('uu-20-2023').data.relasi).toContainEqual(expect.objectContaining({ jenis: 'mencabut', regulasi: 'uu-5-2014' }));
    expect(get('pp-53-2010').data.status).toBe('dicabut');
    expect(get('pp-94-2021').data.relasi).toContainEqual(expect.objectContaining({ jenis: 'mencabut', regulasi: 'pp-53-2010' }));
  });

  it('the joint decree carries all five official numbers', () => {
    const skb = c.regulasi.find((r) => r.id === 'skb-netralitas-2022')!;
    expect(skb.data.nomor.map((n: any) => n.nomor)).toEqual(
      expect.arrayContaining(['2 Tahun 2022', '800-5474 Tahun 2022', '246 Tahun 2022', '30 Tahun 2022', '1447.1/PM.01/K.1/09/2022']),
    );
  });
});

describe('declarations (deklarasi)', () => {
  it('at least 100 records across at least 25 provinces', () => {
    expect(c.deklarasi.length).toBeGreaterThanOrEqual(100);
    expect(new Set(c.deklarasi.map((r) => r.data.wilayah.slice(0, 2))).size).toBeGreaterThanOrEqual(25);
  });

  it('every record has a source URL, a verification date and a known region code', async () => {
    const regions = await loadRegions();
    for (const r of c.deklarasi) {
      expect(r.data.sumber.length, r.id).toBeGreaterThan(0);
      for (const s of r.data.sumber) expect(s.url, r.id).toMatch(/^https?:\/\/[^/]+\.[a-z]{2,}/i);
      expect(r.data.diverifikasi, r.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const code = r.data.wilayah;
      expect(code.length === 2 ? regions.provinces.has(code) : regions.regencies.has(code), `${r.id}: ${code}`).toBe(true);
    }
  });

  it('the five seed events are present', () => {
    const ids = c.deklarasi.map((r) => r.id);
    for (const id of [
      '2024-08-21-kota-kupang-bawaslu-sosialisasi-deklarasi',
      '2024-09-09-kota-kupang-apel-gabungan',
      '2024-10-17-kota-kupang-apel-korpri-deklarasi',
      '2024-11-04-kota-kendari-komisi-i-dprd-kunker',
      '2023-11-27-kota-tual-apel-ikrar-deklarasi',
    ])
      expect(ids).toContain(id);
  });
});

describe('glossary', () => {
  it('has at least 40 terms including the core ones', () => {
    expect(c.glosarium.length).toBeGreaterThanOrEqual(40);
    const terms = new Set(c.glosarium.map((g) => g.data.istilah.toUpperCase()));
    for (const t of ['ASN', 'PNS', 'PPPK', 'PTT', 'BAWASLU', 'KASN', 'BKN', 'PEMILU', 'PILKADA', 'KAMPANYE', 'MASA TENANG']) expect(terms, t).toContain(t);
  });
});
