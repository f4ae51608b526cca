import type { APIRoute } from 'astro';
import { printSheets } from '../../../lib/print-sheets.ts';
import { printFooterCss, printFooterText, printSlug } from '../../../lib/print.ts';
import { absoluteUrl } from '../../../lib/url.ts';

// The footer of each printed sheet: URL, QR code (only when SITE_URL makes the URL absolute:
// a QR code to a bare path would lead nowhere), verification date.
export async function getStaticPaths() {
  return (await printSheets()).map((s) => ({ params: { slug: printSlug(s.path) }, props: { sheet: s } }));
}
export const GET: APIRoute = ({ props, params }) => {
  const url = absoluteUrl(props.sheet.path);
  const qr = /^https?:/.test(url) ? `${params.slug}.svg` : undefined;
  return new Response(printFooterCss(printFooterText(url, props.sheet.verified), qr), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
};
