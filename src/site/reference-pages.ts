/**
 * The bibliography's listing, in pages of REFERENCES_PER_PAGE so none passes 1 MB (a reference in
 * four styles weighs about 2 KB): /references/ is the first page, /references/page/2/ the next.
 * A bibliography that fits on one page has no pager.
 */
import { DEFAULT_STYLE } from '../lib/bibliography/styles.ts';
import type { Reference } from '../schemas/reference.ts';

export const REFERENCES_PER_PAGE = 400;

/** The URL of page `n` (1-based) of the listing. */
export const referenceListUrl = (n: number): string =>
	n <= 1 ? '/references/' : `/references/page/${n}/`;

/**
 * References in the order every list shows them: by the default style's text (a numeric style
 * keeps this order; our markers are author-year).
 */
export const sortReferences = (refs: readonly Reference[]): Reference[] =>
	[...refs].sort((a, b) =>
		(a.formatted[DEFAULT_STYLE] ?? '').localeCompare(b.formatted[DEFAULT_STYLE] ?? ''),
	);

/** The references sorted as the list shows them, in pages. */
export function referencePages(refs: readonly Reference[]): Reference[][] {
	const sorted = sortReferences(refs);
	const pages: Reference[][] = [];
	for (let i = 0; i < sorted.length; i += REFERENCES_PER_PAGE)
		pages.push(sorted.slice(i, i + REFERENCES_PER_PAGE));
	return pages.length ? pages : [[]];
}
