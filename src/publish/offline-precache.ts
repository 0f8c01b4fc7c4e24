/**
 * Makes the built site work offline after one visit: Workbox's generateSW precaches every page,
 * style, script and the Pagefind index into dist/sw.js. Runs after the Pagefind index is written
 * (src/cli/finish-build.ts).
 */
/** Writes `globDirectory/sw.js` precaching the site; the home and search pages register it. */
export async function precacheSite(
	globDirectory: string,
	log: { info: (line: string) => void; warn: (line: string) => void },
): Promise<void> {
	const { generateSW } = await import('workbox-build');
	const { count, size, warnings } = await generateSW({
		globDirectory,
		globPatterns: [
			'**/*.{html,css,js,json,svg,png,webmanifest,wasm,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}',
		],
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
	for (const w of warnings) log.warn(w);
	log.info(`precached ${count} files (${Math.round(size / 1024)} KiB) for offline use`);
}
