/**
 * Astro loader for the `findings` collection: every finding of content/findings/<key>.yaml, id
 * `<key>/<finding-id>`. A thin shell around src/lib/content/findings.ts, the reader the checks
 * use, so the stored data is the data that was checked. Incremental like the references loader:
 * entries keyed by a digest, the store updated rather than cleared, the watcher re-syncing when
 * a findings file is added, changed or removed.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadLibrary } from '../lib/bibliography/library.ts';
import { loadFindings } from '../lib/content/findings.ts';
import { resyncOnChange, storeIncrementally, throwOnErrors } from './incremental.ts';

/** Options for `findingsLoader`. */
export interface FindingsLoaderOptions {
	/** Project root; defaults to the current working directory. */
	root?: string;
}

/** Creates the loader; throws one AstroError listing every problem of the findings files. */
export function findingsLoader(opts: FindingsLoaderOptions = {}): Loader {
	const root = opts.root ?? process.cwd();
	async function sync(ctx: LoaderContext): Promise<void> {
		const keys = loadLibrary(root).entries.map((e) => e.key);
		const { files, problems } = loadFindings(root, keys);
		throwOnErrors(problems, 'Fix the findings as the README\'s "Writing a finding" section shows.');
		await storeIncrementally(
			ctx,
			files.flatMap((file) =>
				file.findings.map((finding) => ({ id: finding.key, data: finding, filePath: file.path })),
			),
		);
	}
	return {
		name: 'findings-loader',
		async load(ctx) {
			await sync(ctx);
			// A findings file, or the bibliography that names the sources they may belong to.
			resyncOnChange(
				ctx,
				root,
				(file) => /^content\/findings\/[^/]+\.yaml$/.test(file) || file.startsWith('bibliography/'),
				() => sync(ctx),
			);
		},
	};
}
