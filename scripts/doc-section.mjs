// Replaces (or appends) one marked section of docs/benchmarks.md, so each benchmark script
// rewrites only its own table: <!-- NAME:start --> … <!-- NAME:end -->.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export function writeSection(doc, name, heading, body) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const text = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Benchmarks\n';
  const block = `${start}\n## ${heading}\n\n${body}\n${end}`;
  writeFileSync(
    doc,
    text.includes(start)
      ? text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), () => block)
      : `${text.trimEnd()}\n\n${block}\n`,
  );
}
