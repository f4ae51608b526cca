// Copyable templates of the collections (docs/templat/<collection>.<yaml|mdx>) and the skeleton
// `npm run baru` writes from them. The list of collections comes from the registry
// (src/collections/index.ts): a new collection without a template gets a clear error.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../src/collections/index.ts';
import { SLUG, weekdayName } from '../../src/collections/common.ts';
import { DEKLARASI_SUBPAGES } from '../../src/lib/routes.ts';
import { splitFrontmatter } from '../../src/lib/validate.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const TEMPLATE_DIR = 'docs/templat';

/** ".yaml" or ".mdx": the extension the collection's loader reads. */
export const extensionOf = (c: CollectionName) => {
  const pattern = COLLECTIONS[c].pattern;
  return pattern.slice(pattern.lastIndexOf('.'));
};

/** docs/templat/<collection>.<ext>, relative to the project root. */
export const templatePath = (c: CollectionName) => `${TEMPLATE_DIR}/${c}${extensionOf(c)}`;

export function isCollection(name: string): name is CollectionName {
  return (COLLECTION_NAMES as string[]).includes(name);
}

export interface Template {
  collection: CollectionName;
  file: string;
  text: string;
  /** The YAML data (the front matter of an .mdx template). */
  data: Record<string, unknown>;
}

export function readTemplate(c: CollectionName, root = ROOT): Template {
  const file = templatePath(c);
  if (!existsSync(path.join(root, file)))
    throw new Error(
      `koleksi "${c}" belum punya templat: buat ${file} (salin berkas yang sah dari content/${c}/ dan beri komentar); lihat docs/architecture.md`,
    );
  const text = readFileSync(path.join(root, file), 'utf8');
  const yaml = extensionOf(c) === '.mdx' ? splitFrontmatter(text).frontmatter : text;
  if (yaml === null) throw new Error(`${file}: templat .mdx harus diawali front matter (---)`);
  return { collection: c, file, text, data: (parseYaml(yaml) ?? {}) as Record<string, unknown> };
}

/** First line of a skeleton from `npm run baru`; `npm run check:content` warns while it is there. */
export const DRAFT_MARK =
  '# DRAF dari `npm run baru`: ganti setiap nilai contoh dengan fakta dari sumber, lalu hapus baris ini.';

/** Whether a content file is still an untouched-header skeleton. */
export const isDraft = (text: string) => text.split('\n', 3).some((l) => l.startsWith('# DRAF dari `npm run baru`'));

/** Fields that record when the entry was checked or changed; a skeleton gets today. */
const TODAY_FIELDS = ['diverifikasi', 'diperbarui'];

/**
 * The text of a new entry: the collection's template with the id set (a deklarasi carries its id
 * as a field, and a YYYY-MM-DD at the start of the id sets tanggal and hari), today's date in the
 * verification field, and the draft mark on top. Throws, in Indonesian, on a bad id.
 */
export function skeleton(c: CollectionName, id: string, today: string, root = ROOT): string {
  if (!SLUG.test(id))
    throw new Error(
      `"${id}" bukan id yang sah: pakai huruf kecil, angka, dan tanda hubung (misalnya "2024-10-17-kota-kupang-apel")`,
    );
  if (c === 'deklarasi' && (DEKLARASI_SUBPAGES as readonly string[]).includes(id))
    throw new Error(`"${id}" dipakai sebagai alamat halaman lain di /deklarasi/; pilih id lain`);
  const t = readTemplate(c, root);
  // Top-level "key: value" lines are replaced in the text, so the template's layout and comments stay.
  let text = t.text;
  const set = (key: string, value: string) => {
    const line = new RegExp(`^${key}:.*$`, 'm');
    if (line.test(text)) text = text.replace(line, `${key}: ${value}`);
  };
  for (const f of TODAY_FIELDS) set(f, today);
  if (c === 'perubahan') set('tanggal', today);
  if (c === 'deklarasi') {
    set('id', id);
    const date = /^(\d{4}-\d{2}-\d{2})-/.exec(id)?.[1];
    if (date && date <= today) {
      set('tanggal', date);
      set('hari', weekdayName(date));
    }
  }
  return extensionOf(c) === '.mdx' ? text.replace(/^---\n/, `---\n${DRAFT_MARK}\n`) : `${DRAFT_MARK}\n${text}`;
}
