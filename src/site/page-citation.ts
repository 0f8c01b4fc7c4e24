/** "Cite this page": a content page as a CSL web-page item, formatted like any reference. */
import type { CslItem } from '../lib/bibliography/entry.ts';

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

/**
 * Titles the template path carries: letters, digits, spaces and light punctuation, not ending in
 * punctuation. Anything else (quotes, apostrophes, markup, a closing "?") goes through citeproc,
 * which changes such characters.
 */
const PLAIN_TITLE = /^[\p{L}\p{N}](?:[\p{L}\p{N} ,:()\-–]*[\p{L}\p{N})])?$/u;
const PLAIN_URL = /^https?:\/\/[a-z0-9.-]+(?::\d+)?\/[a-z0-9/_-]*$/;
const SENTINEL = 'qzxq';
const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Letters for a number, so every sentinel title is distinct without digits ("a", "b", ... "ba"). */
const letters = (n: number): string =>
	(n < 26 ? '' : letters(Math.floor(n / 26) - 1)) + String.fromCharCode(97 + (n % 26));

/**
 * Formats "Cite this page" for every page in one style. A page citation differs from another only
 * by title, date and URL, so for plain titles citeproc formats one template per reviewed date
 * (sentinel title, URL and id) and the page's own values are put in. One item per page and style
 * took citeproc 7.1 s of a 1,000-page benchmark build (4,000 items). Pages whose title is not plain, or shares
 * its title and year with another page (citeproc would add "2026a"), or a style that changes the
 * case of titles, go through citeproc itself. tests/unit/site/page-citation.test.ts holds the two
 * paths equal.
 */
export function formatPageCitations(
	pages: readonly CitablePage[],
	site: URL,
	format: (items: readonly CslItem[]) => Map<string, string>,
): Map<string, string> {
	const items = pages.map((p) => pageCitationItem(p, site));
	const year = (item: CslItem) =>
		String(
			(item.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0]?.[0] ?? '',
		);
	const sameTitle = new Map<string, number>();
	const titleKey = (item: CslItem) => `${String(item.title).toLowerCase()}|${year(item)}`;
	for (const item of items) sameTitle.set(titleKey(item), (sameTitle.get(titleKey(item)) ?? 0) + 1);
	const fast = items.filter(
		(item) =>
			PLAIN_TITLE.test(String(item.title)) &&
			PLAIN_URL.test(String(item.URL)) &&
			sameTitle.get(titleKey(item)) === 1,
	);
	const dateOf = (item: CslItem) => JSON.stringify(item.issued);
	const dates = [...new Set(fast.map(dateOf))];
	const templates = dates.map((date, i) => ({
		id: `${SENTINEL}id${letters(i)}${SENTINEL}`,
		type: 'webpage',
		title: `${SENTINEL}title${letters(i)}${SENTINEL}`,
		'container-title': SITE_NAME,
		issued: JSON.parse(date) as CslItem['issued'],
		URL: `https://${SENTINEL}host${letters(i)}${SENTINEL}.example/`,
	})) as CslItem[];
	const formattedTemplates = format(templates);
	const byDate = new Map<string, { template: CslItem; html: string }>();
	let usable = true;
	dates.forEach((date, i) => {
		const template = templates[i] as CslItem;
		const html = formattedTemplates.get(template.id) ?? '';
		// Each sentinel must come out exactly once and untouched (no case change, no escaping).
		const once = (s: string) => html.split(s).length === 2;
		if (!once(String(template.title)) || !once(String(template.URL)) || !once(`"${template.id}"`))
			usable = false;
		byDate.set(date, { template, html });
	});
	const out = new Map<string, string>();
	const fastSet = new Set(fast);
	const slow = usable ? items.filter((item) => !fastSet.has(item)) : items;
	if (usable) {
		for (const item of fast) {
			const t = byDate.get(dateOf(item));
			if (!t) continue;
			out.set(
				item.id,
				t.html
					.replace(String(t.template.title), escapeHtml(String(item.title)))
					.replace(String(t.template.URL), escapeHtml(String(item.URL)))
					.replace(`"${t.template.id}"`, `"${escapeHtml(item.id)}"`),
			);
		}
	}
	for (const [id, html] of slow.length ? format(slow) : []) out.set(id, html);
	return out;
}
