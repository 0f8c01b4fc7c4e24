/** "Cite this page": a content page as a CSL web-page item, formatted like any reference. */
import type { CslItem } from './bibliography.ts';

/** The site's name as it appears in citations. */
export const SITE_NAME = 'Back Pain Evidence';

/** What a page citation needs. */
export interface CitablePage {
	url: string;
	title: string;
	reviewed: Date;
	reviewedBy: string;
}

/**
 * The CSL item for a page: title, site, reviewed date as issued, full URL. No author: the
 * reviewers are not authors, and one group author on every page would make citeproc add year
 * suffixes ("2026a", "2026b", ...) across the site.
 */
export function pageCitationItem(page: CitablePage, site: URL): CslItem {
	const d = page.reviewed;
	return {
		id: page.url,
		type: 'webpage',
		title: page.title,
		'container-title': SITE_NAME,
		issued: { 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] },
		URL: new URL(page.url, site).href,
	};
}
