/** Names and URLs of the content kinds, shared by every page template. */

/**
 * The content kinds in display order, with their URL folder, labels and Pagefind weights for the
 * title and aliases. Technique and condition pages are the subject pages, so they weigh most for
 * their own names; claims and guidelines have long titles that mention those names in passing.
 */
export const KINDS = {
	techniques: {
		singular: 'Technique',
		plural: 'Techniques',
		base: '/techniques/',
		titleWeight: 10,
		aliasWeight: 8,
	},
	conditions: {
		singular: 'Condition',
		plural: 'Conditions',
		base: '/conditions/',
		titleWeight: 10,
		aliasWeight: 8,
	},
	claims: {
		singular: 'Common claim',
		plural: 'Common claims',
		base: '/claims/',
		titleWeight: 6,
		aliasWeight: 5,
	},
	guidelines: {
		singular: 'Guideline',
		plural: 'Guidelines',
		base: '/guidelines/',
		titleWeight: 6,
		aliasWeight: 5,
	},
} as const;

/** Pagefind weights on reference pages: authors and key findable, the title a little less. */
export const REFERENCE_WEIGHTS = { key: 5, authors: 6, title: 3 } as const;

/** A content kind such as `techniques`. */
export type Kind = keyof typeof KINDS;

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
];

/** The Pagefind glob over those folders. */
export const SEARCH_INDEX_GLOB = `{${SEARCH_INDEXED_FOLDERS.join(',')}}/**/*.html`;
