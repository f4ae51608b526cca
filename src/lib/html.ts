/** Escapes text for HTML/XML content and double-quoted attributes. */
export const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * An id valid in HTML 4 terms (html-validate's valid-id): Markdown headings like "## 1. Pilih
 * saluran" get the slug "1-pilih-saluran"; an id must start with a letter, so such ids get a prefix.
 */
export const htmlId = (id: string) => (/^[a-z]/i.test(id) ? id : `bagian-${id}`);
