// Reading small pieces of a guide's Markdown source at build time (slides reuse them).

/** The rows of the first pipe table under `## heading`, without the header row: cell texts. */
export function tableUnder(markdown: string, heading: string): string[][] {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  if (start < 0) return [];
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,2} /.test(line)) break;
    if (!line.trim().startsWith('|')) {
      if (rows.length) break;
      continue;
    }
    rows.push(
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => c.trim()),
    );
  }
  return rows.filter((r, i) => i > 0 && !r.every((c) => /^:?-+:?$/.test(c)));
}
