// The generated parts of docs/content-guide.md: the list of collections, the field table of each
// (from the schemas' .describe() texts, examples from docs/templat/), the date precisions and the
// reserved /deklarasi/ ids. `npm run docs:konten` rewrites them; a test fails when they drift.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES, LINKED_PAGES } from '../../src/collections/index.ts';
import { DEKLARASI_SUBPAGES } from '../../src/lib/routes.ts';
import { SANCTION_BASIS, SANCTION_LABEL, SANCTION_LEVELS } from '../../src/collections/sanksi.ts';
import { enumValues, fieldDocs, fieldTable } from './schema-doc.ts';
import { readSection, replaceSection } from './doc-section.ts';
import { ROOT, extensionOf, readTemplate, templatePath } from './templates.ts';

export const GUIDE = 'docs/content-guide.md';

/** How a writer uses each known value of presisi_tanggal; a new value falls back to the schema's description. */
const PRECISION_USE: Record<string, string> = {
  hari: 'tanggal dan hari pasti, seperti tercetak di sumber',
  perkiraan:
    'sumber tidak mencetak tanggalnya, tetapi harinya dapat disimpulkan (misalnya "Kamis" dalam berita yang terbit Rabu berikutnya); tulis tanggal hasil simpulan itu dan alasannya di `catatan_verifikasi`, dan kosongkan `hari` bila tidak tercetak',
  bulan: 'sumber hanya menyebut bulannya; id diawali `YYYY-MM-` dan `hari` dikosongkan',
  tahun: 'sumber hanya menyebut tahunnya; id diawali `YYYY-` dan `hari` dikosongkan',
};

const NOTE = '<!-- Dibuat oleh `npm run docs:konten` dari src/collections/*.ts; jangan disunting dengan tangan. -->';

/** Section name → generated Markdown. */
export function generatedSections(root = ROOT): Map<string, string> {
  const out = new Map<string, string>();
  out.set(
    'koleksi',
    [
      NOTE,
      '',
      '| Koleksi | Berkas | Templat | Berkas baru | Halaman di situs |',
      '|---|---|---|---|---|',
      ...COLLECTION_NAMES.map(
        (c) =>
          `| ${c} | \`content/${c}/<id>${extensionOf(c)}\` | [${templatePath(c)}](templat/${c}${extensionOf(c)}) | \`npm run baru -- ${c} <id>\` | ${LINKED_PAGES[c] ? `\`${LINKED_PAGES[c]}<id>/\`` : '—'} |`,
      ),
    ].join('\n'),
  );
  const precision = fieldDocs(COLLECTIONS.deklarasi.schema).find((f) => f.path === 'presisi_tanggal');
  const precisions = enumValues(COLLECTIONS.deklarasi.schema, 'presisi_tanggal');
  out.set(
    'presisi',
    [
      NOTE,
      '',
      `Nilai \`presisi_tanggal\` yang diterima sekarang (${precision?.defaultValue ? `bila tidak diisi: \`${String(precision.defaultValue)}\`` : 'wajib diisi'}):`,
      '',
      ...precisions.map(
        (v) =>
          `- \`${v}\`: ${PRECISION_USE[v] ?? `sumber hanya memastikan ${v}nya; isi \`tanggal\` seperti diminta keterangan skema di bawah`}.`,
      ),
      '',
      ...(precisions.some((v) => v === 'bulan' || v === 'tahun')
        ? []
        : [
            'Belum ada nilai untuk tanggal yang hanya diketahui bulan atau tahunnya. Rekaman seperti itu baru diterbitkan bila harinya dapat disimpulkan dari konteks (`perkiraan`); bila tidak, simpan dulu petunjuknya dan jangan terbitkan.',
            '',
          ]),
      `Keterangan di skema: ${precision?.description ?? '—'}`,
    ].join('\n'),
  );
  out.set(
    'dasar-sanksi',
    [
      NOTE,
      '',
      '| Tingkat sanksi | Dasar yang wajib ada di `sanksi.dasar` |',
      '|---|---|',
      ...SANCTION_LEVELS.map((t) => {
        const need = SANCTION_BASIS[t];
        return `| \`${t}\` (${SANCTION_LABEL[t]}) | ${need ? `${need.label}: \`{ regulasi: ${need.regulasi}, pasal: ${need.pasal}… }\`` : '—'} |`;
      }),
    ].join('\n'),
  );
  out.set(
    'cadangan',
    [
      NOTE,
      '',
      `Id berikut dipakai sebagai alamat halaman di \`/deklarasi/\` dan tidak boleh menjadi id rekaman: ${DEKLARASI_SUBPAGES.map((s) => `\`${s}\``).join(', ')}.`,
    ].join('\n'),
  );
  for (const c of COLLECTION_NAMES) {
    const t = readTemplate(c, root);
    out.set(`kolom-${c}`, [NOTE, '', fieldTable(COLLECTIONS[c].schema, t.data)].join('\n'));
  }
  return out;
}

/** The guide with every generated section rewritten; a collection without a section gets one at the end. */
export function updateGuide(text: string, root = ROOT): string {
  let out = text;
  for (const [name, body] of generatedSections(root)) {
    if (readSection(out, name) === undefined && name.startsWith('kolom-'))
      out = `${out.trimEnd()}\n\n## Koleksi ${name.slice(6)} (\`content/${name.slice(6)}/\`)\n`;
    out = replaceSection(out, name, body);
  }
  return out;
}

export const readGuide = (root = ROOT) => readFileSync(path.join(root, GUIDE), 'utf8');
