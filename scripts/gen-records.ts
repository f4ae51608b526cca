// Deterministic benchmark content: copies ./content to a folder and adds N synthetic
// declaration records shaped like the real ones (3–6 officials, 2 sources, ~60-word
// ringkasan, ~50-word catatan_verifikasi, real Kemendagri codes, correct weekday and
// time zone). The records pass the content checker.
//
//   node scripts/gen-records.ts N [OUT_DIR]   → prints OUT_DIR (default: a new temp dir)
//
// Same N, same files, byte for byte (seeded PRNG, no clock).
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WEEKDAYS } from '../src/collections/common.ts';
import { EVENT_TYPES as KINDS, PARTICIPANT_GROUPS as PESERTA, type EventType } from '../src/collections/deklarasi.ts';
import type { Election } from '../src/collections/pemilihan.ts';
import { loadRegions, timezoneOf, type Regency } from '../src/lib/regions.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

interface Rng {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  some<T>(xs: readonly T[], lo: number, hi: number): T[];
}

/** mulberry32: small, fast, deterministic. */
function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const some = <T>(xs: readonly T[], lo: number, hi: number): T[] => {
    const pool = [...xs];
    const k = Math.min(pool.length, int(lo, hi));
    const out: T[] = [];
    for (let i = 0; i < k; i++) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
    return out;
  };
  return { next, int, pick, some };
}

export interface Areas {
  /** Province code → name. */
  provinces: Map<string, string>;
  regencies: Regency[];
}

/** Kemendagri codes and names, from the same package the content checker reads. */
export async function loadAreas(): Promise<Areas> {
  const regions = await loadRegions();
  return {
    provinces: new Map([...regions.provinces.values()].map((p) => [p.code, p.name])),
    regencies: [...regions.regencies.values()],
  };
}

const FIRST = [
  'Ahmad',
  'Budi',
  'Siti',
  'Dewi',
  'Hendra',
  'Yusuf',
  'Rina',
  'Agus',
  'Fajar',
  'Nur',
  'Made',
  'Ketut',
  'Yohanes',
  'Maria',
  'Andi',
  'La Ode',
  'Teuku',
  'Cut',
  'Ratna',
  'Imam',
  'Bambang',
  'Sri',
  'Eko',
  'Frans',
  'Rahmat',
  'Wayan',
  'Lukas',
  'Hasan',
  'Irma',
  'Taufik',
];
const LAST = [
  'Saputra',
  'Wibowo',
  'Hidayat',
  'Lestari',
  'Nugroho',
  'Siregar',
  'Harahap',
  'Pratama',
  'Kurniawan',
  'Rahman',
  'Sinaga',
  'Tanjung',
  'Manurung',
  'Pattiasina',
  'Wenda',
  'Mandagi',
  'Rumbiak',
  'Suryadi',
  'Hakim',
  'Sulistyo',
  'Daeng',
  'Lubis',
  'Nasution',
  'Purba',
  'Kaunang',
];
const MEDIA = [
  'Antara',
  'Kompas',
  'Tribun',
  'Detik',
  'RRI',
  'Media Indonesia',
  'Radar',
  'Suara',
  'Pos Kota',
  'Bisnis Daerah',
  'Humas Pemda',
  'Info Publik',
];
const KIND_WORD: Record<EventType, string> = {
  deklarasi: 'deklarasi',
  ikrar: 'ikrar',
  'pakta-integritas': 'pakta integritas',
  apel: 'apel',
  sosialisasi: 'sosialisasi',
  'rapat-koordinasi': 'rapat koordinasi',
  'surat-edaran': 'surat edaran',
  'kunjungan-kerja': 'kunjungan kerja',
  lainnya: 'kegiatan',
};
const LEMBAGA = ['KPU', 'Bawaslu', 'Kejaksaan Negeri', 'Polres', 'Kodim', 'BKPSDM', 'Inspektorat', 'DPRD'];
const TEMPAT = [
  'Halaman Kantor Bupati',
  'Aula Sekretariat Daerah',
  'Lapangan Upacara Kantor Wali Kota',
  'Gedung Serbaguna',
  'Pendopo Kabupaten',
  'Balai Pertemuan',
  'Ruang Rapat Utama',
];
const REGS: { regulasi: string; pasal?: string }[] = [
  { regulasi: 'uu-20-2023' },
  { regulasi: 'skb-netralitas-2022' },
  { regulasi: 'pp-94-2021', pasal: 'pasal-5-huruf-n' },
  { regulasi: 'uu-7-2017' },
  { regulasi: 'uu-10-2016' },
  { regulasi: 'pp-42-2004' },
];
const FILL = [
  'ASN',
  'diingatkan',
  'untuk',
  'menjaga',
  'netralitas',
  'dalam',
  'setiap',
  'tahapan',
  'pemilu',
  'dan',
  'pilkada',
  'termasuk',
  'di',
  'media',
  'sosial',
  'tidak',
  'memberi',
  'dukungan',
  'kepada',
  'calon',
  'serta',
  'melapor',
  'bila',
  'melihat',
  'pelanggaran',
  'oleh',
  'rekan',
  'kerja',
  'sesuai',
  'ketentuan',
  'disiplin',
  'pegawai',
  'negeri',
  'sipil',
  'kampanye',
  'atribut',
  'partai',
  'politik',
  'pejabat',
  'pembina',
  'kepegawaian',
];

const ymd = (d: Date) => d.toISOString().slice(0, 10);
const q = (s: string) => JSON.stringify(s);

function words(r: Rng, n: number) {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(r.pick(FILL));
  return out.join(' ');
}

/** Folds a long sentence into YAML `>-` block lines. */
function block(text: string) {
  const out: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + w.length + 1 > 110) {
      out.push(`  ${line}`);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(`  ${line}`);
  return `>-\n${out.join('\n')}`;
}

const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** One record as YAML text. `i` is 1-based. */
export function recordYaml(i: number, areas: Areas): { id: string; text: string } {
  const r = rng(0x9e3779b9 ^ (i * 2654435761));
  const provinceLevel = r.next() < 0.1;
  const reg = r.pick(areas.regencies);
  const prov = reg.provinceCode;
  const wilayah = provinceLevel ? prov : reg.code;
  const place = provinceLevel ? `Provinsi ${areas.provinces.get(prov)}` : reg.name;
  const tingkat = provinceLevel ? 'provinsi' : reg.name.startsWith('Kota') ? 'kota' : 'kabupaten';
  // 2023-01-01 .. 2024-12-31
  const day = new Date(Date.UTC(2023, 0, 1) + r.int(0, 730) * 86400000);
  const tanggal = ymd(day);
  const hari = WEEKDAYS[day.getUTCDay()];
  const kinds = r.some(KINDS, 1, 3);
  const kw = kinds.map((k) => KIND_WORD[k]);
  const kindText = kw.length > 1 ? `${kw.slice(0, -1).join(', ')} dan ${kw.at(-1)}` : kw[0]!;
  const year = day.getUTCFullYear();
  const pemilihan: Election[] =
    year === 2023
      ? ['pemilu-2024']
      : r.pick<Election[]>([['pemilu-2024'], ['pilkada-2024'], ['pemilu-2024', 'pilkada-2024']]);
  const lead = tingkat === 'kota' ? 'Wali Kota' : tingkat === 'kabupaten' ? 'Bupati' : 'Gubernur';
  const placeShort = place.replace(/^(Kabupaten|Kota|Provinsi) /, '');
  const pejabat = Array.from({ length: r.int(3, 6) }, (_, k) => ({
    nama: `${r.pick(FIRST)} ${r.pick(LAST)}`,
    jabatan:
      k === 0
        ? `Penjabat ${lead} ${placeShort}`
        : r.pick([
            `Sekretaris Daerah ${placeShort}`,
            `Ketua Bawaslu ${place}`,
            `Ketua KPU ${place}`,
            `Kepala BKPSDM ${place}`,
            `Inspektur ${place}`,
            `Asisten Pemerintahan ${place}`,
          ]),
  }));
  const lembaga = r.some(LEMBAGA, 1, 4).map((l) => `${l} ${place}`);
  const peserta = r.some(PESERTA, 1, 3);
  const withTime = r.next() < 0.6;
  const withIkrar = kinds.includes('ikrar') && r.next() < 0.5;
  const dasar = r.some(REGS, 0, 2);
  const idTail = slugify(`${placeShort} ${kinds[0]}`);
  const id = `bench-${String(i).padStart(5, '0')}-${idTail}`;
  const tgl = `${hari}, ${day.getUTCDate()} ${BULAN[day.getUTCMonth()]} ${year}`;
  const ringkasan = `${lead === 'Gubernur' ? 'Pemerintah Provinsi' : 'Pemerintah'} ${placeShort} menggelar ${kindText} netralitas ASN pada ${tgl} di ${r.pick(TEMPAT)}. ${pejabat[0]!.jabatan} meminta seluruh pegawai ${words(r, 38)}.`;
  const catatan = `${r.pick(MEDIA)} menulis "${hari} (${day.getUTCDate()}/${day.getUTCMonth() + 1})"; sumber kedua menyebut tanggal yang sama. Hari cocok. ${words(r, 30)}. Teks ikrar ${withIkrar ? 'sesuai empat butir' : 'tidak dimuat'}.`;
  const terbit = ymd(new Date(day.getTime() + r.int(0, 2) * 86400000));
  const diverifikasi = ymd(new Date(Date.UTC(2026, 0, 1) + r.int(0, 300) * 86400000));
  const src = (k: number) => {
    const media = r.pick(MEDIA);
    return [
      `  - media: ${q(media)}`,
      `    judul: ${q(`${placeShort}: ${kindText} netralitas ASN jelang ${pemilihan.includes('pilkada-2024') ? 'Pilkada' : 'Pemilu'} 2024 (${k})`)}`,
      `    url: https://berita.example.id/${year}/${id}-${k}`,
      `    terbit: ${terbit}`,
      `    jenis: berita`,
    ].join('\n');
  };
  const lines = [
    `id: ${id}`,
    `judul: ${q(`${kindText[0]!.toUpperCase()}${kindText.slice(1)} netralitas ASN ${place} menjelang ${pemilihan.includes('pilkada-2024') ? 'Pilkada' : 'Pemilu'} 2024`)}`,
    `kategori: ${kinds.some((k) => k === 'ikrar' || k === 'deklarasi' || k === 'pakta-integritas') ? 'ikrar' : 'terkait'}`,
    `tanggal: ${tanggal}`,
    `hari: ${hari}`,
    ...(withTime
      ? [
          `waktu: "${String(r.int(7, 10)).padStart(2, '0')}:${r.pick(['00', '15', '30'])}"`,
          `zona_waktu: ${timezoneOf(prov)}`,
        ]
      : []),
    `wilayah: "${wilayah}"`,
    `tingkat: ${tingkat}`,
    `jenis_kegiatan: [${kinds.join(', ')}]`,
    `pemilihan: [${pemilihan.join(', ')}]`,
    `penyelenggara: [${q(`Pemerintah ${place}`)}]`,
    'pejabat:',
    ...pejabat.map((p) => `  - { nama: ${q(p.nama)}, jabatan: ${q(p.jabatan)} }`),
    `lembaga_hadir: [${lembaga.map(q).join(', ')}]`,
    `peserta: [${peserta.join(', ')}]`,
    `tempat: ${q(`${r.pick(TEMPAT)}, ${place}`)}`,
    ...(withIkrar ? ['ikrar: empat-butir-2020-2024', 'ikrar_jumlah_butir: 4'] : []),
    ...(dasar.length
      ? ['dasar_hukum:', ...dasar.map((d) => `  - { regulasi: ${d.regulasi}${d.pasal ? `, pasal: ${d.pasal}` : ''} }`)]
      : []),
    `ringkasan: ${block(ringkasan)}`,
    'sumber:',
    src(1),
    src(2),
    `diverifikasi: ${diverifikasi}`,
    `catatan_verifikasi: ${block(catatan)}`,
  ];
  return { id, text: `${lines.join('\n')}\n` };
}

/** Copies `<root>/content` to `outDir` (created if needed) and adds `n` records. Returns outDir. */
export async function generate(n: number, outDir?: string): Promise<string> {
  const dir = outDir ?? (await mkdtemp(path.join(os.tmpdir(), 'rambu-content-')));
  await mkdir(dir, { recursive: true });
  await cp(path.join(ROOT, 'content'), dir, { recursive: true });
  const areas = await loadAreas();
  const target = path.join(dir, 'deklarasi');
  for (let i = 1; i <= n; i += 200) {
    const batch: Promise<void>[] = [];
    for (let k = i; k < Math.min(n + 1, i + 200); k++) {
      const { id, text } = recordYaml(k, areas);
      batch.push(writeFile(path.join(target, `${id}.yaml`), text));
    }
    await Promise.all(batch);
  }
  return dir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2]);
  if (!Number.isInteger(n) || n < 0) {
    console.error('usage: node scripts/gen-records.ts N [OUT_DIR]');
    process.exit(2);
  }
  console.log(await generate(n, process.argv[3] ? path.resolve(process.argv[3]) : undefined));
}
