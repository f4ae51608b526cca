// Small text helpers for labels written in sentence case.

/**
 * A label inside a sentence: "Media sosial" → "media sosial", "Kepala desa" → "kepala desa";
 * acronyms and two-letter abbreviations stay ("PPPK dan non-ASN", "Pj kepala daerah").
 */
export const inSentence = (label: string) => label.replace(/^\p{Lu}(?=\p{Ll}{2})/u, (c) => c.toLowerCase());
