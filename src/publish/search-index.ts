/**
 * Builds the Pagefind search index over a built site, with Pagefind's Node API. `npm run build`
 * runs it after `astro build` has exited (src/cli/finish-build.ts), so Pagefind's memory does not
 * add to the build's.
 */

/**
 * Indexes the site in `path` and writes `path/pagefind/`; returns how many pages were indexed.
 * `glob` limits the HTML files Pagefind reads (all of them by default).
 */
export async function indexSite(
	path: string,
	log: (line: string) => void,
	glob?: string,
): Promise<number> {
	const { createIndex, close } = await import('pagefind');
	const started = performance.now();
	const { index, errors } = await createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	const added = await index.addDirectory({ path, ...(glob ? { glob } : {}) });
	if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
	const written = await index.writeFiles({ outputPath: `${path}/pagefind` });
	if (written.errors.length)
		throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
	await close();
	log(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
	return added.page_count;
}
