// Every broken fixture under tests/fixtures/broken/<case>/ is laid over the valid fixture set
// (tests/fixtures/content); the checker must report that exact problem, naming file and field.
import { describe, expect, it, beforeAll } from 'vitest';
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import {
  checkEntries,
  loadRawContent,
  formatProblem,
  parseYamlText,
  type RawEntry,
  type Problem,
} from '../../src/lib/validate.ts';
import { loadRegions, type Regions } from '../../src/lib/regions.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BASE = path.join(ROOT, 'tests/fixtures/content');
const BROKEN = path.join(ROOT, 'tests/fixtures/broken');

// case → [file (relative to the case dir, or "base:" + base file), field, message pattern]
const EXPECT: Record<string, [string, string, RegExp]> = {
  'missing-sumber': ['deklarasi/b-missing-sumber.yaml', 'sumber', /sumber wajib diisi/],
  'bad-date-format': ['deklarasi/b-bad-date.yaml', 'tanggal', /format YYYY-MM-DD/],
  'impossible-date': ['deklarasi/b-impossible-date.yaml', 'tanggal', /bukan tanggal yang ada di kalender/],
  'weekday-mismatch': ['deklarasi/b-weekday.yaml', 'hari', /"Selasa".*2024-08-21 jatuh pada hari Rabu/],
  'unknown-regency': ['deklarasi/b-unknown-regency.yaml', 'wilayah', /"53\.99" tidak dikenal Kemendagri/],
  'unknown-province': ['deklarasi/b-unknown-province.yaml', 'wilayah', /kode provinsi "99" tidak dikenal/],
  'duplicate-id': [
    'deklarasi/lain/2024-10-17-kota-kupang-fixture.yaml',
    'id',
    /sudah dipakai oleh .*2024-10-17-kota-kupang-fixture\.yaml/,
  ],
  'id-filename-mismatch': ['deklarasi/b-copy-paste.yaml', 'id', /tidak sama dengan nama berkas "b-copy-paste"/],
  'dangling-regulasi': ['larangan/b-dangling-reg.yaml', 'dasar_hukum[0].regulasi', /regulasi "uu-99-2099" tidak ada/],
  'dangling-anchor': [
    'larangan/b-dangling-anchor.yaml',
    'dasar_hukum[0].pasal',
    /anchor "pasal-999" tidak ada di .*uu-20-2023\.mdx/,
  ],
  'dangling-ikrar': ['deklarasi/b-dangling-ikrar.yaml', 'ikrar', /ikrar "tidak-ada" tidak ada/],
  'wrong-timezone': ['deklarasi/b-wrong-tz.yaml', 'zona_waktu', /Nusa Tenggara Timur memakai WITA, bukan WIB/],
  'time-without-zone': ['deklarasi/b-time-no-zone.yaml', 'zona_waktu', /zona_waktu kosong/],
  'bad-event-type': ['deklarasi/b-bad-enum.yaml', 'jenis_kegiatan[0]', /jenis_kegiatan harus dari/],
  'revoked-without-revoker': [
    'regulasi/b-revoked-orphan.mdx',
    'status',
    /tidak ada peraturan dengan relasi \{jenis: mencabut, regulasi: b-revoked-orphan\}/,
  ],
  'revoker-status-mismatch': ['base:regulasi/uu-20-2023.mdx', 'status', /b-revoker mencabut peraturan ini/],
  'missing-sanksi': ['larangan/b-no-sanksi.yaml', 'sanksi', /sanksi wajib diisi/],
  'empty-legal-basis': ['larangan/b-empty-basis.yaml', 'dasar_hukum', /minimal satu rujukan/],
  'bad-url': ['deklarasi/b-bad-url.yaml', 'sumber[0].url', /diawali http/],
  'future-verification': ['deklarasi/b-future.yaml', 'diverifikasi', /2099-01-01 ada di masa depan/],
  'duplicate-anchor': ['regulasi/b-dup-anchor.mdx', 'pasal[1].anchor', /"pasal-1" dipakai dua kali/],
  'level-mismatch': ['deklarasi/b-level.yaml', 'tingkat', /tingkat kota tetapi 53\.01 adalah Kabupaten Kupang/],
  'yaml-syntax': ['deklarasi/b-yaml.yaml', '(YAML)', /YAML tidak dapat dibaca/],
  'dangling-glossary': ['glosarium/b-gloss.yaml', 'lihat_juga[0]', /istilah "tidak-ada" tidak ada/],
  'mdx-no-frontmatter': ['regulasi/b-no-fm.mdx', '(front matter)', /front matter tidak ada/],
  'self-relation': ['regulasi/b-self.mdx', 'relasi[0].regulasi', /menunjuk ke peraturan ini sendiri/],
  'wrong-extension': ['deklarasi/b-wrong-ext.yml', '(file)', /hanya memuat \*\.yaml/],
  'mdx-dangling-link': [
    'panduan/b-link.mdx',
    '(isi)',
    /tautan \/regulasi\/uu-20-2023\/#pasal-404: anchor "pasal-404" tidak ada/,
  ],
  'bad-regulasi-kind': ['regulasi/b-kind.mdx', 'jenis', /jenis harus salah satu dari: UU, Perppu, PP/],
  // Legal invariants (formerly only in tests): the checker that writers run enforces them.
  'scenario-sanction-mismatch': [
    'skenario/b-sanksi.yaml',
    'sanksi',
    /^sanksi "ringan" tidak sama dengan tingkat sanksi larangan yang dirujuk \(berat\); samakan dengan larangannya$/,
  ],
  'revoked-provision-no-successor': [
    'regulasi/b-lama.mdx',
    'pasal[0]',
    /^Pasal 3 ada pada peraturan yang dicabut tetapi tidak menyebut penerusnya; isi dilanjutkan_oleh/,
  ],
  'moral-without-pp42': [
    'larangan/b-moral.yaml',
    'sanksi.dasar',
    /^sanksi moral harus berdasar PP 42\/2004 Pasal 15; tambahkan \{regulasi: pp-42-2004, pasal: pasal-15…\}$/,
  ],
  'heavy-without-pp94': [
    'larangan/b-berat.yaml',
    'sanksi.dasar',
    /^sanksi berat harus berdasar PP 94\/2021 Pasal 8 ayat \(4\)/,
  ],
  'only-revoked-basis': [
    'larangan/b-dicabut.yaml',
    'dasar_hukum',
    /^semua dasar larangan ini sudah dicabut; tambahkan ketentuan yang berlaku sekarang/,
  ],
  'crime-without-statute': [
    'larangan/b-pidana.yaml',
    'sanksi.dasar',
    /^tindak pidana harus berdasar pasal undang-undang \(UU\)/,
  ],
  'basis-without-anchor': [
    'larangan/b-anchor.yaml',
    'dasar_hukum',
    /^minimal satu rujukan harus menyebut pasal \(anchor\)/,
  ],
  'annex-a-not-moral': [
    'larangan/b-annex.yaml',
    'sanksi.tingkat',
    /^butir lampiran bagian A \(kode etik\) bersanksi moral/,
  ],
  // Second edition: who is covered, the criminal route, declarations and figures.
  'sanction-not-for-person': [
    'skenario/b-non-asn.yaml',
    'sanksi',
    /^sanksi "berat" tidak berlaku bagi Pegawai non-ASN \(subjek non-asn\); pakai salah satu: kontrak, pidana, sesuai-ketentuan$/,
  ],
  'cltn-without-alternative': [
    'skenario/b-cltn.yaml',
    'tanpa_cltn',
    /^menyarankan CLTN padahal berlaku juga bagi PPPK, yang tidak punya CLTN; isi tanpa_cltn/,
  ],
  'legal-correction-without-source': [
    'perubahan/b-koreksi.yaml',
    'sumber',
    /^koreksi isi hukum wajib menyebut sumbernya/,
  ],
  'national-with-region': [
    'deklarasi/b-nasional.yaml',
    'wilayah',
    /^acara tingkat nasional tidak diarsipkan di provinsi tempat acaranya/,
  ],
  'month-precision-with-day': ['deklarasi/b-bulan.yaml', 'tanggal', /^presisi_tanggal bulan: tulis tanggal 2024-10-01/],
  'dangling-person': ['deklarasi/b-orang.yaml', 'pejabat[0].orang', /^orang "tidak-ada" tidak ada di content\/orang\//],
  'dangling-parent': ['deklarasi/b-induk.yaml', 'induk', /^rekaman induk "tidak-ada" tidak ada/],
  'election-without-file': [
    'deklarasi/b-pemilu.yaml',
    'pemilihan[0]',
    /^pemilihan "pemilu-2019" belum punya berkas content\/pemilihan\/pemilu-2019\.yaml/,
  ],
  'unknown-subject': [
    'skenario/b-subjek.yaml',
    'berlaku_untuk[0]',
    /^subjek "tidak-ada" tidak ada di content\/subjek\//,
  ],
  'figure-without-value': [
    'statistik/b-angka.yaml',
    'nilai',
    /^isi nilai \(angka\) atau persen seperti disebut sumber$/,
  ],
  'criminal-route-without-statute': [
    'skenario/b-pidana.yaml',
    'jalur_pidana.dasar',
    /^jalur pidana harus berdasar pasal undang-undang \(UU\)/,
  ],
  'not-found-without-searches': [
    'belum-pasti/b-kosong.yaml',
    'pencarian',
    /^keadaan tidak-ditemukan wajib mencantumkan pencarian/,
  ],
  // Search synonyms (content/sinonim/).
  'synonym-in-two-groups': [
    'sinonim/b-jempol.yaml',
    'kata[0]',
    /"jempol" sudah ada di .*sinonim\/menyukai\.yaml; satu kata hanya boleh di satu kelompok/,
  ],
  // One taxonomy of situations (src/collections/situasi.ts) for checker, larangan, slides, handouts.
  'unknown-situation-group': [
    'skenario/b-topik.yaml',
    'topik',
    /^topik "hari-h" bukan kelompok situasi; pakai salah satu dari: media-sosial, .*hari-pemungutan-suara.* \(daftarnya di src\/collections\/situasi\.ts\)$/,
  ],
  'unknown-situation-group-larangan': [
    'larangan/b-kelompok.yaml',
    'kelompok',
    /^kelompok "medsos" bukan kelompok situasi; pakai salah satu dari: media-sosial, kampanye-dan-acara-calon, /,
  ],
  'situation-group-two-names': [
    'skenario/b-dua-nama.yaml',
    'topik',
    /^"kampanye-dan-acara-calon" dan "acara-kampanye" \(.*hadir-kampanye\.yaml\) adalah kelompok situasi yang sama; pakai "acara-kampanye"/,
  ],
  // The checker's CLTN question lifts such a rule for a person on CLTN: only where the rule itself says so.
  'cltn-exception-not-in-rule': [
    'larangan/b-kecuali.yaml',
    'kecuali_cltn',
    /^kecuali_cltn: true hanya untuk larangan yang judulnya sendiri menyebut "tanpa CLTN"/,
  ],
  'synonym-filler-only': ['sinonim/b-kapan.yaml', 'kata[0]', /"kapan" hanya berisi kata tanya atau kata pengisi/],
};

let regions: Regions;
let base: RawEntry[];
beforeAll(async () => {
  regions = await loadRegions();
  const loaded = await loadRawContent(BASE, ROOT);
  expect(loaded.problems).toEqual([]);
  base = loaded.entries;
});

async function check(caseName: string): Promise<Problem[]> {
  const loaded = await loadRawContent(path.join(BROKEN, caseName), ROOT);
  return [...loaded.problems, ...checkEntries([...base, ...loaded.entries], regions, '2026-11-23')];
}

describe('content checker', () => {
  it('accepts the valid fixture set', () => {
    expect(checkEntries(base, regions, '2026-11-23')).toEqual([]);
  });

  it('has an expectation for every broken fixture (at least 20)', () => {
    const cases = readdirSync(BROKEN).sort();
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(Object.keys(EXPECT).sort()).toEqual(cases);
  });

  for (const [name, [file, field, pattern]] of Object.entries(EXPECT)) {
    it(`rejects ${name} with a specific message`, async () => {
      const problems = await check(name);
      const expectedFile = file.startsWith('base:')
        ? path.join('tests/fixtures/content', file.slice(5))
        : path.join('tests/fixtures/broken', name, file);
      const hit = problems.find((p) => p.file === expectedFile && p.field === field && pattern.test(p.message));
      expect(
        hit,
        `expected ${expectedFile}: ${field}: ${pattern}\ngot:\n${problems.map(formatProblem).join('\n')}`,
      ).toBeTruthy();
      // One line per problem, naming file and field.
      expect(formatProblem(hit!)).toMatch(new RegExp(`^${expectedFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    });
  }
});

describe('parseYamlText (js-yaml core schema, `yaml` for errors)', () => {
  const sample = [
    'id: a-b',
    'tanggal: 2024-02-30',
    'waktu: "08:00"',
    'wilayah: "53.71"',
    'angka: 12',
    'pecahan: 1.5',
    'ya: true',
    'kosong: null',
    'daftar: [x, y]',
    'teks: >-',
    '  baris satu',
    '  baris dua',
  ].join('\n');

  it('gives the same data as `yaml` (dates stay text, so impossible dates are still reported)', () => {
    expect(parseYamlText(sample)).toEqual(parseYaml(sample));
    expect((parseYamlText(sample) as { tanggal: unknown }).tanggal).toBe('2024-02-30');
  });

  it("throws `yaml`'s error for text it cannot read", () => {
    const broken = 'a: [1, 2\nb: c';
    expect(() => parseYaml(broken, { prettyErrors: true })).toThrow();
    let ours = '';
    let theirs = '';
    try {
      parseYamlText(broken);
    } catch (e) {
      ours = (e as Error).message;
    }
    try {
      parseYaml(broken, { prettyErrors: true });
    } catch (e) {
      theirs = (e as Error).message;
    }
    expect(ours).toBe(theirs);
  });
});
