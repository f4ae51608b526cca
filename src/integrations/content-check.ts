// Fails `astro build` / `astro dev` before anything renders when content/ has problems,
// printing one line per problem (file, field, what is wrong, how to fix).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem } from '../lib/validate.ts';
import { rememberChecked } from './checked-content.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'rambu:content-check',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const dir = path.resolve(root, process.env.CONTENT_DIR ?? 'content');
        const t0 = performance.now();
        const { problems, raw, parsed } = await checkContent(dir, root);
        if (problems.length) {
          const lines = problems.map(formatProblem).join('\n');
          throw new Error(`${problems.length} masalah konten:\n${lines}`);
        }
        // The content store takes these instead of parsing every file again (checked-content.ts).
        rememberChecked({ dir, raw, parsed });
        // The time is read by scripts/bench.ts.
        logger.info(`konten valid (${((performance.now() - t0) / 1000).toFixed(2)} s)`);
      },
    },
  };
}
