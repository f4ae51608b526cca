// Replaces (or appends) one marked section of a Markdown file, so each script rewrites only its
// own part: <!-- NAME:start --> … <!-- NAME:end -->. Used by the benchmarks (docs/benchmarks.md)
// and the content guide (docs/content-guide.md).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const markers = (name: string) => ({ start: `<!-- ${name}:start -->`, end: `<!-- ${name}:end -->` });

/** `text` with the section `name` replaced by `block` (markers included), or appended when missing. */
export function replaceSection(text: string, name: string, body: string): string {
  const { start, end } = markers(name);
  const block = `${start}\n${body}\n${end}`;
  const i = text.indexOf(start);
  const j = text.indexOf(end, i);
  if (i === -1 || j === -1) return `${text.trimEnd()}\n\n${block}\n`;
  return text.slice(0, i) + block + text.slice(j + end.length);
}

/** The body of section `name` (between its markers), or undefined. */
export function readSection(text: string, name: string): string | undefined {
  const { start, end } = markers(name);
  const i = text.indexOf(start);
  const j = text.indexOf(end, i);
  return i === -1 || j === -1 ? undefined : text.slice(i + start.length + 1, j - 1);
}

/** Rewrites section `name` of the file `doc` under a "## heading". */
export function writeSection(doc: string, name: string, heading: string, body: string): void {
  const text = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Benchmarks\n';
  writeFileSync(doc, replaceSection(text, name, `## ${heading}\n\n${body}`));
}
