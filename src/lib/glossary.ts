// Links the first use of each glossary term on a page. Works on rendered HTML so the same
// code serves data fields and MDX paragraphs; text inside links, headings' anchors and
// attributes is never touched.
export interface TermDef {
  id: string;
  istilah: string;
  alias: string[];
  kepanjangan?: string;
  auto: boolean;
}
export interface Matcher {
  re: RegExp;
  byForm: Map<string, string>;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function buildMatcher(terms: TermDef[]): Matcher | null {
  const byForm = new Map<string, string>();
  for (const t of terms) {
    if (!t.auto) continue;
    for (const form of [t.istilah, ...t.alias, ...(t.kepanjangan ? [t.kepanjangan] : [])]) {
      if (form.length < 3) continue;
      // Abbreviations match exactly (ASN, PPK); ordinary words ignore case (kampanye, Kampanye).
      const key = /^[A-Z0-9'!-]+$/.test(form) ? form : form.toLowerCase();
      if (!byForm.has(key)) byForm.set(key, t.id);
    }
  }
  if (!byForm.size) return null;
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length);
  // Whole words only: no letter or digit right before or after a term, so "ASN" links in "para ASN,"
  // and "(ASN)" but not inside "PASNA" or "ASNnya" (a clitic glued to a term is rare; a false link is worse).
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${forms.map(esc).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return { re, byForm };
}

function termIdFor(m: Matcher, found: string): string | undefined {
  return m.byForm.get(found) ?? (found === found.toUpperCase() ? undefined : m.byForm.get(found.toLowerCase()));
}

/**
 * Wraps the first occurrence of each term (not yet in `used`) in a link.
 * `href(id)` builds the link; `skip` excludes a term (e.g. on its own page).
 */
export function linkFirstUses(
  html: string,
  m: Matcher | null,
  used: Set<string>,
  href: (id: string) => string,
  skip?: string,
): string {
  if (!m) return html;
  let inLink = 0;
  return html
    .split(/(<[^>]+>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        if (/^<a[\s>]/i.test(part)) inLink++;
        else if (/^<\/a>/i.test(part)) inLink = Math.max(0, inLink - 1);
        return part;
      }
      if (inLink || !part.trim()) return part;
      return part.replace(m.re, (found) => {
        const id = termIdFor(m, found);
        if (!id || id === skip || used.has(id)) return found;
        used.add(id);
        return `<a class="glossary-term" href="${href(id)}">${found}</a>`;
      });
    })
    .join('');
}
