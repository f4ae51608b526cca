// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentCheck from './src/integrations/content-check.ts';

// BASE_PATH lets the same build run under a sub-path (e.g. /netralitas/).
const base = process.env.BASE_PATH ?? '/';
// A build from another content folder (fixtures, benchmarks) keeps its own content cache,
// so switching folders never mixes entries.
const contentDir = process.env.CONTENT_DIR;
const cacheDir = contentDir ? `./node_modules/.astro-cache/${contentDir.replace(/[^a-z0-9]+/gi, '-')}` : undefined;

export default defineConfig({
  base,
  outDir: process.env.OUT_DIR ?? 'dist',
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  prefetch: false,
  // The search index and the offline pack are built by scripts/postbuild.ts after Astro exits.
  integrations: [contentCheck(), mdx()],
  vite: {
    build: {
      rolldownOptions: {
        // withastro/astro#18087: one MODULE_LEVEL_DIRECTIVE warning per .mdx file.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
