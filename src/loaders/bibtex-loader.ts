/**
 * Astro loader for the `references` collection: every entry of bibliography/**\/*.bib, id = key.
 * A thin shell around src/lib/bibliography/library.ts: parse once, format each (entry, style)
 * once. Incremental, as Astro's own glob loader is: each entry is stored with a digest of its
 * data, a sync re-parses only entries whose digest changed and deletes the ones that are gone,
 * and the watcher re-syncs when a .bib file is added, changed or removed.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatAll, loadLibrary } from '../lib/bibliography/library.ts';
import { resyncOnChange, storeIncrementally, throwOnErrors } from './incremental.ts';

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
		throwOnErrors(
			library.problems,
			'Fix the bibliography as the README\'s "Adding a reference" section shows.',
		);
		const formatted = formatAll(library);
		// Save now, not at exit: the pages render in another module instance of this same build,
		// which reads the cache file instead of formatting everything again.
		library.saveCache();
		await storeIncrementally(
			ctx,
			library.entries.map((entry) => ({
				id: entry.key,
				filePath: entry.file,
				data: {
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
				},
			})),
		);
	}
	return {
		name: 'bibtex-loader',
		async load(ctx) {
			await sync(ctx);
			resyncOnChange(
				ctx,
				root,
				(file) => file.startsWith('bibliography/') && file.endsWith('.bib'),
				() => sync(ctx),
			);
		},
	};
}
