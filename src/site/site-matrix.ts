/** This build's evidence matrix, from the content index; shared by /matrix/ and its split pages. */
import { contentIndex } from './content-index.ts';
import { buildMatrix } from './matrix.ts';

type SiteMatrix = ReturnType<typeof buildMatrix> & {
	index: Awaited<ReturnType<typeof contentIndex>>;
};
let cached: Promise<SiteMatrix> | undefined;

/**
 * The content index and the matrix built from its findings; built once per production build
 * (each condition's page of a split matrix reads the same one), again on every call in dev.
 */
export function siteMatrix(): Promise<SiteMatrix> {
	const build = async () => {
		const index = await contentIndex();
		return {
			index,
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
