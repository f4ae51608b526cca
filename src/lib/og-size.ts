/** Size of the preview images (src/lib/og-image.ts): what WhatsApp, Facebook and X expect. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
