/** This build's evidence matrix, from the content index; shared by /matrix/ and its split pages. */
import { contentIndex } from './content-index.ts';
import { buildMatrix } from './matrix.ts';

/** The content index and the matrix built from its findings. */
export async function siteMatrix() {
	const index = await contentIndex();
	return {
		index,
		...buildMatrix([...index.findings.values()], index.titles.techniques, index.titles.conditions),
	};
}
