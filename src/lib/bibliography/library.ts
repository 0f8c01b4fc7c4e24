/**
 * Loads the project's bibliography from disk once per change: the shared entry point for the
 * loader, the remark plugin, the build check and the CLI, so each (entry, style) is parsed and
 * formatted once per build, never per page.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import type { Problem } from '../../errors.ts';
import { formatBibliography, formatCitations } from './citation-js.ts';
import type { BibEntry, CslItem } from './entry.ts';
import { parseBibliography } from './parse.ts';
import { validateEntry } from './validate.ts';
import { FormatCache, hashOf, type FormatCounters } from './format-cache.ts';
import { citeLabels, type CiteLabel } from './cite-label.ts';
import { STYLE_IDS, type StyleId } from './styles.ts';

/** The loaded bibliography with everything derived from it. */
export interface Library {
	entries: BibEntry[];
	byKey: Map<string, BibEntry>;
	labels: Map<string, CiteLabel>;
	problems: Problem[];
	/** Formatted HTML per style, computed on first use (or read from the disk cache) and reused. */
	formatted: (style: StyleId) => Map<string, string>;
	/** In-text citations (HTML) for clusters of keys, e.g. a claim's sources, in one style. */
	citations: (clusters: readonly (readonly string[])[], style: StyleId) => string[];
	/** Formats items that are not in the bibliography (e.g. "cite this page"), by content. */
	formatItems: (items: readonly CslItem[], style: StyleId) => Map<string, string>;
	/** What formatting cost so far: values computed, values read from the cache, milliseconds. */
	counters: FormatCounters;
	/** Writes newly formatted values to the disk cache (also done at process exit). */
	saveCache: () => void;
}

/** Options for building a library. */
export interface LibraryOptions {
	/** The disk cache file; none keeps the cache in memory only. */
	cacheFile?: string | undefined;
}

/** Where a project keeps its formatting cache (set BPE_FORMAT_CACHE=off to disable it). */
export function defaultCacheFile(root: string): string | undefined {
	if (process.env['BPE_FORMAT_CACHE'] === 'off') return undefined;
	return resolve(root, 'node_modules/.cache/back-pain-evidence/formatted.json');
}

/** Where the bibliography lives, relative to the project root. */
export const BIBLIOGRAPHY_GLOB = 'bibliography/**/*.bib';

const cache = new Map<string, { stamp: string; library: Library }>();

const listings = new Map<string, { dirs: [string, number][]; files: string[] }>();
const mtimeOf = (path: string): number => {
	try {
		return statSync(path).mtimeMs;
	} catch {
		return -1;
	}
};

/**
 * Lists the `.bib` files of a project, sorted, with project-relative `/` paths. Every page asks
 * (through loadLibrary), and walking bibliography/ (thousands of passage files) each time cost
 * 26 s of a 5,000-page build; the listing is kept until a folder under bibliography/ changes
 * (a file added, removed or renamed changes its folder's modification time).
 */
export function bibFiles(root: string): string[] {
	const absRoot = resolve(root);
	const hit = listings.get(absRoot);
	if (hit && hit.dirs.every(([dir, mtime]) => mtimeOf(dir) === mtime)) return hit.files;
	const folders = [
		'bibliography',
		...globSync('bibliography/**', { cwd: absRoot, onlyDirectories: true }),
	];
	const dirs = [...new Set(folders.map((d) => resolve(absRoot, d)))].map((d): [string, number] => [
		d,
		mtimeOf(d),
	]);
	const files = globSync(BIBLIOGRAPHY_GLOB, { cwd: absRoot }).sort();
	listings.set(absRoot, { dirs, files });
	return files;
}

/** Loads (or returns the cached) bibliography of the project at `root`. */
export function loadLibrary(root: string): Library {
	const absRoot = resolve(root);
	const files = bibFiles(absRoot);
	const stamp = files
		.map((f) => {
			const s = statSync(resolve(absRoot, f));
			return `${f}:${s.size}:${s.mtimeMs}`;
		})
		.join('|');
	const hit = cache.get(absRoot);
	if (hit && hit.stamp === stamp) return hit.library;
	const library = buildLibrary(
		files.map((path) => ({ path, bytes: readFileSync(resolve(absRoot, path)) })),
		{ cacheFile: defaultCacheFile(absRoot) },
	);
	cache.set(absRoot, { stamp, library });
	return library;
}

const unsaved = new Set<Library>();
let exitHook = false;
/** Saves every library's new values once, when the build process ends, and says what it cost. */
function saveAtExit(library: Library): void {
	unsaved.add(library);
	if (exitHook) return;
	exitHook = true;
	process.once('exit', () => {
		for (const lib of unsaved) {
			lib.saveCache();
			const c = lib.counters;
			if (c.formatted + c.fromCache > 0 && process.env['BPE_QUIET'] !== '1')
				console.log(
					`formatted references: ${c.formatted} formatted, ${c.fromCache} from cache, ${Math.round(c.ms)} ms`,
				);
		}
	});
}

/**
 * What decides an entry's formatted text besides itself: the works it may need telling apart
 * from (same first author and year: "2011a", "2011b"). Hashing the whole group keeps cached text
 * right when a look-alike is added, without re-formatting anything else.
 */
function contextHashes(entries: readonly BibEntry[]): Map<string, string> {
	const groups = new Map<string, BibEntry[]>();
	const groupOf = (e: BibEntry) => {
		const first = e.csl.author?.[0] ?? e.csl.editor?.[0];
		const name = (first?.family ?? first?.literal ?? e.csl.title ?? '').toLowerCase();
		return `${name}|${JSON.stringify(e.csl.issued ?? '')}`;
	};
	for (const e of entries) {
		const g = groupOf(e);
		groups.set(g, [...(groups.get(g) ?? []), e]);
	}
	const out = new Map<string, string>();
	for (const members of groups.values()) {
		const hash = hashOf(...members.map((m) => JSON.stringify(m.csl)));
		for (const m of members) out.set(m.key, hash);
	}
	return out;
}

/** Builds a library from in-memory files (tests use this directly). */
export function buildLibrary(
	files: { path: string; bytes: Uint8Array }[],
	options: LibraryOptions = {},
): Library {
	const { entries, problems } = parseBibliography(files);
	for (const entry of entries) problems.push(...validateEntry(entry));
	const byKey = new Map(entries.map((e) => [e.key, e]));
	const formats = new Map<StyleId, Map<string, string>>();
	const items = entries.map((e) => e.csl);
	const disk = new FormatCache(options.cacheFile);
	let context: Map<string, string> | undefined;
	const contextOf = (key: string) => (context ??= contextHashes(entries)).get(key) ?? key;
	const library: Library = {
		entries,
		byKey,
		labels: citeLabels(items),
		problems,
		counters: disk.counters,
		saveCache: () => disk.save(),
		formatted(style) {
			let out = formats.get(style);
			if (!out) {
				out = cachedFormat(items, style, (item) => `ref|${style}|${contextOf(item.id)}|${item.id}`);
				formats.set(style, out);
			}
			return out;
		},
		citations(clusters, style) {
			saveAtExit(library);
			const keyOf = (ids: readonly string[]) =>
				`cite|${style}|${ids.map((id) => `${id}:${contextOf(id)}`).join(',')}`;
			const out = clusters.map((ids) => disk.get(keyOf(ids)));
			const todo = clusters.filter((_, i) => out[i] === undefined);
			if (todo.length === 0) return out as string[];
			const fresh = disk.timed(() => formatCitations(items, todo, style));
			const made = new Map(todo.map((ids, i) => [ids, fresh[i] ?? ''] as const));
			for (const [ids, html] of made) disk.set(keyOf(ids), html);
			return clusters.map((ids, i) => out[i] ?? made.get(ids) ?? '');
		},
		formatItems: (extra, style) =>
			cachedFormat(extra, style, (item) => `item|${style}|${hashOf(JSON.stringify(item))}`),
	};
	/**
	 * Formats CSL items through the disk cache: what the cache lacks goes through one citeproc
	 * pass (look-alikes share a group hash, so they are missing together); never one at a time.
	 */
	function cachedFormat(
		list: readonly CslItem[],
		style: StyleId,
		keyOf: (item: CslItem) => string,
	): Map<string, string> {
		saveAtExit(library);
		const out = new Map<string, string>();
		const missing = list.filter((item) => {
			const hit = disk.get(keyOf(item));
			if (hit !== undefined) out.set(item.id, hit);
			return hit === undefined;
		});
		if (missing.length === 0) return out;
		const fresh = disk.timed(() => formatBibliography(missing, style));
		for (const item of missing) {
			const html = fresh.get(item.id) ?? '';
			out.set(item.id, html);
			disk.set(keyOf(item), html);
		}
		return out;
	}
	return library;
}

/** Formats every style up front (the loader does this once per build). */
export function formatAll(library: Library): Record<StyleId, Map<string, string>> {
	return Object.fromEntries(STYLE_IDS.map((s) => [s, library.formatted(s)])) as Record<
		StyleId,
		Map<string, string>
	>;
}

/** Turns an absolute path into the project-relative `/` form used in messages. */
export function projectPath(root: string, file: string): string {
	return relative(resolve(root), resolve(file)).split('\\').join('/');
}
