/**
 * What the project's loaders share, as Astro's own glob loader does it: one located error for
 * every problem, a store updated entry by entry (an entry whose digest is unchanged is not parsed
 * again, an entry that is gone is deleted), and a re-sync when a file the loader reads changes.
 */
import type { LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { relative } from 'node:path';
import { formatProblem, sortProblems, type Problem } from '../errors.ts';

/** One entry for the store: its id, its data as read, and the file it comes from. */
export interface StoreEntry {
	id: string;
	data: Record<string, unknown>;
	filePath: string;
}

/**
 * Throws one AstroError listing the problems of error severity, if any. Astro 7's public
 * AstroError takes a message and a hint, not a location, so each problem carries its place at the
 * start of its line (path:line:col), as every message here does.
 */
export function throwOnErrors(problems: readonly Problem[], hint: string): void {
	const errors = sortProblems(problems.filter((p) => p.severity === 'error'));
	if (errors.length) throw new AstroError(errors.map(formatProblem).join('\n'), hint);
}

/** Brings the store to exactly `entries`, parsing only those whose digest changed. */
export async function storeIncrementally(
	ctx: LoaderContext,
	entries: Iterable<StoreEntry>,
): Promise<void> {
	const current = new Set<string>();
	for (const { id, data: raw, filePath } of entries) {
		current.add(id);
		const digest = ctx.generateDigest(raw);
		if (ctx.store.get(id)?.digest === digest) continue;
		const data = await ctx.parseData({ id, data: raw, filePath });
		ctx.store.set({ id, data, digest, filePath });
	}
	for (const id of ctx.store.keys()) if (!current.has(id)) ctx.store.delete(id);
}

/**
 * Runs `sync` again whenever a file the loader reads (`reads`, given its project-relative path)
 * is added, changed or removed; a failed re-sync is logged, not thrown into the watcher.
 */
export function resyncOnChange(
	ctx: LoaderContext,
	root: string,
	reads: (file: string) => boolean,
	sync: () => Promise<void>,
): void {
	const resync = (path: string) => {
		if (!reads(relative(root, path).split('\\').join('/'))) return;
		sync().catch((error: unknown) =>
			ctx.logger.error(error instanceof Error ? error.message : String(error)),
		);
	};
	ctx.watcher?.on('change', resync);
	ctx.watcher?.on('add', resync);
	ctx.watcher?.on('unlink', resync);
}
