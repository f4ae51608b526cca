// The components MDX bodies render with: links through the base path, glossary links in
// paragraphs and list items, heading ids that start with a letter.
import BaseLink from '../BaseLink.astro';
import P from './P.astro';
import Li from './Li.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';

const headings = { h2: H2, h3: H3, h4: H4 };

/** Content pages: glossary terms linked. */
export const MDX_COMPONENTS = { a: BaseLink, p: P, li: Li, ...headings };

/** Printed sheets: plain text, no glossary links. */
export const MDX_PRINT_COMPONENTS = { a: BaseLink, ...headings };
