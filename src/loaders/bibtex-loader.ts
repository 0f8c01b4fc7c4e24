/**
 * Astro loader for the `references` collection: every entry of bibliography/**\/*.bib, id = key.
 * A thin shell around src/lib/bibliography/library.ts: parse once, format each (entry, style) once.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
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
		ctx.store.clear();
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
			const data = await ctx.parseData({ id: entry.key, data: raw, filePath: entry.file });
			ctx.store.set({ id: entry.key, data, digest: ctx.generateDigest(raw), filePath: entry.file });
		}
	}
	return {
		name: 'bibtex-loader',
		async load(ctx) {
			await sync(ctx);
			ctx.watcher?.on('change', (changed) => {
				if (changed.endsWith('.bib')) void sync(ctx);
			});
		},
	};
}
