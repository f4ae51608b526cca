// Every printable sheet of the site, with what its footer needs: one list for the sheets, their
// footer files (src/pages/cetak/kaki/) and the /cetak/ index.
import { getIkrar, getLarangan, getPanduan, getRegulasi, getSkenario, getStatistik } from './content.ts';
import { newestVerified } from './dates.ts';
import { routes } from './routes.ts';
import { cycleLabel, latestCycle } from './statistik.ts';

export interface PrintSheet {
  path: string;
  title: string;
  /** Sheets of A4 paper it prints on; the PDF test holds the page to it. */
  pages: number;
  verified?: string | undefined;
}

export async function printSheets(): Promise<PrintSheet[]> {
  const lar = await getLarangan();
  const boleh = (await getSkenario()).filter((s) => s.data.putusan === 'boleh');
  const regs = await getRegulasi();
  const lapor = (await getPanduan()).find((g) => g.id === 'cara-melapor');
  const stat = await getStatistik();
  const cycle = latestCycle(stat);
  return [
    {
      path: routes.printSheet('boleh-dan-tidak'),
      title: 'Yang boleh dan tidak boleh',
      pages: 2,
      verified: newestVerified([...lar, ...boleh]),
    },
    {
      path: routes.printSheet('sanksi'),
      title: 'Ringkasan sanksi',
      pages: 1,
      verified: newestVerified([...lar, ...regs]),
    },
    { path: routes.printSheet('lapor'), title: 'Langkah melapor', pages: 1, verified: lapor?.data.diperbarui },
    {
      path: routes.statistikCetak(),
      title: `Angka kunci pelanggaran netralitas${cycle ? `: ${cycleLabel(cycle)}` : ''}`,
      pages: 1,
      verified: newestVerified(stat.filter((f) => f.data.pemilihan === cycle)),
    },
    ...(await getIkrar()).map((k) => ({
      path: routes.ikrarPrint(k.id),
      title: `Ikrar: ${k.data.judul}`,
      pages: 2,
      verified: k.data.diverifikasi,
    })),
  ];
}

export async function printSheet(path: string): Promise<PrintSheet> {
  const s = (await printSheets()).find((x) => x.path === path);
  if (!s) throw new Error(`${path} is not in printSheets() (src/lib/print-sheets.ts)`);
  return s;
}
