/**
 * Astro loader for the `references` collection: every entry of bibliography/**\/*.bib, id = key.
 * A thin shell around src/lib/bibliography/library.ts: parse once, format each (entry, style)
 * once. Incremental, as Astro's own glob loader is: each entry is stored with a digest of its
 * data, a sync re-parses only entries whose digest changed and deletes the ones that are gone,
 * and the watcher re-syncs when a .bib file is added, changed or removed.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { relative } from 'node:path';
import { formatProblem, sortProblems } from '../errors.ts';
import { formatAll, loadLibrary } from '../lib/bibliography/library.ts';

/** Options for `bibtexLoader`. */
export interface BibtexLoaderOptions {
	/** Project root; defaults to the current working directory. */
	root?: string;
}

/** Creates the loader; throws one AstroError listing every bibliography problem. */
export function bibtexLoader(opts: BibtexLoaderOptions = {}): Loader {
	const root = opts.root ?? process.cwd();
	async function sync(ctx: LoaderContext): Promise<void> {
		const library = loadLibrary(root);
		const errors = sortProblems(library.problems.filter((p) => p.severity === 'error'));
		// Astro 7's public AstroError takes a message and a hint, not a location, so each problem
		// carries its place at the start of its line (path:line:col), as every message here does.
		if (errors.length)
			throw new AstroError(
				errors.map(formatProblem).join('\n'),
				'Fix the bibliography as the README\'s "Adding a reference" section shows.',
			);
		const formatted = formatAll(library);
		// Save now, not at exit: the pages render in another module instance of this same build,
		// which reads the cache file instead of formatting everything again.
		library.saveCache();
		const current = new Set<string>();
		for (const entry of library.entries) {
			const raw = {
				key: entry.key,
				type: entry.type,
				file: entry.file,
				line: entry.line,
				fields: entry.fields,
				csl: entry.csl,
				label: library.labels.get(entry.key) ?? { authors: entry.key, year: '' },
				formatted: Object.fromEntries(
					Object.entries(formatted).map(([style, map]) => [style, map.get(entry.key) ?? '']),
				),
			};
			current.add(entry.key);
			const digest = ctx.generateDigest(raw);
			if (ctx.store.get(entry.key)?.digest === digest) continue;
			const data = await ctx.parseData({ id: entry.key, data: raw, filePath: entry.file });
			ctx.store.set({ id: entry.key, data, digest, filePath: entry.file });
		}
		for (const id of ctx.store.keys()) if (!current.has(id)) ctx.store.delete(id);
	}
	return {
		name: 'bibtex-loader',
		async load(ctx) {
			await sync(ctx);
			const resync = (path: string) => {
				const file = relative(root, path).split('\\').join('/');
				if (!file.startsWith('bibliography/') || !file.endsWith('.bib')) return;
				sync(ctx).catch((error: unknown) =>
					ctx.logger.error(error instanceof Error ? error.message : String(error)),
				);
			};
			ctx.watcher?.on('change', resync);
			ctx.watcher?.on('add', resync);
			ctx.watcher?.on('unlink', resync);
		},
	};
}
