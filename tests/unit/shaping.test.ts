// Pure shaping functions the pages render (src/lib): each would show wrong text on a page if broken.
import { SITUATIONS } from '../../src/collections/situasi.ts';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../support/content.ts';
import { ROOT } from '../support/dist.ts';
import {
  citationLabel,
  citingLarangan,
  provisionLabel,
  provisionOf,
  shortTitle,
  titleSubject,
} from '../../src/lib/relations.ts';
import { asStatement, bySituation, shortBasis } from '../../src/lib/handout.ts';
import {
  MATRIX_ORDERS,
  pppkAsNoted,
  sanctionGroups,
  sanctionLine,
  sheetSanctionNote,
  sanctionLevelsUsed,
  sanctionMatrix,
  type MatrixOrder,
} from '../../src/lib/sanctions.ts';
import { byId } from '../../src/lib/lookup.ts';
import { TILES, TILE_SIZE, cartogramSize } from '../../src/lib/cartogram.ts';
import { SANCTION_LEVELS } from '../../src/collections/sanksi.ts';
import { VIOLATION_KINDS } from '../../src/collections/larangan.ts';

const fx = await loadContent(path.join(ROOT, 'tests/fixtures/content'));
const real = await loadContent(path.join(ROOT, 'content'));

describe('regulation pages', () => {
  it('heads a regulation with the subject of its title', () => {
    expect(titleSubject('Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara')).toBe(
      'Aparatur Sipil Negara',
    );
    // Only the first "tentang" splits; a title without one stays whole.
    expect(titleSubject('Keputusan Bersama tentang Pedoman tentang Netralitas')).toBe('Pedoman tentang Netralitas');
    expect(titleSubject('Putusan MK 41/PUU-XII/2014')).toBe('Putusan MK 41/PUU-XII/2014');
  });

  it('names regulations and provisions, falling back to the id or the short title', () => {
    expect(shortTitle('uu-20-2023', fx.regulasi)).toBe('UU 20/2023');
    expect(shortTitle('tidak-ada', fx.regulasi)).toBe('tidak-ada');
    const ref = { regulasi: 'uu-20-2023', pasal: 'pasal-9-ayat-2' };
    const label = provisionOf(ref, fx.regulasi)!.label;
    expect(citationLabel(ref, fx.regulasi)).toBe(`UU 20/2023 ${label}`);
    expect(provisionLabel(ref, fx.regulasi)).toBe(label);
    expect(provisionLabel({ regulasi: 'uu-20-2023', pasal: 'pasal-99' }, fx.regulasi)).toBe('UU 20/2023');
  });

  it('lists the larangan resting on a regulation through either the prohibition or the sanction', () => {
    const [l] = fx.larangan;
    expect(citingLarangan('uu-5-2014', fx.larangan)).toEqual([l]); // dasar_hukum only
    expect(citingLarangan('pp-94-2021', fx.larangan)).toEqual([l]); // sanksi.dasar only
    expect(citingLarangan('se-lain', fx.larangan)).toEqual([]);
  });

  it('looks entries up by id with one Map per list', () => {
    const m = byId(fx.regulasi);
    expect(m.get('pp-94-2021')?.data.judul_singkat).toBe('PP 94/2021');
    expect(byId(fx.regulasi)).toBe(m);
    expect(byId([...fx.regulasi])).not.toBe(m);
  });
});

describe('the "boleh dan tidak" handout', () => {
  it('turns a question into a statement', () => {
    expect(asStatement('Bolehkah saya mencoblos di TPS?')).toBe('Mencoblos di TPS');
    expect(asStatement('Bolehkah PPPK menjadi anggota KPPS?')).toBe('PPPK menjadi anggota KPPS');
  });

  it('prints the statute or PP pasal first, then the annex item, then the first reference', () => {
    const regs = real.regulasi;
    const skbRef = {
      regulasi: 'skb-netralitas-2022',
      pasal: real.regulasi.find((r) => r.id === 'skb-netralitas-2022')!.data.pasal[0]!.anchor,
    };
    const pp = { regulasi: 'pp-94-2021', pasal: 'pasal-5-huruf-n' };
    expect(shortBasis([skbRef, pp], regs)).toBe(citationLabel(pp, regs));
    expect(shortBasis([skbRef], regs, { bagian: 'A', nomor: 3 })).toBe('SKB 2022 A.3');
    expect(shortBasis([skbRef], regs)).toBe(citationLabel(skbRef, regs));
    expect(shortBasis([{ regulasi: 'uu-20-2023' }], regs)).toBe('UU 20/2023');
  });

  it('groups larangan by situation in the fixed order, without empty groups', () => {
    const groups = bySituation(real.larangan);
    expect(groups.map((g) => g.group)).toEqual(
      SITUATIONS.filter((g) => real.larangan.some((l) => l.data.kelompok === g)),
    );
    expect(groups.flatMap((g) => g.items)).toHaveLength(real.larangan.length);
    expect(bySituation(fx.larangan)).toEqual([{ group: 'media-sosial', items: fx.larangan }]);
  });
});

describe('sanction matrix', () => {
  const rank = {
    sanksi: (l: (typeof real.larangan)[number]) => SANCTION_LEVELS.indexOf(l.data.sanksi.tingkat),
    kelompok: (l: (typeof real.larangan)[number]) => SITUATIONS.indexOf(l.data.kelompok),
    jenis: (l: (typeof real.larangan)[number]) => VIOLATION_KINDS.indexOf(l.data.jenis),
  };
  it.each(Object.keys(MATRIX_ORDERS) as MatrixOrder[])(
    'orders every larangan by %s, ties by the next keys',
    (order) => {
      const rows = sanctionMatrix(real.larangan, order);
      expect([...rows].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
        [...real.larangan].sort((a, b) => a.id.localeCompare(b.id)),
      );
      for (let i = 1; i < rows.length; i++) {
        const [a, b] = [rows[i - 1]!, rows[i]!];
        if (order === 'perbuatan') expect(a.data.judul.localeCompare(b.data.judul, 'id'), b.id).toBeLessThanOrEqual(0);
        else expect(rank[order](a), `${a.id} before ${b.id}`).toBeLessThanOrEqual(rank[order](b));
      }
    },
  );
  it('lists the levels in use from the lightest', () => {
    const used = sanctionLevelsUsed(real.larangan);
    expect(used).toEqual(SANCTION_LEVELS.filter((t) => used.includes(t)));
    expect(sanctionLevelsUsed(fx.larangan)).toEqual(['berat']);
  });
});

describe('cartogram', () => {
  it('spans exactly the tiles: 15 columns and 8 rows of 62 units', () => {
    expect(cartogramSize()).toEqual({ width: 15 * TILE_SIZE, height: 8 * TILE_SIZE });
    expect(cartogramSize({ a: { r: 0, c: 0 }, b: { r: 2, c: 4 } })).toEqual({
      width: 5 * TILE_SIZE,
      height: 3 * TILE_SIZE,
    });
    expect(Object.keys(TILES)).toHaveLength(38);
  });
});

describe('sanctions per person', () => {
  it('groups people by level in first-appearance order, people without a level apart', () => {
    expect(
      sanctionGroups([
        { subjek: 'pns', nama: 'PNS', tingkat: 'sedang' },
        { subjek: 'pppk', nama: 'PPPK', tingkat: 'disiplin-pppk' },
        { subjek: 'pj-kepala-daerah', nama: 'Pj kepala daerah', tingkat: 'sedang' },
        { subjek: 'x', nama: 'X' },
      ]),
    ).toEqual([
      { tingkat: 'sedang', names: ['PNS', 'Pj kepala daerah'], ids: ['pns', 'pj-kepala-daerah'] },
      { tingkat: 'disiplin-pppk', names: ['PPPK'], ids: ['pppk'] },
      { names: ['X'], ids: ['x'] },
    ]);
  });
  it('says in one line whom the first level is for and the others in short (search results)', () => {
    expect(
      sanctionLine([
        { subjek: 'pns', nama: 'PNS', tingkat: 'berat' },
        { subjek: 'pppk', nama: 'PPPK', tingkat: 'disiplin-pppk' },
        { subjek: 'non-asn', nama: 'Pegawai non-ASN', tingkat: 'kontrak' },
      ]),
    ).toBe('Hukuman disiplin berat (PNS); PPPK: disiplin PPPK; pegawai non-ASN: sanksi kontrak');
    expect(sanctionLine([])).toBe('');
  });
  it('the A4 sheet note on PPPK sanctions holds for every rule (crime and PTDH the same, else PPPK discipline)', () => {
    expect(real.larangan.filter((l) => !pppkAsNoted(l.data)).map((l) => l.id)).toEqual([]);
    // Rules that bind someone else first are named in the note.
    const note = sheetSanctionNote(real.larangan, real.subjek);
    for (const l of real.larangan.filter((x) => x.data.berlaku_untuk[0] !== 'pns')) {
      const who = real.subjek.find((p) => p.id === l.data.berlaku_untuk[0])!.data.nama;
      expect(note.toLowerCase()).toContain(who.toLowerCase());
    }
    expect(
      pppkAsNoted({
        berlaku_untuk: ['pns', 'pppk'],
        sanksi: { tingkat: 'berat' },
        sanksi_lain: [{ subjek: 'pppk', tingkat: 'berat' }],
      }),
    ).toBe(false);
  });
});
