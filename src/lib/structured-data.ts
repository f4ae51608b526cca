// JSON-LD (schema.org) for the pages it fits: Legislation for instruments, Event for declarations,
// Dataset for /data/, FAQPage for the checker's answers. Base.astro writes it into <head>; URLs are
// absolute when SITE_URL is set (src/lib/url.ts). tests/build/seo.test.ts parses every block.
import type { EntryOf } from '../collections/index.ts';
import { VERDICT_LABEL } from '../collections/skenario.ts';
import { recordDateAttr } from './dates.ts';
import { shortDescription } from './seo.ts';

export type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';
const SITE = 'Rambu Netralitas ASN';
const publisher = { '@type': 'Organization', name: SITE };

/** schema.org legal force of an instrument's status. */
export const LEGAL_FORCE = {
  berlaku: 'https://schema.org/InForce',
  diubah: 'https://schema.org/PartiallyInForce',
  dicabut: 'https://schema.org/NotInForce',
  'tidak-berlaku': 'https://schema.org/NotInForce',
} as const;

export function legislation(r: EntryOf<'regulasi'>, url: string): JsonLd {
  const d = r.data;
  return {
    '@context': CONTEXT,
    '@type': 'Legislation',
    name: d.judul,
    alternateName: d.judul_singkat,
    legislationIdentifier: d.nomor.map((n) => n.nomor).join('; '),
    legislationType: d.jenis,
    legislationLegalForce: LEGAL_FORCE[d.status],
    ...(d.tanggal_ditetapkan ? { legislationDate: d.tanggal_ditetapkan } : {}),
    legislationPassedBy: d.penerbit.map((name) => ({ '@type': 'Organization', name })),
    legislationJurisdiction: 'ID',
    inLanguage: 'id',
    description: d.ringkasan,
    url,
  };
}

export function event(
  r: EntryOf<'deklarasi'>,
  place: { name: string; province: string | undefined },
  url: string,
): JsonLd {
  const d = r.data;
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    name: d.judul,
    startDate: recordDateAttr(d.tanggal, d.presisi_tanggal),
    location: {
      '@type': 'Place',
      name: d.tempat ?? place.name,
      address: {
        '@type': 'PostalAddress',
        addressLocality: place.name,
        ...(place.province && place.province !== place.name ? { addressRegion: place.province } : {}),
        addressCountry: 'ID',
      },
    },
    ...(d.penyelenggara.length
      ? { organizer: d.penyelenggara.map((name) => ({ '@type': 'Organization', name })) }
      : {}),
    description: shortDescription(d.ringkasan),
    inLanguage: 'id',
    url,
  };
}

export function dataset(opts: {
  url: string;
  records: number;
  first: string | undefined;
  last: string | undefined;
  modified: string | undefined;
  license?: string;
  files: { url: string; format: string; name: string }[];
}): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Dataset',
    name: 'Deklarasi netralitas ASN di daerah',
    description: `${opts.records} rekaman deklarasi, ikrar, dan pakta integritas netralitas ASN yang diterbitkan pemerintah daerah, instansi, dan pengawas pemilu, masing-masing dengan tanggal, wilayah (kode Kemendagri), kegiatan, pejabat, dan sumbernya. Bukan daftar lengkap: hanya acara yang beritanya ditemukan dan diverifikasi.`,
    url: opts.url,
    inLanguage: 'id',
    creator: publisher,
    spatialCoverage: { '@type': 'Place', name: 'Indonesia' },
    ...(opts.first && opts.last ? { temporalCoverage: `${opts.first}/${opts.last}` } : {}),
    ...(opts.modified ? { dateModified: opts.modified } : {}),
    ...(opts.license ? { license: opts.license } : {}),
    keywords: ['netralitas ASN', 'pemilu', 'pilkada', 'deklarasi', 'ikrar', 'pakta integritas'],
    distribution: opts.files.map((f) => ({
      '@type': 'DataDownload',
      name: f.name,
      encodingFormat: f.format,
      contentUrl: f.url,
    })),
  };
}

export function faqPage(s: EntryOf<'skenario'>, url: string): JsonLd {
  const d = s.data;
  const answer = [`${VERDICT_LABEL[d.putusan].label}.`, d.syarat, d.penjelasan].filter(Boolean).join(' ');
  return {
    '@context': CONTEXT,
    '@type': 'FAQPage',
    url,
    inLanguage: 'id',
    mainEntity: [
      {
        '@type': 'Question',
        name: d.pertanyaan,
        acceptedAnswer: { '@type': 'Answer', text: answer },
      },
    ],
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export const jsonLdText = (data: JsonLd | JsonLd[]) => JSON.stringify(data).replace(/</g, '\\u003c');
