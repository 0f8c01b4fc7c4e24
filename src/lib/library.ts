/**
 * Loads the project's bibliography from disk once per change: the shared entry point for the
 * loader, the remark plugin, the build check and the CLI, so each (entry, style) is parsed and
 * formatted once per build, never per page.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import type { Problem } from '../errors.ts';
import {
	formatBibliography,
	parseBibliography,
	validateEntry,
	type BibEntry,
} from './bibliography.ts';
import { citeLabels, type CiteLabel } from './cite-label.ts';
import { STYLE_IDS, type StyleId } from './styles.ts';

/** The loaded bibliography with everything derived from it. */
export interface Library {
	entries: BibEntry[];
	byKey: Map<string, BibEntry>;
	labels: Map<string, CiteLabel>;
	problems: Problem[];
	/** Formatted HTML per style, computed on first use and then reused. */
	formatted: (style: StyleId) => Map<string, string>;
}

/** Where the bibliography lives, relative to the project root. */
export const BIBLIOGRAPHY_GLOB = 'bibliography/**/*.bib';

const cache = new Map<string, { stamp: string; library: Library }>();

/** Lists the `.bib` files of a project, sorted, with project-relative `/` paths. */
export function bibFiles(root: string): string[] {
	return globSync(BIBLIOGRAPHY_GLOB, { cwd: root }).sort();
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
	);
	cache.set(absRoot, { stamp, library });
	return library;
}

/** Builds a library from in-memory files (tests use this directly). */
export function buildLibrary(files: { path: string; bytes: Uint8Array }[]): Library {
	const { entries, problems } = parseBibliography(files);
	for (const entry of entries) problems.push(...validateEntry(entry));
	const byKey = new Map(entries.map((e) => [e.key, e]));
	const formats = new Map<StyleId, Map<string, string>>();
	const items = entries.map((e) => e.csl);
	return {
		entries,
		byKey,
		labels: citeLabels(items),
		problems,
		formatted(style) {
			let out = formats.get(style);
			if (!out) {
				out = formatBibliography(items, style);
				formats.set(style, out);
			}
			return out;
		},
	};
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
