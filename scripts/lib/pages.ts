// The HTML pages of a built site, as site paths. Shared by the benchmarks and the tests.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** All HTML files under dir (Pagefind's folder aside), as sorted site paths ("/deklarasi/x/", "/404.html"). */
export function htmlPages(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'pagefind') walk(p);
      } else if (e.name.endsWith('.html'))
        out.push(
          '/' +
            path
              .relative(dir, p)
              .replace(/index\.html$/, '')
              .replace(/\\/g, '/'),
        );
    }
  };
  walk(dir);
  return out.sort();
}

/** The file behind a site path: "/x/" → dir/x/index.html, "/404.html" → dir/404.html. */
export const fileOf = (dir: string, sitePath: string) =>
  sitePath.endsWith('/') ? path.join(dir, sitePath, 'index.html') : path.join(dir, sitePath);
