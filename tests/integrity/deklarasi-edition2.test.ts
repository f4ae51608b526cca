// Targets the second edition of the declarations database must keep meeting (issue 14): size,
// older cycles, every province covered or its empty searches written down, officials pages earned,
// typed sources, and a change log that accounts for every record.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../support/content.ts';
import { loadRegions, provinceOf } from '../../src/lib/regions.ts';
import { MIN_RECORDS } from '../../src/collections/orang.ts';

let c: Awaited<ReturnType<typeof loadContent>>;
beforeAll(async () => {
  c = await loadContent();
});

describe('declarations, second edition', () => {
  it('holds at least 300 records', () => {
    expect(c.deklarasi.length).toBeGreaterThanOrEqual(300);
  });

  it('holds at least 40 records from Pemilu 2019 and Pilkada 2020', () => {
    const older = c.deklarasi.filter((d) => d.data.pemilihan.some((p) => p === 'pemilu-2019' || p === 'pilkada-2020'));
    expect(older.length).toBeGreaterThanOrEqual(40);
  });

  it('every province has a record, or a not-found entry that lists its searches', async () => {
    const regions = await loadRegions();
    expect(regions.provinces.size).toBe(38);
    const withRecord = new Set(c.deklarasi.flatMap((d) => (d.data.wilayah ? [provinceOf(d.data.wilayah)] : [])));
    const searchedEmpty = new Set(
      c['belum-pasti']
        .filter((b) => b.data.bidang === 'deklarasi' && b.data.keadaan === 'tidak-ditemukan')
        .filter((b) => b.data.wilayah && b.data.pencarian.length > 0)
        .map((b) => provinceOf(b.data.wilayah!)),
    );
    const uncovered = [...regions.provinces.keys()].filter((p) => !withRecord.has(p) && !searchedEmpty.has(p));
    expect(uncovered).toEqual([]);
  });

  it('every official with a page appears in at least two records', () => {
    const uses = new Map<string, number>();
    for (const d of c.deklarasi)
      for (const id of new Set(d.data.pejabat.flatMap((p) => p.orang ?? []))) uses.set(id, (uses.get(id) ?? 0) + 1);
    const thin = c.orang.filter((o) => (uses.get(o.id) ?? 0) < MIN_RECORDS).map((o) => o.id);
    expect(thin).toEqual([]);
  });

  it('every source of every record is typed', () => {
    const untyped = c.deklarasi.flatMap((d) =>
      d.data.sumber.flatMap((s, i) =>
        ['resmi', 'berita', 'lainnya'].includes(s.jenis) ? [] : [`${d.id} sumber[${i}]`],
      ),
    );
    expect(untyped).toEqual([]);
  });

  it('a record whose source headline is missing is not also claiming one in its note', () => {
    // Headlines are never rebuilt from URLs: an empty judul is allowed, an invented one is not.
    const bad = c.deklarasi.filter((d) => /dibiarkan seperti semula/.test(d.data.catatan_verifikasi)).map((d) => d.id);
    expect(bad).toEqual([]);
  });

  it('the change log accounts for every record (added in an entry, or part of an edition release)', () => {
    const logged = new Set(c.perubahan.filter((p) => p.data.bidang === 'deklarasi').flatMap((p) => p.data.deklarasi));
    const missing = c.deklarasi.map((d) => d.id).filter((id) => !logged.has(id));
    expect(missing).toEqual([]);
  });

  it('no record is logged as both released in the first edition and added later', () => {
    const released = new Set(c.perubahan.filter((p) => p.data.jenis === 'rilis').flatMap((p) => p.data.deklarasi));
    const added = c.perubahan.filter((p) => p.data.jenis === 'tambah').flatMap((p) => p.data.deklarasi);
    expect(added.filter((id) => released.has(id))).toEqual([]);
  });
});
