/**
 * Offline use, shared by the service worker's configuration (src/publish/offline-precache.ts) and
 * the search page's "Save the whole site" control (src/scripts/save-offline.ts): the cache names
 * both write to, the list of files a full save fetches, and which built files that list holds.
 */

/** Pages and small data read as the reader goes (network first, the cached copy when offline). */
export const PAGES_CACHE = 'bpe-pages';
/** Pagefind's index chunks, fragments and filters: content-hashed names, so cache first. */
export const SEARCH_CACHE = 'bpe-search';
/** Shown for a page that was never read or saved, when there is no network. */
export const OFFLINE_PAGE = '/offline/';
/** Written by the build: every file a full save fetches, with its size. */
export const SAVE_LIST_URL = '/offline-files.json';

/** The save list: what "Save the whole site" downloads. */
export interface SaveList {
	/** Uncompressed bytes of all files (a server that compresses sends fewer). */
	bytes: number;
	files: { url: string; bytes: number }[];
}

/** The cache a saved or fetched file belongs in. */
export const cacheFor = (url: string): string =>
	url.startsWith('/pagefind/') ? SEARCH_CACHE : PAGES_CACHE;

/**
 * Whether a built file (its path under dist/, with forward slashes) belongs in a full save:
 * every page a reader can open and every file search needs. Left out: reference-manager exports
 * (downloads, fetched when asked for), editors' source views, Pagefind's unused UI variants, and
 * what the shell precache already holds.
 */
export function inSaveList(path: string): boolean {
	if (path.startsWith('export/') || path.startsWith('editors/source/')) return false;
	if (path.startsWith('pagefind/'))
		return /^pagefind\/(index|fragment|filter)\/[^/]+\.pf_(index|fragment|filter)$/.test(path);
	return path.endsWith('.html') || /^search-terms\/[^/]+\.json$/.test(path);
}

/** The URL a built file is served at: `a/b/index.html` is `/a/b/`. */
export const urlOf = (path: string): string => `/${path.replace(/(^|\/)index\.html$/, '$1')}`;

/** "12.3 MB" or "450 KB" for a byte count (decimal units, as download sizes are usually given). */
export const formatBytes = (n: number): string =>
	n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1e3))} KB`;
