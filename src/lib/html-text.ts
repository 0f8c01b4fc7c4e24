/** Plain text of a small trusted HTML fragment (citeproc output): tags dropped, entities decoded. */

const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
};

/** Returns the text of `html` with whitespace collapsed. */
export function htmlToText(html: string): string {
	return html
		.replace(/<\/?(?:i|b|em|strong|span|sup|sub|a)\b[^>]*>/gi, '')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
			if (e[0] === '#')
				return String.fromCodePoint(
					e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10),
				);
			return NAMED[e.toLowerCase()] ?? m;
		})
		.replace(/\s+/g, ' ')
		.replace(/ ([.,;:])/g, '$1')
		.trim();
}

/** The inside of citeproc's `<div class="csl-entry">…</div>` wrapper, for inline use. */
export function cslEntryInner(html: string): string {
	return html
		.replace(/^\s*<div\b[^>]*>/, '')
		.replace(/<\/div>\s*$/, '')
		.trim();
}
