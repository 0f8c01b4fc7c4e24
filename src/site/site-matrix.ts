/** This build's evidence matrix, from the content index; shared by /matrix/ and its split pages. */
import { getCollection } from 'astro:content';
import { contentIndex } from './content-index.ts';
import { buildMatrix } from './matrix.ts';

type SiteMatrix = ReturnType<typeof buildMatrix> & {
	index: Awaited<ReturnType<typeof contentIndex>>;
	/** "Authors, year" of each reference, as a cell lists its findings' sources. */
	labels: Map<string, string>;
};
let cached: Promise<SiteMatrix> | undefined;

/**
 * The content index, the matrix built from its findings and the sources' labels; built once per production build
 * (each condition's page of a split matrix reads the same one), again on every call in dev.
 */
export function siteMatrix(): Promise<SiteMatrix> {
	const build = async () => {
		const index = await contentIndex();
		const labels = new Map(
			(await getCollection('references')).map((r) => [
				r.id,
				`${r.data.label.authors}, ${r.data.label.year}`,
			]),
		);
		return {
			index,
			labels,
			...buildMatrix(
				[...index.findings.values()],
				index.titles.techniques,
				index.titles.conditions,
			),
		};
	};
	if (!import.meta.env.PROD) return build();
	cached ??= build();
	return cached;
}
