// Serves a built site on 127.0.0.1 and starts Chromium for the tests of one file.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from '../../scripts/lib/browser.ts';
import { serveDist, type StaticServer } from '../../scripts/lib/server.ts';
import { requireBuild } from './dist.ts';

export function servedSite(
  dir: string,
  opts: Parameters<typeof serveDist>[1],
  ready: (server: StaticServer, browser: Browser) => void | Promise<void>,
) {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    requireBuild(dir);
    server = await serveDist(dir, opts);
    browser = await launch();
    await ready(server, browser);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}
