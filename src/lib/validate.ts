// Content checks run before every build (src/integrations/content-check.ts) and by
// `npm run check:content`. Each problem names file, field, what is wrong and the fix,
// so a writer can act on one line without reading code. The rules of each collection live in
// its module (src/collections/<name>.ts, `check`); this file reads files, parses them with the
// schemas, and runs the generic checks (ids, MDX links).
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { parse as parseYaml } from 'yaml';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  LINKED_PAGES,
  type CollectionName,
  type ContentData,
  type Ctx,
} from '../collections/index.ts';
import { SLUG, type CheckedEntry } from '../collections/common.ts';
import { loadRegions, type Regions } from './regions.ts';

export interface RawEntry {
  collection: CollectionName;
  /** Id derived from the file name (deklarasi also carries it as a field). */
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: unknown;
  /** MDX body, for checking the links written in it. */
  body?: string;
  /** The file as read (the build's loader digests it; see src/integrations/checked-content.ts). */
  text: string;
}

export interface Problem {
  file: string;
  field: string;
  message: string;
}

export const formatProblem = (p: Problem) => `${p.file}: ${p.field}: ${p.message}`;

/**
 * YAML text → data. js-yaml (the parser of Astro's own loader) with the YAML 1.2 core schema, which
 * gives the same data as `yaml`'s default (dates stay strings, so "2024-02-30" is still reported
 * rather than rolled over to a Date in March) in about a fifth of the time: at 1,000 generated
 * records `yaml` took 3.4 of the checker's 5.3 s (docs/benchmarks.md). Only when js-yaml refuses a
 * file is it parsed again with `yaml`, whose error messages the problem lines quote.
 */
export function parseYamlText(source: string): unknown {
  try {
    return loadYaml(source, { schema: CORE_SCHEMA });
  } catch {
    return parseYaml(source, { prettyErrors: true });
  }
}

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
  for (const name of COLLECTION_NAMES) {
    const ext = extOf(COLLECTIONS[name].pattern);
    const files = await walk(path.join(contentDir, name));
    for (const abs of files) {
      const file = path.relative(relativeTo, abs);
      if (!abs.endsWith(ext)) {
        if (!path.basename(abs).startsWith('.') && !abs.endsWith('.md'))
          problems.push({
            file,
            field: '(file)',
            message: `berkas ini tidak dibaca: koleksi ${name} hanya memuat *${ext}; ganti ekstensinya atau pindahkan berkasnya`,
          });
        continue;
      }
      const id = path.basename(abs, ext);
      // Synchronous: 10,000 small files take ~70 ms, against ~330 ms as batches of awaited reads.
      const text = readFileSync(abs, 'utf8');
      let source = text;
      let body: string | undefined;
      if (ext === '.mdx') {
        const { frontmatter, body: b } = splitFrontmatter(text);
        body = b;
        if (frontmatter === null) {
          problems.push({
            file,
            field: '(front matter)',
            message: 'front matter tidak ada; awali berkas dengan blok --- berisi data YAML ---',
          });
          continue;
        }
        source = frontmatter;
      }
      try {
        const data = parseYamlText(source);
        entries.push({ collection: name, id, file, data: data ?? {}, body, text });
      } catch (e) {
        const first = String((e as Error).message).split('\n')[0];
        problems.push({
          file,
          field: '(YAML)',
          message: `YAML tidak dapat dibaca (${first}); periksa indentasi dan tanda kutip`,
        });
      }
    }
  }
  return { entries, problems };
}

function fieldPath(p: readonly PropertyKey[]): string {
  if (!p.length) return '(berkas)';
  return p.reduce<string>(
    (acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)),
    '',
  );
}

export type Parsed = { [C in CollectionName]: CheckedEntry<ContentData[C]>[] };

/** Schema + cross-reference checks. Returns problems; an empty list means the content is publishable. */
export function checkEntries(
  raw: RawEntry[],
  regions: Regions,
  today = new Date().toISOString().slice(0, 10),
): Problem[] {
  return checkAndParse(raw, regions, today).problems;
}

/** The checks, and each entry as its collection's schema parsed it (what the build then stores). */
export function checkAndParse(
  raw: RawEntry[],
  regions: Regions,
  today = new Date().toISOString().slice(0, 10),
): { problems: Problem[]; parsed: Parsed } {
  const problems: Problem[] = [];
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });
  const parsed = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, []])) as unknown as Parsed;

  // Ids and schemas.
  const seen = new Map<string, string>();
  for (const e of raw) {
    if (!SLUG.test(e.id)) {
      add(
        e.file,
        '(nama berkas)',
        `"${e.id}" bukan id yang sah; ganti nama berkas dengan huruf kecil, angka, dan tanda hubung saja`,
      );
      continue;
    }
    const key = `${e.collection}/${e.id}`;
    const dup = seen.get(key);
    if (dup)
      add(
        e.file,
        'id',
        `id "${e.id}" sudah dipakai oleh ${dup}; setiap id dalam koleksi ${e.collection} harus unik — ganti nama salah satu berkas`,
      );
    seen.set(key, e.file);
    const result = COLLECTIONS[e.collection].schema.safeParse(e.data);
    if (!result.success) {
      for (const iss of result.error.issues) add(e.file, fieldPath(iss.path), iss.message);
      continue;
    }
    (parsed[e.collection] as CheckedEntry<unknown>[]).push({ id: e.id, file: e.file, data: result.data });
  }

  const maps = new Map<CollectionName, Map<string, unknown>>();
  const byId = <C extends CollectionName>(c: C) => {
    let m = maps.get(c);
    if (!m) {
      m = new Map(parsed[c].map((e) => [e.id, e]));
      maps.set(c, m);
    }
    return m as Map<string, CheckedEntry<ContentData[C]>>;
  };
  const anchorsOf = (id: string) => new Set((byId('regulasi').get(id)?.data.pasal ?? []).map((p) => p.anchor));
  const checkRef: Ctx['checkRef'] = (file, field, ref) => {
    const regs = byId('regulasi');
    const reg = regs.get(ref.regulasi);
    if (!reg) {
      add(
        file,
        `${field}.regulasi`,
        `regulasi "${ref.regulasi}" tidak ada di content/regulasi/; pakai id yang ada (${[...regs.keys()].join(', ')}) atau tambahkan peraturannya`,
      );
      return;
    }
    if (ref.pasal && !anchorsOf(ref.regulasi).has(ref.pasal))
      add(
        file,
        `${field}.pasal`,
        `anchor "${ref.pasal}" tidak ada di ${reg.file}; tambahkan pasal dengan anchor itu atau pakai salah satu: ${[...anchorsOf(ref.regulasi)].slice(0, 12).join(', ')}`,
      );
  };
  const ctx: Ctx = {
    today,
    regions,
    entries: (c) => parsed[c],
    byId,
    anchorsOf,
    add,
    checkRef,
    checkRefs: (file, field, refs) => refs?.forEach((r, i) => checkRef(file, `${field}[${i}]`, r)),
    notFuture: (file, field, value) => {
      if (value && value > today)
        add(file, field, `${value} ada di masa depan; isi dengan tanggal pemeriksaan yang sebenarnya`);
    },
  };

  for (const name of COLLECTION_NAMES) COLLECTIONS[name].check(ctx);
  checkBodyLinks(raw, ctx);
  return { problems, parsed };
}

/** Links written in MDX bodies to records and pasal anchors must resolve. */
function checkBodyLinks(raw: RawEntry[], ctx: Ctx) {
  const prefixes = Object.entries(LINKED_PAGES) as [CollectionName, string][];
  const kinds = prefixes.map(([, p]) => p.replace(/^\/|\/$/g, '')).join('|');
  const link = new RegExp(`\\]\\((\\/(${kinds})\\/([a-z0-9-]+)\\/?(#[a-z0-9-]+)?)\\)`, 'g');
  const collectionOf = new Map(prefixes.map(([c, p]) => [p.replace(/^\/|\/$/g, ''), c]));
  for (const e of raw) {
    if (!e.body) continue;
    for (const m of e.body.matchAll(link)) {
      const [, href = '', kind = '', id = '', hash] = m;
      const c = collectionOf.get(kind)!;
      if (c === 'regulasi') {
        const reg = ctx.byId('regulasi').get(id);
        if (!reg) ctx.add(e.file, '(isi)', `tautan ${href}: regulasi "${id}" tidak ada; perbaiki tautannya`);
        else if (hash && !ctx.anchorsOf(id).has(hash.slice(1)))
          ctx.add(
            e.file,
            '(isi)',
            `tautan ${href}: anchor "${hash.slice(1)}" tidak ada di ${reg.file}; perbaiki tautannya atau tambahkan pasalnya`,
          );
      } else if (!ctx.byId(c).has(id))
        ctx.add(e.file, '(isi)', `tautan ${href}: ${kind} "${id}" tidak ada; perbaiki tautannya`);
    }
  }
}

/** Reads and checks a content folder: every problem, and the raw and parsed entries. */
export async function checkContent(contentDir: string, relativeTo = process.cwd()) {
  const { entries, problems } = await loadRawContent(contentDir, relativeTo);
  const checked = checkAndParse(entries, await loadRegions());
  return { problems: [...problems, ...checked.problems], raw: entries, parsed: checked.parsed };
}

/** Convenience for the CLI and tests. */
export async function checkContentDir(contentDir: string, relativeTo = process.cwd()) {
  return (await checkContent(contentDir, relativeTo)).problems;
}
