// A minimal valid declaration record for unit tests (parsed by the real schema).
import { schema as deklarasiSchema } from '../../src/collections/deklarasi.ts';
import type { Rec } from '../../src/lib/deklarasi.ts';

export const rec = (id: string, tanggal: string, wilayah: string, extra: Record<string, unknown> = {}): Rec => ({
  id,
  data: deklarasiSchema.parse({
    id,
    judul: 'J',
    kategori: 'ikrar',
    tanggal,
    ...(wilayah ? { wilayah } : {}),
    tingkat: wilayah === '' ? 'nasional' : wilayah.length === 2 ? 'provinsi' : 'kota',
    jenis_kegiatan: ['apel'],
    pemilihan: ['pilkada-2024'],
    ringkasan: 'R',
    sumber: [{ media: 'M', judul: 'T', url: 'https://example.org/a', jenis: 'berita' }],
    diverifikasi: '2026-11-23',
    catatan_verifikasi: 'C',
    ...extra,
  }),
});
