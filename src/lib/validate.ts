// Content checks run before every build (src/integrations/content-check.ts) and by
// `npm run check:content`. Each problem names file, field, what is wrong and the fix,
// so a writer can act on one line without reading code.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { WEEKDAYS } from '../schemas/deklarasi.ts';
import type { LegalRef } from '../schemas/common.ts';
import { loadRegions, provinceOf, type Regions } from './regions.ts';

export interface RawEntry {
  collection: CollectionName;
  /** Id derived from the file name (deklarasi also carries it as a field). */
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: unknown;
  /** MDX body, for checking the links written in it. */
  body?: string;
}

export interface Problem {
  file: string;
  field: string;
  message: string;
}

export const formatProblem = (p: Problem) => `${p.file}: ${p.field}: ${p.message}`;

const RESERVED_DEKLARASI = new Set(['halaman', 'provinsi', 'wilayah', 'linimasa', 'peta', 'perubahan']);
const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function extOf(pattern: string) {
  return pattern.slice(pattern.lastIndexOf('.'));
}

async function walk(dir: string): Promise<string[]> {
  let items: import('node:fs').Dirent[];
  try {
    items = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const it of items) {
    const p = path.join(dir, it.name);
    if (it.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out.sort();
}

/** Splits MDX front matter from the body. */
export function splitFrontmatter(text: string): { frontmatter: string | null; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return { frontmatter: null, body: text };
  return { frontmatter: m[1] ?? '', body: text.slice(m[0].length) };
}

/** Reads every collection under `contentDir`. Unparseable files become problems, not exceptions. */
export async function loadRawContent(contentDir: string, relativeTo = process.cwd()) {
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];
  for (const [name, def] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    const ext = extOf(def.pattern);
    const files = await walk(path.join(contentDir, name));
    // Read ahead in parallel (one file at a time left the process idle most of the time:
    // 3.7 of 9.7 s at 10,000 records); results are used in the original order.
    const texts: Promise<string>[] = [];
    for (let i = 0; i < files.length; i += 64) {
      const batch = files.slice(i, i + 64).map((f) => (f.endsWith(ext) ? readFile(f, 'utf8') : Promise.resolve('')));
      texts.push(...batch);
      await Promise.all(batch);
    }
    for (const [k, abs] of files.entries()) {
      const file = path.relative(relativeTo, abs);
      if (!abs.endsWith(ext)) {
        if (!path.basename(abs).startsWith('.') && !abs.endsWith('.md'))
          problems.push({ file, field: '(file)', message: `berkas ini tidak dibaca: koleksi ${name} hanya memuat *${ext}; ganti ekstensinya atau pindahkan berkasnya` });
        continue;
      }
      const id = path.basename(abs, ext);
      const text = await texts[k]!;
      let source = text;
      let body: string | undefined;
      if (ext === '.mdx') {
        const { frontmatter, body: b } = splitFrontmatter(text);
        body = b;
        if (frontmatter === null) {
          problems.push({ file, field: '(front matter)', message: 'front matter tidak ada; awali berkas dengan blok --- berisi data YAML ---' });
          continue;
        }
        source = frontmatter;
      }
      try {
        const data = parseYaml(source, { prettyErrors: true });
        entries.push({ collection: name, id, file, data: data ?? {}, body });
      } catch (e) {
        const first = String((e as Error).message).split('\n')[0];
        problems.push({ file, field: '(YAML)', message: `YAML tidak dapat dibaca (${first}); periksa indentasi dan tanda kutip` });
      }
    }
  }
  return { entries, problems };
}

function fieldPath(p: readonly PropertyKey[]): string {
  if (!p.length) return '(berkas)';
  return p.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}

export interface CheckedContent<T = Record<string, unknown>> {
  collection: CollectionName;
  id: string;
  file: string;
  data: T;
}

/** Schema + cross-reference checks. Returns problems; an empty list means the content is publishable. */
export function checkEntries(raw: RawEntry[], regions: Regions, today = new Date().toISOString().slice(0, 10)): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });
  const parsed: CheckedContent<any>[] = [];

  // 1. ids and schemas
  const seen = new Map<string, string>();
  for (const e of raw) {
    if (!ID_RE.test(e.id)) {
      add(e.file, '(nama berkas)', `"${e.id}" bukan id yang sah; ganti nama berkas dengan huruf kecil, angka, dan tanda hubung saja`);
      continue;
    }
    const key = `${e.collection}/${e.id}`;
    const dup = seen.get(key);
    if (dup) add(e.file, 'id', `id "${e.id}" sudah dipakai oleh ${dup}; setiap id dalam koleksi ${e.collection} harus unik — ganti nama salah satu berkas`);
    seen.set(key, e.file);
    const result = COLLECTIONS[e.collection].schema.safeParse(e.data);
    if (!result.success) {
      for (const iss of result.error.issues) add(e.file, fieldPath(iss.path), iss.message);
      continue;
    }
    parsed.push({ collection: e.collection, id: e.id, file: e.file, data: result.data });
  }

  const by = (c: CollectionName) => parsed.filter((p) => p.collection === c);
  const regulasi = new Map(by('regulasi').map((r) => [r.id, r]));
  const anchorsOf = (id: string) => new Set<string>((regulasi.get(id)?.data.pasal ?? []).map((p: { anchor: string }) => p.anchor));
  const ikrar = new Set(by('ikrar').map((r) => r.id));
  const larangan = new Map(by('larangan').map((r) => [r.id, r]));
  const glosarium = new Set(by('glosarium').map((r) => r.id));

  const checkRef = (file: string, field: string, ref: LegalRef | { regulasi: string; pasal?: string }) => {
    const reg = regulasi.get(ref.regulasi);
    if (!reg) {
      add(file, `${field}.regulasi`, `regulasi "${ref.regulasi}" tidak ada di content/regulasi/; pakai id yang ada (${[...regulasi.keys()].join(', ')}) atau tambahkan peraturannya`);
      return;
    }
    if (ref.pasal && !anchorsOf(ref.regulasi).has(ref.pasal))
      add(file, `${field}.pasal`, `anchor "${ref.pasal}" tidak ada di ${reg.file}; tambahkan pasal dengan anchor itu atau pakai salah satu: ${[...anchorsOf(ref.regulasi)].slice(0, 12).join(', ')}`);
  };
  const checkRefs = (file: string, field: string, refs: LegalRef[] | undefined) => refs?.forEach((r, i) => checkRef(file, `${field}[${i}]`, r));
  const notFuture = (file: string, field: string, value: string | undefined) => {
    if (value && value > today) add(file, field, `${value} ada di masa depan; isi dengan tanggal pemeriksaan yang sebenarnya`);
  };

  // 2. regulasi: relations and status agree
  const revokedBy = new Map<string, string[]>();
  for (const r of regulasi.values()) {
    notFuture(r.file, 'diverifikasi', r.data.diverifikasi);
    r.data.relasi.forEach((rel: { jenis: string; regulasi: string; pasal?: string }, i: number) => {
      if (rel.regulasi === r.id) add(r.file, `relasi[${i}].regulasi`, 'relasi menunjuk ke peraturan ini sendiri; tunjuk peraturan lain');
      checkRef(r.file, `relasi[${i}]`, rel);
      if (rel.jenis === 'mencabut') revokedBy.set(rel.regulasi, [...(revokedBy.get(rel.regulasi) ?? []), r.id]);
    });
    r.data.pasal.forEach((p: { dilanjutkan_oleh?: LegalRef }, i: number) => {
      if (p.dilanjutkan_oleh) checkRef(r.file, `pasal[${i}].dilanjutkan_oleh`, p.dilanjutkan_oleh);
    });
  }
  for (const r of regulasi.values()) {
    const by = revokedBy.get(r.id);
    if (r.data.status === 'dicabut' && !by)
      add(r.file, 'status', `status "dicabut" tetapi tidak ada peraturan dengan relasi {jenis: mencabut, regulasi: ${r.id}}; tambahkan relasi itu pada peraturan pencabutnya`);
    if (by && r.data.status !== 'dicabut')
      add(r.file, 'status', `${by.join(', ')} mencabut peraturan ini, tetapi status tertulis "${r.data.status}"; ubah status menjadi dicabut`);
  }

  // 3. larangan
  const skb = regulasi.get('skb-netralitas-2022');
  const annexAnchors = skb ? [...anchorsOf(skb.id)].filter((a) => /^lampiran-[ab]-\d+$/.test(a)) : [];
  const annexUsed = new Map<string, string>();
  for (const l of larangan.values()) {
    checkRefs(l.file, 'dasar_hukum', l.data.dasar_hukum);
    checkRefs(l.file, 'sanksi.dasar', l.data.sanksi.dasar);
    notFuture(l.file, 'diverifikasi', l.data.diverifikasi);
    l.data.terkait.forEach((t: string, i: number) => {
      if (!larangan.has(t)) add(l.file, `terkait[${i}]`, `larangan "${t}" tidak ada di content/larangan/; perbaiki id-nya atau hapus`);
    });
    if (l.data.skb) {
      const anchor = `lampiran-${l.data.skb.bagian.toLowerCase()}-${l.data.skb.nomor}`;
      if (!skb) add(l.file, 'skb', 'skb diisi tetapi content/regulasi/skb-netralitas-2022.mdx tidak ada; tambahkan peraturannya');
      else if (!annexAnchors.includes(anchor))
        add(l.file, 'skb', `butir lampiran ${l.data.skb.bagian}.${l.data.skb.nomor} tidak ada di ${skb.file} (anchor "${anchor}"); periksa bagian dan nomornya`);
      else if (annexUsed.has(anchor))
        add(l.file, 'skb', `butir lampiran ${l.data.skb.bagian}.${l.data.skb.nomor} sudah dipakai oleh ${annexUsed.get(anchor)}; satu butir lampiran = satu larangan`);
      else annexUsed.set(anchor, l.file);
      if (l.data.skb.bagian === 'A' && l.data.jenis !== 'kode-etik')
        add(l.file, 'jenis', 'butir lampiran bagian A adalah pelanggaran kode etik; ubah jenis menjadi kode-etik');
      if (l.data.skb.bagian === 'B' && l.data.jenis !== 'disiplin')
        add(l.file, 'jenis', 'butir lampiran bagian B adalah pelanggaran disiplin; ubah jenis menjadi disiplin');
    }
  }
  if (skb?.data.jumlah_butir_lampiran && annexAnchors.length !== skb.data.jumlah_butir_lampiran)
    add(skb.file, 'jumlah_butir_lampiran', `lampiran tercatat ${skb.data.jumlah_butir_lampiran} butir tetapi ada ${annexAnchors.length} anchor lampiran-a-N/lampiran-b-N; samakan keduanya`);
  // A dropped annex item is as bad as an invented one.
  if (skb && larangan.size > 0)
    for (const a of annexAnchors)
      if (!annexUsed.has(a)) add(skb.file, `pasal(${a})`, `butir lampiran "${a}" belum punya entri di content/larangan/; tambahkan larangan dengan skb: {bagian, nomor} yang sesuai`);

  // 4. ikrar
  for (const k of by('ikrar')) {
    notFuture(k.file, 'diverifikasi', k.data.diverifikasi);
    if (k.data.turunan_dari && !ikrar.has(k.data.turunan_dari))
      add(k.file, 'turunan_dari', `ikrar "${k.data.turunan_dari}" tidak ada di content/ikrar/; perbaiki id-nya`);
    if (k.data.turunan_dari === k.id) add(k.file, 'turunan_dari', 'ikrar tidak bisa turunan dari dirinya sendiri');
  }

  // 5. glosarium
  for (const g of by('glosarium')) {
    checkRefs(g.file, 'dasar', g.data.dasar);
    g.data.lihat_juga.forEach((t: string, i: number) => {
      if (!glosarium.has(t)) add(g.file, `lihat_juga[${i}]`, `istilah "${t}" tidak ada di content/glosarium/; perbaiki id-nya`);
    });
  }

  // 5b. skenario
  for (const k of by('skenario')) {
    checkRefs(k.file, 'dasar_hukum', k.data.dasar_hukum);
    notFuture(k.file, 'diverifikasi', k.data.diverifikasi);
    k.data.larangan.forEach((id: string, i: number) => {
      if (!larangan.has(id)) add(k.file, `larangan[${i}]`, `larangan "${id}" tidak ada di content/larangan/; pakai id yang ada`);
    });
    if (!k.data.dasar_hukum.some((r: LegalRef) => r.pasal))
      add(k.file, 'dasar_hukum', 'minimal satu rujukan harus menyebut pasal (anchor), misalnya {regulasi: pp-94-2021, pasal: pasal-5-huruf-n}');
  }

  // 6. deklarasi
  for (const d of by('deklarasi')) {
    const x = d.data;
    if (RESERVED_DEKLARASI.has(d.id)) add(d.file, 'id', `"${d.id}" dipakai sebagai alamat halaman lain di /deklarasi/; pilih id lain`);
    if (x.id !== d.id) add(d.file, 'id', `id "${x.id}" tidak sama dengan nama berkas "${d.id}"; samakan keduanya (id tidak boleh berubah setelah terbit)`);
    if (x.hari) {
      const [y, m, dd] = x.tanggal.split('-').map(Number);
      const actual = WEEKDAYS[new Date(Date.UTC(y, m - 1, dd)).getUTCDay()];
      if (actual !== x.hari)
        add(d.file, 'hari', `tertulis "${x.hari}" tetapi ${x.tanggal} jatuh pada hari ${actual}; periksa sumbernya lalu betulkan tanggal atau hari`);
    }
    notFuture(d.file, 'tanggal', x.tanggal);
    notFuture(d.file, 'diverifikasi', x.diverifikasi);
    if (x.diverifikasi < x.tanggal) add(d.file, 'diverifikasi', `tanggal verifikasi (${x.diverifikasi}) lebih awal dari tanggal acara (${x.tanggal}); periksa kedua tanggal`);
    const code: string = x.wilayah;
    const prov = regions.provinces.get(provinceOf(code));
    if (code.length === 2 && !prov) add(d.file, 'wilayah', `kode provinsi "${code}" tidak dikenal Kemendagri; lihat idn-area-data provinces.csv (misalnya "53" = Nusa Tenggara Timur)`);
    else if (code.length > 2 && !regions.regencies.has(code))
      add(d.file, 'wilayah', `kode kabupaten/kota "${code}" tidak dikenal Kemendagri; lihat idn-area-data regencies.csv (misalnya "53.71" = Kota Kupang)`);
    else {
      const reg = regions.regencies.get(code);
      if (x.tingkat === 'provinsi' && reg) add(d.file, 'tingkat', `tingkat provinsi tetapi wilayah "${code}" adalah ${reg.name}; pakai kode provinsi "${provinceOf(code)}" atau ubah tingkat`);
      if ((x.tingkat === 'kota' || x.tingkat === 'kabupaten') && !reg)
        add(d.file, 'wilayah', `tingkat ${x.tingkat} memerlukan kode kabupaten/kota "NN.NN", bukan kode provinsi "${code}"`);
      if (x.tingkat === 'kota' && reg && !reg.name.startsWith('Kota'))
        add(d.file, 'tingkat', `tingkat kota tetapi ${code} adalah ${reg.name}; ubah tingkat menjadi kabupaten atau betulkan kodenya`);
      if (x.tingkat === 'kabupaten' && reg && !reg.name.startsWith('Kabupaten'))
        add(d.file, 'tingkat', `tingkat kabupaten tetapi ${code} adalah ${reg.name}; ubah tingkat menjadi kota atau betulkan kodenya`);
      if (x.zona_waktu && prov && x.zona_waktu !== prov.timezone)
        add(d.file, 'zona_waktu', `${prov.name} memakai ${prov.timezone}, bukan ${x.zona_waktu}; betulkan zona waktunya`);
    }
    if (x.ikrar && !ikrar.has(x.ikrar)) add(d.file, 'ikrar', `ikrar "${x.ikrar}" tidak ada di content/ikrar/; pakai id yang ada (${[...ikrar].join(', ') || 'belum ada'}) atau hapus field ini`);
    checkRefs(d.file, 'dasar_hukum', x.dasar_hukum);
    x.sumber.forEach((s: { terbit?: string }, i: number) => notFuture(d.file, `sumber[${i}].terbit`, s.terbit));
  }

  // 6b. change log: corrections point at live records, removals at ids that are gone
  const deklarasiIds = new Set(by('deklarasi').map((d) => d.id));
  for (const ch of by('perubahan')) {
    notFuture(ch.file, 'tanggal', ch.data.tanggal);
    ch.data.deklarasi.forEach((id: string, i: number) => {
      if (ch.data.jenis === 'hapus' && deklarasiIds.has(id))
        add(ch.file, `deklarasi[${i}]`, `"${id}" dicatat dihapus tetapi berkasnya masih ada; hapus berkasnya atau ubah jenis perubahan`);
      if (ch.data.jenis !== 'hapus' && !deklarasiIds.has(id))
        add(ch.file, `deklarasi[${i}]`, `rekaman "${id}" tidak ada di content/deklarasi/; bila sudah dihapus, pakai jenis: hapus`);
    });
  }

  // 7. links written in MDX bodies to records and pasal anchors
  const idsOf = (c: CollectionName) => new Set(by(c).map((e) => e.id));
  const known: Record<string, Set<string>> = {
    larangan: idsOf('larangan'), ikrar: idsOf('ikrar'), glosarium: idsOf('glosarium'), deklarasi: idsOf('deklarasi'), panduan: idsOf('panduan'),
  };
  for (const e of raw) {
    if (!e.body) continue;
    for (const m of e.body.matchAll(/\]\((\/(regulasi|larangan|ikrar|glosarium|deklarasi|panduan)\/([a-z0-9-]+)\/?(#[a-z0-9-]+)?)\)/g)) {
      const [, href, kind, id, hash] = m as unknown as [string, string, string, string, string | undefined];
      if (kind === 'regulasi') {
        if (!regulasi.has(id)) add(e.file, '(isi)', `tautan ${href}: regulasi "${id}" tidak ada; perbaiki tautannya`);
        else if (hash && !anchorsOf(id).has(hash.slice(1))) add(e.file, '(isi)', `tautan ${href}: anchor "${hash.slice(1)}" tidak ada di ${regulasi.get(id)!.file}; perbaiki tautannya atau tambahkan pasalnya`);
      } else if (!known[kind]!.has(id)) add(e.file, '(isi)', `tautan ${href}: ${kind} "${id}" tidak ada; perbaiki tautannya`);
    }
  }

  return problems;
}

/** Convenience for the build hook and CLI. */
export async function checkContentDir(contentDir: string, relativeTo = process.cwd()) {
  const { entries, problems } = await loadRawContent(contentDir, relativeTo);
  const regions = await loadRegions();
  return [...problems, ...checkEntries(entries, regions)];
}
