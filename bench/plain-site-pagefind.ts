/**
 * Pagefind as an integration, in astro:build:done: the usual way for an Astro site, and what the
 * benchmark's plain site (variant B) uses. The project itself indexes after `astro build` exits
 * (src/publish/search-index.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { indexSite } from '../src/publish/search-index.ts';

/** The integration variant B's astro.config.mjs imports. */
export function pagefind(): AstroIntegration {
	return {
		name: 'pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				await indexSite(fileURLToPath(dir), (line) => logger.info(line));
			},
		},
	};
}
