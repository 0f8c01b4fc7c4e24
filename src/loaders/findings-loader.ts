/**
 * Astro loader for the `findings` collection: every finding of content/findings/<key>.yaml, id
 * `<key>/<finding-id>`. A thin shell around src/lib/content/findings.ts, the reader the checks
 * use, so the stored data is the data that was checked. Incremental like the references loader:
 * entries keyed by a digest, the store updated rather than cleared, the watcher re-syncing when
 * a findings file is added, changed or removed.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { relative } from 'node:path';
import { formatProblem, sortProblems } from '../errors.ts';
import { loadLibrary } from '../lib/bibliography/library.ts';
import { loadFindings } from '../lib/content/findings.ts';

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
		const errors = sortProblems(problems.filter((p) => p.severity === 'error'));
		if (errors.length)
			throw new AstroError(
				errors.map(formatProblem).join('\n'),
				'Fix the findings as the README\'s "Writing a finding" section shows.',
			);
		const current = new Set<string>();
		for (const file of files) {
			for (const finding of file.findings) {
				current.add(finding.key);
				const digest = ctx.generateDigest(finding);
				if (ctx.store.get(finding.key)?.digest === digest) continue;
				const data = await ctx.parseData({ id: finding.key, data: finding, filePath: file.path });
				ctx.store.set({ id: finding.key, data, digest, filePath: file.path });
			}
		}
		for (const id of ctx.store.keys()) if (!current.has(id)) ctx.store.delete(id);
	}
	return {
		name: 'findings-loader',
		async load(ctx) {
			await sync(ctx);
			const resync = (path: string) => {
				const file = relative(root, path).split('\\').join('/');
				if (!/^content\/findings\/[^/]+\.yaml$/.test(file) && !file.startsWith('bibliography/'))
					return;
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
