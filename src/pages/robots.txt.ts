import type { APIRoute } from 'astro';
import { absoluteUrl, siteUrl } from '../lib/url.ts';

// Everything may be crawled; pages not meant for search engines say noindex themselves
// (src/lib/seo.ts). The sitemap is named only when SITE_URL gives it an address.
export const GET: APIRoute = () => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (siteUrl()) lines.push('', `Sitemap: ${absoluteUrl('/sitemap-index.xml')}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
