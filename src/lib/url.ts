// Every internal link goes through here so the site works under a sub-path (BASE_PATH).

/** A base path in one shape, with a slash at both ends: "netralitas" or "/netralitas" → "/netralitas/", "" → "/". */
export function normalizeBase(base: string | undefined = '/'): string {
  const inner = base.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

// Every link of every page passes here; the base is the same for a whole build.
let lastBase: [string, string] = ['/', '/'];
export function withBase(path: string, base: string = import.meta.env?.BASE_URL ?? '/'): string {
  if (/^(?:[a-z]+:|#|\/\/)/i.test(path)) return path;
  if (lastBase[0] !== base) lastBase = [base, normalizeBase(base)];
  return lastBase[1] + path.replace(/^\/+/, '');
}

/**
 * A site path as it is cited off the site (cite box, CSV/JSON `url`, feed, print footers, QR codes):
 * the absolute URL when SITE_URL is set (Astro's `site`, e.g. https://netralitas.example.id),
 * otherwise the base-aware path. SITE_URL gives the origin; the path always comes from the base.
 */
export function absoluteUrl(
  path: string,
  site: string | undefined = import.meta.env?.SITE,
  base: string = import.meta.env?.BASE_URL ?? '/',
): string {
  if (/^[a-z]+:/i.test(path)) return path;
  const p = withBase(path, base);
  return site ? new URL(p, site).href : p;
}

/**
 * The site's address (SITE_URL → Astro `site`), or undefined when it is not set: then the build
 * leaves out what needs it (canonical links, og:url, the sitemap).
 */
export const siteUrl = (): string | undefined => import.meta.env?.SITE || undefined;
