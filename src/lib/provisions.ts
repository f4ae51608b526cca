// Client-safe (the search page bundles it: no schema or zod imports here; the index itself is
// built by provision-index.ts). Index of every provision (pasal, huruf, angka…) on the regulation
// pages, for the search page:
// a query shaped like a citation ("pasal 5 huruf n") is answered from this small file instead of
// the full-text index, which would load every word's chunk and the long regulation pages.

export interface ProvisionHit {
  /** "Pasal 5 huruf n" */
  label: string;
  /** Short title of the instrument, e.g. "PP 94/2021". */
  regulasi: string;
  status: string;
  /** Site path with the provision's anchor (no base). */
  href: string;
  /** The gist, shortened on a word boundary. */
  inti: string;
}

const MAX_INTI = 160;
export function shorten(text: string, max = MAX_INTI): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[,;:.]$/, '')}…`;
}

/** Lower case, no brackets or repeated spaces: "Pasal 9 ayat (2)" → "pasal 9 ayat 2". */
export const normCitation = (s: string) => s.toLowerCase().replace(/[()#]/g, '').replace(/\s+/g, ' ').trim();

/** The citation inside a query ("pasal 5 huruf n", "pasal 9 ayat 2"), if any. */
export const CITATION = /\bpasal\s+\d+[a-z]?(?:\s+ayat\s*\(?\d+\)?)?(?:\s+huruf\s+[a-z])?(?:\s+angka\s+\d+)?/i;

/**
 * Provisions a query cites: the label equals the citation or continues it ("pasal 5" also finds
 * "Pasal 5 huruf n"). Other words in the query narrow the instruments ("pp 94 pasal 5") when
 * they match some; otherwise they are ignored here.
 */
export function matchProvisions(query: string, index: ProvisionHit[]): ProvisionHit[] {
  const m = CITATION.exec(query);
  if (!m) return [];
  const cite = normCitation(m[0]);
  const hits = index.filter((p) => {
    const label = normCitation(p.label);
    return label === cite || label.startsWith(`${cite} `);
  });
  const rest = normCitation(query.replace(m[0], ' '))
    .split(' ')
    .filter((w) => w.length > 0);
  if (!rest.length) return hits;
  const narrowed = hits.filter((p) => rest.every((w) => normCitation(p.regulasi).includes(w)));
  return narrowed.length ? narrowed : hits;
}
