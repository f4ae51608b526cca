// The response headers of public/_headers (the Netlify / Cloudflare Pages format): parsed here for
// the layout's <meta> Content-Security-Policy and for the test server, so the policy is written once.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface HeaderRule {
  /** Site path pattern; "*" matches any run of characters ("/_astro/*"). */
  pattern: string;
  headers: [name: string, value: string][];
}

/** Rules in file order. Lines: a path at the start of a line, then indented "Name: value" lines; "#" comments. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.*?)\s*$/.exec(line);
    const rule = rules.at(-1);
    if (!m || !rule) throw new Error(`_headers line ${i + 1}: expected "Name: value" under a path: ${line}`);
    rule.headers.push([m[1]!, m[2]!]);
  }
  return rules;
}

const patternRegex = (pattern: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

/** Headers for one site path (without the base), every matching rule in file order. */
export function headersFor(rules: readonly HeaderRule[], sitePath: string): [string, string][] {
  return rules.filter((r) => patternRegex(r.pattern).test(sitePath)).flatMap((r) => r.headers);
}

/** Directives a <meta http-equiv="Content-Security-Policy"> cannot carry (the browser ignores them and warns). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** The policy as a <meta> can carry it: the header's directives less the header-only ones. */
export function metaPolicy(csp: string): string {
  return csp
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !HEADER_ONLY.has(d.split(/\s+/)[0]!.toLowerCase()))
    .join('; ');
}

/** The site-wide Content-Security-Policy of a _headers file (the "/*" rule). */
export function sitePolicy(rules: readonly HeaderRule[]): string {
  const csp = headersFor(rules, '/').find(([name]) => name.toLowerCase() === 'content-security-policy')?.[1];
  if (!csp) throw new Error('public/_headers has no Content-Security-Policy for "/*"');
  return csp;
}

let cached: string | undefined;
/** The <meta> policy from public/_headers (read once per build; the build runs in the project root). */
export function metaPolicyFromFile(file = path.resolve('public/_headers')): string {
  cached ??= metaPolicy(sitePolicy(parseHeaders(readFileSync(file, 'utf8'))));
  return cached;
}
