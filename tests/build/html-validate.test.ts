// HTML conformance: every built page passes html-validate (.htmlvalidate.json: the recommended
// and document rules). Parsed in-process, ~5 s for the whole site.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { DIST, ROOT, fileOf, htmlPages, requireBuild } from '../support/dist.ts';

describe('html-validate', () => {
  it('every page in dist/ has no error', async () => {
    requireBuild(DIST);
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = htmlPages(DIST);
    const errors: string[] = [];
    for (const p of pages) {
      const file = fileOf(DIST, p);
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const r of report.results)
        for (const m of r.messages) errors.push(`${p}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(pages.length).toBeGreaterThan(100);
    expect(errors, `${errors.length} errors`).toEqual([]);
  });

  it('uses the project configuration', async () => {
    const config = await new HtmlValidate(new FileSystemConfigLoader()).getConfigFor(`${ROOT}/dist/index.html`);
    expect(config.getRules().get('valid-id')?.[0]).toBe(2);
    expect(config.getRules().get('no-inline-style')?.[0]).toBe(2);
  });
});
