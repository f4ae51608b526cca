import { describe, expect, it } from 'vitest';
import { htmlId } from '../../src/lib/html.ts';

// The print footers are covered in tests/unit/helpers.test.ts ("print footers") and by the PDF
// tests in tests/e2e/trainer.test.ts.
describe('htmlId', () => {
  it('prefixes ids that do not start with a letter and keeps the rest', () => {
    expect(htmlId('1-pilih-saluran')).toBe('bagian-1-pilih-saluran');
    expect(htmlId('ringkasan')).toBe('ringkasan');
  });
});
