// Every internal link goes through here so the site works under a sub-path (BASE_PATH).
export function withBase(path: string, base: string = import.meta.env?.BASE_URL ?? '/'): string {
  if (/^(?:[a-z]+:|#|\/\/)/i.test(path)) return path;
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}
