// Small text helpers for labels written in sentence case.

/** A label inside a sentence: "Media sosial" → "media sosial"; acronyms stay ("PPPK dan non-ASN"). */
export const inSentence = (label: string) => label.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
