import { describe, expect, it } from 'vitest';
import { instrumentsFor } from '../../src/lib/cycles.ts';
import { schema as regulasiSchema } from '../../src/collections/regulasi.ts';
import { supervisorOn } from '../../src/collections/pemilihan.ts';
import type { EntryOf } from '../../src/collections/index.ts';

const reg = (id: string, extra: Record<string, unknown>): EntryOf<'regulasi'> => ({
  id,
  data: regulasiSchema.parse({
    judul_singkat: id,
    judul: `Peraturan ${id} tentang uji`,
    jenis: 'PP',
    nomor: [{ nomor: '1' }],
    tahun: 2020,
    penerbit: ['Presiden RI'],
    status: 'berlaku',
    sumber: [{ media: 'M', judul: 'T', url: 'https://example.org/x' }],
    diverifikasi: '2026-11-23',
    ringkasan: 'R',
    ...extra,
  }),
});

describe('instruments that applied in an election', () => {
  const old = reg('lama', { tahun: 2010, tanggal_berlaku: '2010-06-06', status: 'dicabut' });
  const neu = reg('baru', {
    tahun: 2021,
    tanggal_ditetapkan: '2021-08-31',
    relasi: [{ jenis: 'mencabut', regulasi: 'lama' }],
  });
  const pemiluOnly = reg('pemilu', { tahun: 2017, tanggal_ditetapkan: '2017-08-15', lingkup: ['pemilu'] });
  const forOne = reg('skb', {
    tahun: 2020,
    tanggal_ditetapkan: '2020-09-10',
    status: 'tidak-berlaku',
    untuk_pemilihan: ['pilkada-2020'],
  });
  const yearOnly = reg('tahun', { tahun: 2024 });
  const all = [old, neu, pemiluOnly, forOne, yearOnly];
  const ids = (xs: { reg: { id: string } }[]) => xs.map((x) => x.reg.id).sort();

  it('uses the old rule before its successor took effect and the new one after', () => {
    expect(ids(instrumentsFor(all, 'pilkada-2020', 'pilkada', '2020-12-09'))).toEqual(['lama', 'skb']);
    expect(ids(instrumentsFor(all, 'pilkada-2024', 'pilkada', '2024-11-27'))).toEqual(['baru', 'tahun']);
  });

  it('says when a later instrument revoked one that applied then', () => {
    const lama = instrumentsFor(all, 'pilkada-2020', 'pilkada', '2020-12-09').find((x) => x.reg.id === 'lama')!;
    expect(lama.laterRevokedBy).toEqual(['baru']);
  });

  it('keeps election laws to their kind of election and election-specific instruments to their election', () => {
    expect(ids(instrumentsFor(all, 'pemilu-2019', 'pemilu', '2019-04-17'))).toEqual(['lama', 'pemilu']);
    expect(ids(instrumentsFor(all, 'pemilu-2024', 'pemilu', '2024-02-14'))).toEqual(['baru', 'pemilu', 'tahun']);
  });

  it('flags an instrument known only by its year as uncertain in that year, not silently in or out', () => {
    const t = instrumentsFor(all, 'pemilu-2024', 'pemilu', '2024-02-14').find((x) => x.reg.id === 'tahun')!;
    expect(t.certainty).toBe('belum-pasti');
    expect(t.note).toMatch(/tahun 2024/);
  });

  it('names KASN before 24 August 2024 and BKN from then on', () => {
    expect(supervisorOn('2024-02-14').nama).toMatch(/KASN/);
    expect(supervisorOn('2024-08-23').nama).toMatch(/KASN/);
    expect(supervisorOn('2024-08-24').nama).toMatch(/BKN/);
    expect(supervisorOn('2024-11-27').nama).toMatch(/BKN/);
  });
});
