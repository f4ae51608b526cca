// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentCheck from './src/integrations/content-check.ts';
import pagefind from './src/integrations/pagefind.ts';

// BASE_PATH lets the same build run under a sub-path (e.g. /netralitas/).
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  outDir: process.env.OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  prefetch: false,
  integrations: [contentCheck(), mdx(), pagefind()],
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
