/**
 * Makes the built site work offline after one visit: Workbox's generateSW precaches every page,
 * style, script and the Pagefind index into dist/sw.js. Runs after the Pagefind integration.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** The integration; the service worker is registered by the home and search pages only. */
export function offline(): AstroIntegration {
	return {
		name: 'offline',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { generateSW } = await import('workbox-build');
				const globDirectory = fileURLToPath(dir);
				const { count, size, warnings } = await generateSW({
					globDirectory,
					globPatterns: ['**/*.{html,css,js,json,svg,png,webmanifest,wasm,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}'],
					// Reference-manager exports are downloads, fetched when asked for; precaching them
					// would grow what every visitor downloads with the size of the bibliography.
					globIgnores: ['export/**'],
					swDest: `${globDirectory}/sw.js`,
					mode: 'production',
					inlineWorkboxRuntime: true,
					skipWaiting: true,
					clientsClaim: true,
					// Pagefind adds cache-busting query strings; the precached copy answers them all.
					ignoreURLParametersMatching: [/.*/],
					maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
					sourcemap: false,
				});
				for (const w of warnings) logger.warn(w);
				logger.info(`precached ${count} files (${Math.round(size / 1024)} KiB) for offline use`);
			},
		},
	};
}
