/**
 * Offline use that respects a phone's data plan. Workbox's generateSW writes dist/sw.js, which
 * precaches only the shell (the home, search and offline pages, the layout CSS, the icons, the
 * search runtime and the index entry) and keeps every other page and search file as it is read.
 * The search page's "Save the whole site" control fetches the rest from the save list written
 * here (dist/offline-files.json). Runs after the Pagefind index is written (src/cli/finish-build.ts).
 */
import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { glob } from 'tinyglobby';
import {
	OFFLINE_PAGE,
	PAGES_CACHE,
	SAVE_LIST_URL,
	SEARCH_CACHE,
	inSaveList,
	urlOf,
	type SaveList,
} from '../site/offline.ts';

/** What the shell precache holds, as globs under dist/. */
export const SHELL_GLOBS = [
	'index.html',
	'search/index.html',
	'offline/index.html',
	'_astro/*.{css,js}',
	'favicon.svg',
	'icon-192.png',
	'manifest.webmanifest',
	'pagefind/pagefind.js',
	'pagefind/pagefind-ui.{js,css}',
	'pagefind/pagefind-worker.js',
	// Every page is in English (lang="en"); Pagefind's language-neutral runtime is never loaded.
	'pagefind/wasm.en.pagefind',
	'pagefind/*.pf_meta',
];

/** The search page's placeholders, filled in once the index and the save list exist. */
const STAMP = /data-meta-cache-tag="" data-save-files="0" data-save-bytes="0"/;

interface Log {
	info: (line: string) => void;
	warn: (line: string) => void;
}

/**
 * Writes the save list, stamps the search page with Pagefind's cache tag (the digest of its index
 * entry, so the entry's URL changes exactly when the index does) and the save list's size, then
 * writes `dist/sw.js`.
 */
export async function precacheSite(dist: string, log: Log): Promise<void> {
	const entry = await readFile(`${dist}/pagefind/pagefind-entry.json`);
	const tag = createHash('sha256').update(entry).digest('hex').slice(0, 12);
	const paths = (await glob('**/*', { cwd: dist })).filter(inSaveList).sort();
	const files: SaveList['files'] = [];
	for (const path of paths) {
		const { size } = await stat(`${dist}/${path}`);
		files.push({ url: urlOf(path), bytes: size });
	}
	const list: SaveList = { bytes: files.reduce((n, f) => n + f.bytes, 0), files };
	await writeFile(`${dist}${SAVE_LIST_URL}`, JSON.stringify(list));

	const searchPage = `${dist}/search/index.html`;
	const html = await readFile(searchPage, 'utf8');
	if (!STAMP.test(html))
		throw new Error(
			`${searchPage} lacks the save control's placeholders (${STAMP.source}): src/pages/search.astro must render SaveOffline.astro.`,
		);
	await writeFile(
		searchPage,
		html.replace(
			STAMP,
			`data-meta-cache-tag="${tag}" data-save-files="${files.length}" data-save-bytes="${list.bytes}"`,
		),
	);

	const { generateSW } = await import('workbox-build');
	const { count, size, warnings } = await generateSW({
		globDirectory: dist,
		globPatterns: SHELL_GLOBS,
		// The entry is fetched as pagefind-entry.json?ts=<tag> (Pagefind's metaCacheTag); precache
		// that exact URL. Its name changes with its content, so it needs no revision.
		additionalManifestEntries: [{ url: `/pagefind/pagefind-entry.json?ts=${tag}`, revision: null }],
		swDest: `${dist}/sw.js`,
		mode: 'production',
		inlineWorkboxRuntime: true,
		skipWaiting: true,
		clientsClaim: true,
		// /search/?q=… is the precached search page whatever the query.
		ignoreURLParametersMatching: [/^q$/, /^utm_/],
		runtimeCaching: [
			{
				// A page: the network when there is one (and keep a copy), else the copy, else the
				// offline page.
				urlPattern: ({ request }) => request.mode === 'navigate',
				handler: 'NetworkFirst',
				options: {
					cacheName: PAGES_CACHE,
					networkTimeoutSeconds: 5,
					precacheFallback: { fallbackURL: `${OFFLINE_PAGE}index.html` },
				},
			},
			{
				urlPattern: ({ url }) => url.pathname.startsWith('/pagefind/'),
				handler: 'CacheFirst',
				options: { cacheName: SEARCH_CACHE },
			},
			{
				urlPattern: ({ url }) => url.pathname.startsWith('/search-terms/'),
				handler: 'NetworkFirst',
				options: { cacheName: PAGES_CACHE, networkTimeoutSeconds: 5 },
			},
		],
		sourcemap: false,
	});
	for (const w of warnings) log.warn(w);
	log.info(
		`precached ${count} files (${Math.round(size / 1024)} KiB), the offline shell; "Save the whole site" adds ${files.length} files (${Math.round(list.bytes / 1024)} KiB)`,
	);
}
