/** Builds the Pagefind search index over the built site, with Pagefind's Node API. */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** The integration: indexes `dist/` in astro:build:done and writes `dist/pagefind/`. */
export function pagefind(): AstroIntegration {
	return {
		name: 'pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { createIndex, close } = await import('pagefind');
				const started = performance.now();
				const { index, errors } = await createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const path = fileURLToPath(dir);
				const added = await index.addDirectory({ path });
				if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
				const written = await index.writeFiles({ outputPath: `${path}/pagefind` });
				if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
				await close();
				logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
