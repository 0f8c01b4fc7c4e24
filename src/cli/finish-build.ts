/**
 * `npm run build`'s second step, after `astro build` has exited: the Pagefind index, then the
 * offline precache (which lists the index). Run apart from Astro, Pagefind's indexer (about 1 GB at
 * 1,000 pages) no longer sits beside the build process's heap, so the peak is the larger of the
 * two instead of their sum.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { indexSite } from '../publish/search-index.ts';
import { precacheSite } from '../publish/offline-precache.ts';
import { SEARCH_INDEX_GLOB } from '../site/site-pages.ts';

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(resolve(dist, 'index.html'))) {
	console.error(
		`${dist}/index.html does not exist: run \`astro build\` first (npm run build does both).`,
	);
	process.exit(1);
}
const stamp = () => new Date().toTimeString().slice(0, 8);
const log = (scope: string) => ({
	info: (line: string) => console.log(`${stamp()} [${scope}] ${line}`),
	warn: (line: string) => console.warn(`${stamp()} [WARN] [${scope}] ${line}`),
});
try {
	await indexSite(dist, log('pagefind').info, SEARCH_INDEX_GLOB);
	await precacheSite(dist, log('offline'));
} catch (error) {
	console.error(
		`The search index or offline precache could not be written: ${error instanceof Error ? error.message : String(error)}`,
	);
	process.exit(1);
}
