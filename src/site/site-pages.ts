/** Names and URLs of the content kinds, shared by every page template. */

import { KINDS, type Kind } from '../schemas/kinds.ts';

export { KINDS, type Kind };

/** Pagefind weights on reference pages: authors and key findable, the title a little less. */
export const REFERENCE_WEIGHTS = { key: 5, authors: 6, title: 3 } as const;

/** The URL of a content page. */
export const pageUrl = (kind: Kind, slug: string): string => `${KINDS[kind].base}${slug}/`;

/** The URL of a reference page. */
export const referenceUrl = (key: string): string => `/references/${key}/`;

/**
 * The folders of the built site whose pages carry `data-pagefind-body`. Pagefind reads only these:
 * otherwise it parses every editors' source view (one per content file) only to skip it.
 * tests/e2e/search.spec.ts fails if an indexed page lies outside them.
 */
export const SEARCH_INDEXED_FOLDERS: readonly string[] = [
	...Object.keys(KINDS),
	'references',
	'glossary',
	'matrix',
	'safety',
];

/** The Pagefind glob over those folders. */
export const SEARCH_INDEX_GLOB = `{${SEARCH_INDEXED_FOLDERS.join(',')}}/**/*.html`;
