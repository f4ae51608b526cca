// Preview images for shared links, one per kind of page (src/lib/seo.ts), made at build time:
// satori lays the text out as SVG with a font shipped as an npm package (no system fonts, no
// network), resvg turns it into a PNG. 1200×630, the size WhatsApp, Facebook and X expect.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { KIND_COLOUR, PAGE_KINDS, type PageKind } from './seo.ts';
import { OG_HEIGHT, OG_WIDTH } from './og-size.ts';

const require = createRequire(path.join(process.cwd(), 'package.json'));
const font = (weight: 400 | 700) =>
  readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`));

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/** The PNG for one kind of page. */
export async function ogImage(kind: PageKind): Promise<Buffer> {
  const { label, tagline } = PAGE_KINDS[kind];
  const tree = el(
    'div',
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      boxSizing: 'border-box',
      background: KIND_COLOUR[kind],
      color: '#ffffff',
      fontFamily: 'Noto Sans',
    },
    [
      el('div', { display: 'flex', alignItems: 'center', fontSize: 34, fontWeight: 700 }, [
        el('div', {
          width: 40,
          height: 40,
          marginRight: 24,
          background: '#ffbf47',
          transform: 'rotate(45deg)',
          borderRadius: 6,
        }),
        'Rambu Netralitas ASN',
      ]),
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { display: 'flex', fontSize: 92, fontWeight: 700, lineHeight: 1.1 }, label),
        el('div', { display: 'flex', fontSize: 38, marginTop: 24, maxWidth: 1000, lineHeight: 1.3 }, tagline),
      ]),
      el(
        'div',
        { display: 'flex', fontSize: 26, borderTop: '3px solid #ffbf47', paddingTop: 20 },
        'Netralitas ASN dalam Pemilu dan Pilkada · bukan edisi resmi peraturan',
      ),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: [
      { name: 'Noto Sans', data: font(400), weight: 400, style: 'normal' },
      { name: 'Noto Sans', data: font(700), weight: 700, style: 'normal' },
    ],
  });
  return new Resvg(svg).render().asPng();
}
