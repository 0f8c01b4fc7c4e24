/** Names and URLs of the content kinds, shared by every page template. */

/** The content kinds in display order, with their URL folder and labels. */
export const KINDS = {
	techniques: { singular: 'Technique', plural: 'Techniques', base: '/techniques/' },
	conditions: { singular: 'Condition', plural: 'Conditions', base: '/conditions/' },
	claims: { singular: 'Common claim', plural: 'Common claims', base: '/claims/' },
	guidelines: { singular: 'Guideline', plural: 'Guidelines', base: '/guidelines/' },
} as const;

/** A content kind such as `techniques`. */
export type Kind = keyof typeof KINDS;

/** The URL of a content page. */
export const pageUrl = (kind: Kind, slug: string): string => `${KINDS[kind].base}${slug}/`;

/** The URL of a reference page. */
export const referenceUrl = (key: string): string => `/references/${key}/`;
