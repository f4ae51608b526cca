// The second edition of the legal content answers the legal audit of December 2026
// (shared/reference/legal-audit-2026-12.md): 19 findings and 14 missing topics. Each one is either
// fixed, with a change-log entry (content/perubahan/, bidang: hukum) that names it, or listed as not
// yet confirmed (content/belum-pasti/, bidang: hukum) with the reason.
//
// Convention (no extra field): the entry's text names its audit items one by one, after the words
// "Audit hukum 2026-12" — in `ringkasan` for a change-log entry, in `asal` for a belum-pasti entry —
// as "temuan N" (finding N) and "topik N" (missing topic N), e.g. "Audit hukum 2026-12, temuan 2, topik 5".
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../support/content.ts';

const AUDIT = 'Audit hukum 2026-12';
const FINDINGS = 19;
const TOPICS = 14;
const AUDIT_ITEMS = [
  ...Array.from({ length: FINDINGS }, (_, i) => `temuan-${i + 1}`),
  ...Array.from({ length: TOPICS }, (_, i) => `topik-${i + 1}`),
];

/** The audit items a text names ("temuan 2", "topik 14"), as ids ("temuan-2", "topik-14"). */
function auditItemsIn(text: string | undefined): string[] {
  if (!text || !text.includes(AUDIT)) return [];
  return [...text.matchAll(/\b(temuan|topik) (\d{1,2})\b/g)].map((m) => `${m[1]}-${m[2]}`);
}

let c: Awaited<ReturnType<typeof loadContent>>;
beforeAll(async () => {
  c = await loadContent();
});

const fromChangeLog = () =>
  c.perubahan.filter((p) => p.data.bidang === 'hukum').flatMap((p) => auditItemsIn(p.data.ringkasan));
const fromOpenClaims = () =>
  c['belum-pasti'].filter((b) => b.data.bidang === 'hukum').flatMap((b) => auditItemsIn(b.data.asal));

describe('legal audit 2026-12: every finding and missing topic is answered', () => {
  it('the convention parser reads the items a text names', () => {
    expect(auditItemsIn(`${AUDIT}, temuan 2, temuan 5; topik 14.`)).toEqual(['temuan-2', 'temuan-5', 'topik-14']);
    expect(auditItemsIn('temuan 2 tanpa menyebut audit')).toEqual([]);
  });

  it('each of the 19 findings and 14 missing topics is named by a legal change-log entry or an open claim', () => {
    const answered = new Set([...fromChangeLog(), ...fromOpenClaims()]);
    expect(AUDIT_ITEMS.filter((id) => !answered.has(id))).toEqual([]);
  });

  it('entries name only items the audit has (no typo such as "temuan 20")', () => {
    const known = new Set(AUDIT_ITEMS);
    expect([...fromChangeLog(), ...fromOpenClaims()].filter((id) => !known.has(id))).toEqual([]);
  });

  it('a legal correction that names an audit item says what changed and on what source', () => {
    for (const p of c.perubahan.filter((x) => x.data.bidang === 'hukum' && auditItemsIn(x.data.ringkasan).length)) {
      if (p.data.jenis !== 'koreksi') continue;
      expect(p.data.sebelumnya, p.file).toBeTruthy();
      expect(p.data.sekarang, p.file).toBeTruthy();
      expect(p.data.sumber.length, p.file).toBeGreaterThan(0);
    }
  });
});

describe('legal audit 2026-12: facts the corrections rest on', () => {
  const reg = (id: string) => c.regulasi.find((r) => r.id === id);

  it('UU 5/2014 is shown as revoked by UU 20/2023', () => {
    expect(reg('uu-5-2014')?.data.status).toBe('dicabut');
    expect(reg('uu-20-2023')?.data.relasi).toContainEqual(
      expect.objectContaining({ jenis: 'mencabut', regulasi: 'uu-5-2014' }),
    );
  });

  it('the DPRD candidacy rule (UU 7/2017 Pasal 240 ayat (1) huruf k) is on the site and names the DPRD', () => {
    const p = reg('uu-7-2017')?.data.pasal.find((x) => x.anchor === 'pasal-240-ayat-1-huruf-k');
    expect(p, 'uu-7-2017#pasal-240-ayat-1-huruf-k').toBeDefined();
    expect(p!.inti).toMatch(/DPRD/);
    expect(p!.inti).toMatch(/aparatur sipil negara/);
  });
});
