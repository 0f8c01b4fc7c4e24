/**
 * A content page's slug is its file name, and only a file name that is already a slug is
 * accepted: Astro's default id (github-slugger) would publish "Swedish Massage.mdx" as
 * /techniques/swedish-massage/ while claims, links and the matrix use the file name, so the page
 * would lose its links without a word. The loader's `generateId` and the checks both use
 * `pageSlugOf`, so every URL and every reference reads one slug.
 */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slug of a content file: its name without folder and extension. */
export function pageSlugOf(path: string): string {
	return (path.split(/[\\/]/).pop() ?? '').replace(/\.mdx$/, '');
}

/** True for a valid page slug: lower-case ASCII letters and digits in hyphen-separated words. */
export function isPageSlug(slug: string): boolean {
	return SLUG.test(slug);
}

/** The slug to suggest for a name that is not one ("Swedish Massage" → "swedish-massage"). */
export function suggestedSlug(name: string): string {
	const slug = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return slug || 'page';
}
