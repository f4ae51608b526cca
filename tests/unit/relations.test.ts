import { describe, expect, it } from 'vitest';
import {
  relationsOf,
  revokersOf,
  statusNotice,
  noticesFor,
  citationLabel,
  citationPath,
} from '../../src/lib/relations.ts';
import type { EntryOf } from '../../src/collections/index.ts';
import { schema as regulasiSchema } from '../../src/collections/regulasi.ts';

const reg = (id: string, extra: Record<string, unknown>): EntryOf<'regulasi'> => ({
  id,
  data: regulasiSchema.parse({
    judul_singkat: id.toUpperCase(),
    judul: `Judul ${id}`,
    jenis: 'UU',
    nomor: [{ nomor: '1' }],
    tahun: 2020,
    penerbit: ['P'],
    status: 'berlaku',
    sumber: [{ media: 'M', judul: 'T', url: 'https://example.org' }],
    diverifikasi: '2026-11-23',
    ringkasan: 'R',
    ...extra,
  }),
});
const all = [
  reg('lama', {
    status: 'dicabut',
    pasal: [
      {
        anchor: 'pasal-9-ayat-2',
        label: 'Pasal 9 ayat (2)',
        inti: 'x',
        dilanjutkan_oleh: { regulasi: 'baru', pasal: 'pasal-9-ayat-2' },
      },
      { anchor: 'pasal-1', label: 'Pasal 1', inti: 'y' },
    ],
  }),
  reg('baru', {
    relasi: [{ jenis: 'mencabut', regulasi: 'lama' }],
    pasal: [{ anchor: 'pasal-9-ayat-2', label: 'Pasal 9 ayat (2)', inti: 'x' }],
  }),
  reg('pp', { relasi: [{ jenis: 'melaksanakan', regulasi: 'baru', pasal: 'pasal-9-ayat-2' }] }),
];

describe('relations', () => {
  it('derives the inverse of every relation', () => {
    expect(relationsOf('lama', all).map((r) => `${r.label} ${r.target}`)).toEqual(['Dicabut oleh baru']);
    expect(relationsOf('baru', all).map((r) => `${r.label} ${r.target}`)).toEqual([
      'Mencabut lama',
      'Dilaksanakan oleh pp',
    ]);
  });
  it('finds revokers', () => {
    expect(revokersOf('lama', all)).toEqual(['baru']);
    expect(revokersOf('baru', all)).toEqual([]);
  });
  it('gives no notice for an instrument simply in force', () => {
    expect(statusNotice({ regulasi: 'baru' }, all)).toBeNull();
  });
  it('names the successor provision of a revoked pasal', () => {
    const n = statusNotice({ regulasi: 'lama', pasal: 'pasal-9-ayat-2' }, all)!;
    expect(n.status).toBe('dicabut');
    expect(n.by).toEqual(['baru']);
    expect(n.successor).toEqual({ regulasi: 'baru', pasal: 'pasal-9-ayat-2' });
  });
  it('collects one notice per cited revoked provision', () => {
    const n = noticesFor(
      [{ regulasi: 'lama', pasal: 'pasal-1' }, { regulasi: 'lama', pasal: 'pasal-1' }, { regulasi: 'baru' }],
      all,
    );
    expect(n).toHaveLength(1);
    expect(n[0]!.notice.successor).toBeUndefined();
  });
  it('collects one notice for an amended instrument however many of its provisions are cited', () => {
    const amended = [
      ...all,
      reg('ubah', {
        status: 'diubah',
        pasal: [
          { anchor: 'pasal-1', label: 'Pasal 1', inti: 'a' },
          { anchor: 'pasal-2', label: 'Pasal 2', inti: 'b' },
        ],
      }),
      reg('putusan', { relasi: [{ jenis: 'mengubah', regulasi: 'ubah' }] }),
    ];
    const n = noticesFor(
      [
        { regulasi: 'ubah', pasal: 'pasal-1' },
        { regulasi: 'ubah', pasal: 'pasal-2' },
        { regulasi: 'lama', pasal: 'pasal-9-ayat-2' },
        { regulasi: 'lama', pasal: 'pasal-1' },
      ],
      amended,
    );
    expect(n.map((x) => `${x.ref.regulasi}#${x.ref.pasal ?? ''}`)).toEqual([
      'ubah#',
      'lama#pasal-9-ayat-2',
      'lama#pasal-1',
    ]);
    expect(n[0]!.notice.by).toEqual(['putusan']);
  });
  it('labels and links citations', () => {
    expect(citationLabel({ regulasi: 'baru', pasal: 'pasal-9-ayat-2' }, all)).toBe('BARU Pasal 9 ayat (2)');
    expect(citationPath({ regulasi: 'baru', pasal: 'pasal-9-ayat-2' })).toBe('/regulasi/baru/#pasal-9-ayat-2');
  });
});
