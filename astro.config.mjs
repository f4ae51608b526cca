// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import sitemap from '@astrojs/sitemap';
import contentCheck from './src/integrations/content-check.ts';
import { isIndexable } from './src/lib/seo.ts';

// BASE_PATH lets the same build run under a sub-path (e.g. /netralitas/).
const base = process.env.BASE_PATH ?? '/';
// SITE_URL (scheme and host, e.g. https://netralitas.example.id) is the one setting for absolute
// URLs: cited links (src/lib/url.ts absoluteUrl() reads it as Astro's `site`), canonical links,
// og:url and og:image, the sitemap and robots.txt. Unset, they stay base-aware paths or are left out.
const site = process.env.SITE_URL || undefined;
const basePrefix = base.replace(/\/?$/, '/');
// A build from another content folder (fixtures, benchmarks) keeps its own content cache,
// so switching folders never mixes entries.
const contentDir = process.env.CONTENT_DIR;
// Astro keeps parsed entries in its data store and re-parses only files that changed; a schema
// change in src/collections/ does not invalidate it (stale entries lack new fields). The store's
// folder therefore carries a hash of the schema modules, so a schema change starts a fresh store.
const schemaFiles = readdirSync('src/collections')
  .filter((f) => f.endsWith('.ts'))
  .sort()
  .map((f) => readFileSync(`src/collections/${f}`));
const schemaHash = createHash('sha1').update(Buffer.concat(schemaFiles)).digest('hex').slice(0, 10);
const cacheDir = `./node_modules/.astro-cache/${contentDir ? contentDir.replace(/[^a-z0-9]+/gi, '-') : 'content'}-${schemaHash}`;

export default defineConfig({
  base,
  ...(site ? { site } : {}),
  outDir: process.env.OUT_DIR ?? 'dist',
  cacheDir,
  trailingSlash: 'always',
  // Styles and scripts go to files in /_astro/, never inline: the Content-Security-Policy
  // (public/_headers, and the layout's <meta>) allows 'self' only, no 'unsafe-inline'.
  // Four pages in flight: one page at a time left Astro's thread waiting on each page's mkdir and
  // write about half the time. Output is byte for byte the same (docs/benchmarks.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  devToolbar: { enabled: false },
  prefetch: false,
  // The search index and the offline pack are built by scripts/postbuild.ts after Astro exits.
  integrations: [
    contentCheck(),
    mdx(),
    // Only with SITE_URL: a sitemap lists absolute URLs. The same rule as noindex (src/lib/seo.ts).
    ...(site
      ? [
          sitemap({
            filter: (page) => isIndexable(`/${new URL(page).pathname.slice(basePrefix.length)}`),
          }),
        ]
      : []),
  ],
  vite: {
    build: {
      // Astro inlines scripts below this size; 0 keeps every script in a file (see above).
      assetsInlineLimit: 0,
      rolldownOptions: {
        // withastro/astro#18087: one MODULE_LEVEL_DIRECTIVE warning per .mdx file.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
