import type { APIRoute } from 'astro';
import QRCode from 'qrcode';
import { printSheets } from '../../../lib/print-sheets.ts';
import { printSlug } from '../../../lib/print.ts';
import { absoluteUrl } from '../../../lib/url.ts';

// QR code to a printed sheet's absolute URL, made at build time (no service, no client script).
export async function getStaticPaths() {
  if (!/^https?:/.test(absoluteUrl('/'))) return [];
  return (await printSheets()).map((s) => ({
    params: { slug: printSlug(s.path) },
    props: { url: absoluteUrl(s.path) },
  }));
}
export const GET: APIRoute = async ({ props }) =>
  new Response(await QRCode.toString(props.url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', width: 64 }), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
