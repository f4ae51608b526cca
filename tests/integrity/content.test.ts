// Facts about the real content/ that the law and the data depend on. The general rules (references,
// sanction bases, revoked instruments, scenario sanctions …) are the checker's (src/collections/*.ts,
// tested against broken fixtures in tests/unit/validate.test.ts); this file holds what is true of
// this particular content.
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import { isDraft } from '../../scripts/lib/templates.ts';
import { checkContentDir, formatProblem } from '../../src/lib/validate.ts';
import { SITUATIONS, situationOf } from '../../src/collections/situasi.ts';
import { ROOT } from '../support/dist.ts';
import { loadContent } from '../support/content.ts';

let c: Awaited<ReturnType<typeof loadContent>>;
beforeAll(async () => {
  c = await loadContent();
});
const get = (id: string) => c.regulasi.find((r) => r.id === id)!;

describe('content/ as a whole', () => {
  it('holds no unfinished draft from npm run baru (valid skeletons may not be published)', () => {
    const dir = path.resolve(ROOT, process.env.CONTENT_DIR ?? 'content');
    const drafts = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
      (f) => /\.(ya?ml|mdx)$/.test(f) && isDraft(readFileSync(path.join(dir, f), 'utf8')),
    );
    expect(drafts).toEqual([]);
  });

  it('passes every schema and cross-reference check', async () => {
    const problems = await checkContentDir(path.resolve(ROOT, process.env.CONTENT_DIR ?? 'content'), ROOT);
    expect(problems.map(formatProblem)).toEqual([]);
  });
});

describe('prohibited acts (larangan)', () => {
  it('one entry for each of the 20 violation types in the 2022 joint decree annex', () => {
    const skb = get('skb-netralitas-2022');
    expect(skb.data.jumlah_butir_lampiran).toBe(20);
    const annexAnchors = skb.data.pasal.filter((p) => /^lampiran-[ab]-\d+$/.test(p.anchor)).map((p) => p.anchor);
    const fromAnnex = c.larangan.flatMap((l) =>
      l.data.skb ? [`lampiran-${l.data.skb.bagian.toLowerCase()}-${l.data.skb.nomor}`] : [],
    );
    expect(fromAnnex.sort()).toEqual(annexAnchors.sort());
    expect(fromAnnex).toHaveLength(20);
  });

  it('covers the eight situation groups of the annex; with the scenarios, every group has content', () => {
    expect(new Set(c.larangan.map((l) => l.data.kelompok))).toEqual(new Set(SITUATIONS.slice(0, 8)));
    const used = new Set([
      ...c.larangan.map((l) => l.data.kelompok),
      ...c.skenario.map((s) => situationOf(s.data.topik)),
    ]);
    expect(used).toEqual(new Set(SITUATIONS));
  });
});

describe('instruments (regulasi)', () => {
  it('UU 5/2014 is revoked by UU 20/2023 and PP 53/2010 by PP 94/2021', () => {
    expect(get('uu-5-2014').data.status).toBe('dicabut');
    expect(get('uu-20-2023').data.relasi).toContainEqual(
      expect.objectContaining({ jenis: 'mencabut', regulasi: 'uu-5-2014' }),
    );
    expect(get('pp-53-2010').data.status).toBe('dicabut');
    expect(get('pp-94-2021').data.relasi).toContainEqual(
      expect.objectContaining({ jenis: 'mencabut', regulasi: 'pp-53-2010' }),
    );
  });

  it('the joint decree carries all five official numbers', () => {
    expect(get('skb-netralitas-2022').data.nomor.map((n) => n.nomor)).toEqual(
      expect.arrayContaining([
        '2 Tahun 2022',
        '800-5474 Tahun 2022',
        '246 Tahun 2022',
        '30 Tahun 2022',
        '1447.1/PM.01/K.1/09/2022',
      ]),
    );
  });
});

describe('declarations (deklarasi)', () => {
  it('at least 100 records across at least 25 provinces', () => {
    expect(c.deklarasi.length).toBeGreaterThanOrEqual(100);
    expect(new Set(c.deklarasi.flatMap((r) => r.data.wilayah?.slice(0, 2) ?? [])).size).toBeGreaterThanOrEqual(25);
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
    for (const t of [
      'ASN',
      'PNS',
      'PPPK',
      'PTT',
      'BAWASLU',
      'KASN',
      'BKN',
      'PEMILU',
      'PILKADA',
      'KAMPANYE',
      'MASA TENANG',
    ])
      expect(terms, t).toContain(t);
  });
});
