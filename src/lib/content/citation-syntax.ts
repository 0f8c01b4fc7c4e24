/**
 * Finds Pandoc citations in a run of text: `[@a]`, `[@a; @b]`, `[@a, p. 5]`, `[see @a, ch. 3]`,
 * `[-@a]` and in-text `@a`. Keys follow Pandoc: they start with a letter, digit or `_` and may
 * contain internal `:.#$%&-+?<>~/` (https://pandoc.org/MANUAL.html#citation-syntax).
 */

/** One cited work inside a citation. */
export interface CitationItem {
	key: string;
	prefix: string;
	locator: string;
	suppressAuthor: boolean;
	/** Offset of the `@` of this key inside the scanned text. */
	offset: number;
}

/** A citation found in text: bracketed (parenthetical) or in-text. */
export interface CitationMatch {
	start: number;
	end: number;
	inText: boolean;
	items: CitationItem[];
}

const KEY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*`;
const BRACKET = /\[([^[\]]*?@[^[\]]*)\](?!\()/gu;
const ITEM = new RegExp(String.raw`^(.*?)(-?)@(${KEY})(.*)$`, 'su');
const IN_TEXT = new RegExp(String.raw`(?<![\p{L}\p{N}_@\[])@(${KEY})`, 'gu');

/** Finds every citation in `text`, bracketed ones first claimed, in text order. */
export function findCitations(text: string): CitationMatch[] {
	const found: CitationMatch[] = [];
	for (const match of text.matchAll(BRACKET)) {
		const inner = match[1] ?? '';
		const start = match.index;
		const items: CitationItem[] = [];
		let cursor = start + 1;
		let valid = true;
		for (const part of inner.split(';')) {
			const item = ITEM.exec(part);
			if (!item) {
				valid = false;
				break;
			}
			const [, prefix = '', dash = '', key = '', rest = ''] = item;
			items.push({
				key,
				prefix: prefix.trim(),
				locator: rest.replace(/^\s*,\s*/, '').trim(),
				suppressAuthor: dash === '-',
				offset: cursor + prefix.length + dash.length,
			});
			cursor += part.length + 1;
		}
		if (valid && items.length > 0) {
			found.push({ start, end: start + match[0].length, inText: false, items });
		}
	}
	const claimed = (i: number) => found.some((f) => !f.inText && i >= f.start && i < f.end);
	for (const match of text.matchAll(IN_TEXT)) {
		if (claimed(match.index)) continue;
		const key = match[1] ?? '';
		found.push({
			start: match.index,
			end: match.index + match[0].length,
			inText: true,
			items: [{ key, prefix: '', locator: '', suppressAuthor: false, offset: match.index }],
		});
	}
	return found.sort((a, b) => a.start - b.start);
}
