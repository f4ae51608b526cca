// Tile cartogram of the 38 provinces: one square each, placed roughly west→east, north→south.
// Hand-placed grid (row, col) and short labels; names come from idn-area-data.
export const TILES: Record<string, { r: number; c: number; abbr: string }> = {
  '11': { r: 0, c: 0, abbr: 'ACEH' },
  '12': { r: 1, c: 1, abbr: 'SUMUT' },
  '13': { r: 2, c: 1, abbr: 'SUMBAR' },
  '14': { r: 2, c: 2, abbr: 'RIAU' },
  '21': { r: 1, c: 3, abbr: 'KEPRI' },
  '15': { r: 3, c: 2, abbr: 'JAMBI' },
  '17': { r: 3, c: 1, abbr: 'BKL' },
  '16': { r: 4, c: 2, abbr: 'SUMSEL' },
  '19': { r: 3, c: 3, abbr: 'BABEL' },
  '18': { r: 5, c: 2, abbr: 'LPG' },
  '31': { r: 5, c: 4, abbr: 'DKI' },
  '36': { r: 6, c: 3, abbr: 'BANTEN' },
  '32': { r: 6, c: 4, abbr: 'JABAR' },
  '33': { r: 6, c: 5, abbr: 'JATENG' },
  '34': { r: 7, c: 5, abbr: 'DIY' },
  '35': { r: 6, c: 6, abbr: 'JATIM' },
  '51': { r: 6, c: 7, abbr: 'BALI' },
  '52': { r: 6, c: 8, abbr: 'NTB' },
  '53': { r: 6, c: 9, abbr: 'NTT' },
  '61': { r: 2, c: 5, abbr: 'KALBAR' },
  '62': { r: 3, c: 6, abbr: 'KALTENG' },
  '63': { r: 4, c: 7, abbr: 'KALSEL' },
  '64': { r: 2, c: 7, abbr: 'KALTIM' },
  '65': { r: 1, c: 7, abbr: 'KALTARA' },
  '71': { r: 1, c: 10, abbr: 'SULUT' },
  '75': { r: 1, c: 9, abbr: 'GTLO' },
  '72': { r: 2, c: 9, abbr: 'SULTENG' },
  '76': { r: 3, c: 8, abbr: 'SULBAR' },
  '73': { r: 4, c: 8, abbr: 'SULSEL' },
  '74': { r: 4, c: 9, abbr: 'SULTRA' },
  '82': { r: 1, c: 11, abbr: 'MALUT' },
  '81': { r: 3, c: 11, abbr: 'MALUKU' },
  '96': { r: 2, c: 12, abbr: 'PBD' },
  '92': { r: 2, c: 13, abbr: 'PABAR' },
  '91': { r: 2, c: 14, abbr: 'PAPUA' },
  '94': { r: 3, c: 13, abbr: 'PAPTENG' },
  '95': { r: 3, c: 14, abbr: 'PAPPEG' },
  '93': { r: 4, c: 14, abbr: 'PAPSEL' },
};

/** Side of one tile in SVG units. */
export const TILE_SIZE = 62;

/** The SVG's size: the grid spans every tile. */
export function cartogramSize(tiles: Record<string, { r: number; c: number }> = TILES) {
  const all = Object.values(tiles);
  return {
    width: (Math.max(...all.map((t) => t.c)) + 1) * TILE_SIZE,
    height: (Math.max(...all.map((t) => t.r)) + 1) * TILE_SIZE,
  };
}

/** Colour bin for a count: 0 = none found yet. */
export function bin(count: number, max: number): 0 | 1 | 2 | 3 {
  if (count === 0) return 0;
  if (max <= 1) return 3;
  const f = count / max;
  return f > 0.66 ? 3 : f > 0.33 ? 2 : 1;
}

/** The count ranges each colour bin covers, for the legend: [bin, from, to] for bins with counts. */
export function binRanges(max: number): { bin: 1 | 2 | 3; from: number; to: number }[] {
  const out: { bin: 1 | 2 | 3; from: number; to: number }[] = [];
  for (let n = 1; n <= max; n++) {
    const b = bin(n, max) as 1 | 2 | 3;
    const last = out.at(-1);
    if (last?.bin === b) last.to = n;
    else out.push({ bin: b, from: n, to: n });
  }
  return out;
}
