import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { headersFor, metaPolicy, parseHeaders, sitePolicy } from '../../src/lib/headers.ts';
import { ROOT } from '../support/dist.ts';

const rules = parseHeaders(readFileSync(path.join(ROOT, 'public/_headers'), 'utf8'));
const get = (sitePath: string, name: string) =>
  headersFor(rules, sitePath)
    .filter(([n]) => n.toLowerCase() === name.toLowerCase())
    .map(([, v]) => v);

describe('public/_headers', () => {
  it('parses paths and indented headers, and rejects a header outside a path', () => {
    expect(parseHeaders('# c\n/*\n  A: 1\n\n/x/*\n  B: two words\n')).toEqual([
      { pattern: '/*', headers: [['A', '1']] },
      { pattern: '/x/*', headers: [['B', 'two words']] },
    ]);
    expect(() => parseHeaders('  A: 1\n')).toThrow(/line 1/);
  });

  it('sends the security headers on every path', () => {
    for (const p of ['/', '/deklarasi/x/', '/_astro/a.css', '/pagefind/pagefind.js', '/sw.js']) {
      expect(get(p, 'Content-Security-Policy'), p).toHaveLength(1);
      expect(get(p, 'X-Content-Type-Options'), p).toEqual(['nosniff']);
      expect(get(p, 'Referrer-Policy'), p).toHaveLength(1);
      expect(get(p, 'Permissions-Policy'), p).toHaveLength(1);
    }
  });

  it('caches hashed files for a year and the service worker never, with at most one Cache-Control per path', () => {
    const year = 'public, max-age=31536000, immutable';
    for (const p of ['/_astro/Base.x1.css', '/pagefind/index/id_1.pf_index', '/pagefind/fragment/id_2.pf_fragment'])
      expect(get(p, 'Cache-Control'), p).toEqual([year]);
    expect(get('/sw.js', 'Cache-Control')).toEqual(['no-cache']);
    // Not hashed: the host's default (revalidate).
    for (const p of ['/', '/cari/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json'])
      expect(get(p, 'Cache-Control'), p).toEqual([]);
  });

  it('has a strict policy; the <meta> form drops what a <meta> cannot carry', () => {
    const csp = sitePolicy(rules);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
    expect(metaPolicy("default-src 'self'; frame-ancestors 'none'; report-uri /r; img-src 'self'")).toBe(
      "default-src 'self'; img-src 'self'",
    );
  });
});

describe('GitHub Pages workflow', () => {
  const wf = parseYaml(readFileSync(path.join(ROOT, '.github/workflows/pages.yml'), 'utf8')) as {
    jobs: Record<
      string,
      { steps: { uses?: string; run?: string; env?: Record<string, string>; with?: { path?: string } }[] }
    >;
  };
  const steps = wf.jobs.build!.steps;

  it('tests as CI does, then builds dist/ for the Pages address and deploys it', () => {
    expect(steps.some((s) => s.run === 'bash .ci/run')).toBe(true);
    const build = steps.find((s) => s.run === 'npm run build')!;
    expect(build.env?.BASE_PATH).toMatch(/base_path/);
    expect(build.env?.SITE_URL).toMatch(/origin/);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path).toBe('dist');
    expect(wf.jobs.deploy!.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });
});
