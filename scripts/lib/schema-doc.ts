// Field tables for the content guide, read from the collection schemas (src/collections/*.ts):
// every field's name, whether a writer must fill it, the values it allows and its `.describe()`
// text. Reads zod 4's schema definitions (the `def` of each schema); only the parts needed here.
import { stringify } from 'yaml';
import { ISO_DATE, SLUG } from '../../src/collections/common.ts';

interface CheckDef {
  check?: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  value?: number;
}
/** The part of a zod 4 schema this module reads. */
interface ZodNode {
  description?: string;
  def: {
    type: string;
    innerType?: ZodNode;
    in?: ZodNode;
    out?: ZodNode;
    element?: ZodNode;
    shape?: Record<string, ZodNode>;
    entries?: Record<string, string>;
    values?: unknown[];
    defaultValue?: unknown;
    checks?: { _zod: { def: CheckDef } }[];
  };
}

export interface FieldDoc {
  /** "sumber[].url" for a field inside a list of objects, "skb.nomor" inside an object. */
  path: string;
  required: boolean;
  /** The value used when the field is left out. */
  defaultValue?: unknown;
  /** What kind of value, in Indonesian ("teks", "tanggal YYYY-MM-DD", "daftar teks", …). */
  kind: string;
  /** The allowed values of an enum (or of a list's items). */
  values?: string[];
  /** A list that needs at least this many items. */
  minItems?: number;
  description?: string;
}

const checksOf = (n: ZodNode) => (n.def.checks ?? []).map((c) => c._zod.def);

/** Peels optional, default, nullable and pipe layers; the outermost description wins. */
function unwrap(node: ZodNode) {
  let n = node;
  let optional = false;
  let defaultValue: unknown;
  let description = n.description;
  for (;;) {
    const t = n.def.type;
    if (t === 'optional' || t === 'nullable' || t === 'readonly') optional = true;
    else if (t === 'default' || t === 'prefault') {
      optional = true;
      defaultValue = n.def.defaultValue;
    }
    let next: ZodNode | undefined;
    if (t === 'optional' || t === 'nullable' || t === 'readonly' || t === 'default' || t === 'prefault')
      next = n.def.innerType;
    // z.preprocess(fn, schema) is a pipe from a transform into the schema that describes the value.
    else if (t === 'pipe') next = n.def.in?.def.type === 'transform' ? n.def.out : n.def.in;
    if (!next) break;
    n = next;
    description ??= n.description;
  }
  return { node: n, optional, defaultValue, description };
}

function kindOf(n: ZodNode): { kind: string; values?: string[] } {
  switch (n.def.type) {
    case 'string': {
      const pattern = checksOf(n).find((c) => c.format === 'regex')?.pattern?.source;
      if (pattern === ISO_DATE.source) return { kind: 'tanggal YYYY-MM-DD' };
      if (pattern === SLUG.source) return { kind: 'id (huruf kecil, angka, tanda hubung)' };
      return { kind: 'teks' };
    }
    case 'number':
      return { kind: checksOf(n).some((c) => c.format === 'safeint') ? 'bilangan bulat' : 'angka' };
    case 'boolean':
      return { kind: 'true atau false' };
    case 'enum':
      return { kind: 'salah satu nilai', values: Object.values(n.def.entries ?? {}) };
    case 'literal':
      return { kind: 'nilai tetap', values: (n.def.values ?? []).map(String) };
    case 'object':
      return { kind: 'kelompok isian (lihat baris di bawahnya)' };
    case 'array': {
      const el = unwrap(n.def.element!).node;
      const inner = kindOf(el);
      if (el.def.type === 'object') return { kind: 'daftar (setiap butir: lihat baris di bawahnya)' };
      return { kind: el.def.type === 'enum' ? 'daftar nilai' : `daftar ${inner.kind}`, values: inner.values };
    }
    default:
      return { kind: n.def.type };
  }
}

/** Every field of an object schema, nested fields after their parent. */
export function fieldDocs(schema: unknown, prefix = ''): FieldDoc[] {
  const shape = (schema as ZodNode).def.shape;
  if (!shape) throw new Error('fieldDocs: not an object schema');
  const out: FieldDoc[] = [];
  for (const [key, raw] of Object.entries(shape)) {
    const { node, optional, defaultValue, description } = unwrap(raw);
    const path = `${prefix}${key}`;
    const { kind, values } = kindOf(node);
    const min = node.def.type === 'array' ? checksOf(node).find((c) => c.check === 'min_length')?.minimum : undefined;
    out.push({
      path,
      required: !optional,
      ...(defaultValue !== undefined ? { defaultValue } : {}),
      kind,
      ...(values ? { values } : {}),
      ...(min ? { minItems: min } : {}),
      ...(description ? { description } : {}),
    });
    if (node.def.type === 'object') out.push(...fieldDocs(node, `${path}.`));
    if (node.def.type === 'array') {
      const el = unwrap(node.def.element!).node;
      if (el.def.type === 'object') out.push(...fieldDocs(el, `${path}[].`));
    }
  }
  return out;
}

/** The allowed values of an enum field (top level), e.g. presisi_tanggal. */
export function enumValues(schema: unknown, field: string): string[] {
  const doc = fieldDocs(schema).find((f) => f.path === field);
  if (!doc?.values) throw new Error(`enumValues: ${field} is not an enum field`);
  return doc.values;
}

/** The value at "a.b[].c" in parsed data (first item of each list). */
export function valueAt(data: unknown, path: string): unknown {
  let v: unknown = data;
  for (const part of path.split('.')) {
    const list = part.endsWith('[]');
    const key = list ? part.slice(0, -2) : part;
    v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
    if (list) v = Array.isArray(v) ? v[0] : undefined;
  }
  return v;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

/** A value written as in a YAML file, on one line, shortened for a table cell. */
export function inlineYaml(v: unknown, max = 70): string {
  if (v === undefined) return '';
  const text = stringify(v, { collectionStyle: 'flow', lineWidth: 0 }).trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The Markdown table of one collection: field, wajib/opsional, allowed values, description, example. */
export function fieldTable(schema: unknown, example?: unknown): string {
  const rows = fieldDocs(schema).map((f) => {
    const depth = f.path.split('.').length - 1;
    const name = `${'↳ '.repeat(depth)}${code(f.path)}`;
    const parent = f.path.includes('.') ? f.path.slice(0, f.path.lastIndexOf('.')) : undefined;
    const within = parent ? (parent.endsWith('[]') ? ' di setiap butir' : ` bila ${code(parent)} diisi`) : '';
    const need = f.required
      ? f.minItems
        ? `wajib${within} (minimal ${f.minItems})`
        : `wajib${within}`
      : f.defaultValue !== undefined && !(Array.isArray(f.defaultValue) && f.defaultValue.length === 0)
        ? `opsional (bawaan: ${code(inlineYaml(f.defaultValue))})`
        : 'opsional';
    const values = f.values
      ? `${f.kind === 'daftar nilai' ? 'daftar, dari: ' : ''}${f.values.map(code).join(', ')}`
      : f.kind;
    const ex = example === undefined ? undefined : valueAt(example, f.path);
    const exText =
      ex === undefined || (typeof ex === 'object' && ex !== null && !Array.isArray(ex)) ? '' : code(inlineYaml(ex));
    return `| ${name} | ${need} | ${cell(values)} | ${cell(f.description ?? '')} | ${cell(exText)} |`;
  });
  return ['| Isian | Wajib? | Nilai yang boleh | Keterangan | Contoh |', '|---|---|---|---|---|', ...rows].join('\n');
}
