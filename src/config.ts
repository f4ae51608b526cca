// Site-wide settings read from the environment at build time, in one place.

/**
 * Where "Laporkan koreksi" sends a reader: a GitHub new-issue URL (…/issues/new) or a mailto:
 * address, set by KOREKSI_URL (the GitHub Pages workflow sets it to the repository's issues).
 * Unset, the link goes to the methodology page's section on corrections.
 */
export const CORRECTIONS_URL = process.env.KOREKSI_URL?.trim() || undefined;

/** A prefilled correction report for a page: its title, its id and its address. */
export function correctionHref(subject: string, body: string, fallback: string): string {
  if (!CORRECTIONS_URL) return fallback;
  if (CORRECTIONS_URL.startsWith('mailto:'))
    return `${CORRECTIONS_URL}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  const sep = CORRECTIONS_URL.includes('?') ? '&' : '?';
  return `${CORRECTIONS_URL}${sep}title=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
