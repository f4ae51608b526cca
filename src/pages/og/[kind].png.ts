import type { APIRoute, GetStaticPaths } from 'astro';
import { ogImage } from '../../lib/og-image.ts';
import { PAGE_KINDS, type PageKind } from '../../lib/seo.ts';

// One preview image per kind of page (src/lib/seo.ts), referenced by og:image and twitter:image.
export const getStaticPaths = (() =>
  (Object.keys(PAGE_KINDS) as PageKind[]).map((kind) => ({ params: { kind } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await ogImage(params.kind as PageKind)), { headers: { 'Content-Type': 'image/png' } });
