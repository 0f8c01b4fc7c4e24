/**
 * Finds what an outside article cites: author-year mentions in prose ("(Cherkin et al., 2011)",
 * "Furlan and colleagues (2015)") and the entries of a trailing reference list.
 */
import type { Paragraph, Sentence } from './prose.ts';
import { splitSentences } from './prose.ts';

/** An author-year mention with its place. */
export interface Mention {
	author: string;
	year: string;
	/** A journal the sentence names for the work ("writing in The Journal of Pain"), if any. */
	journal: string | undefined;
	text: string;
	offset: number;
	sentence: Sentence;
}

const NAME = String.raw`\p{Lu}[\p{L}'’-]+`;
const PAREN = new RegExp(
	String.raw`\((?:see |e\.g\.,? )?(${NAME})(?:\s+et al\.?|\s+(?:and|&)\s+${NAME})?,?\s+((?:19|20)\d{2})[a-z]?(?:[;,][^)]*)?\)`,
	'gu',
);
const NARRATIVE = new RegExp(
	String.raw`\b(${NAME})(?:\s+et al\.?|\s+and colleagues|\s+(?:and|&)\s+${NAME})?\s+\(((?:19|20)\d{2})[a-z]?\)`,
	'gu',
);
const JOURNAL_IN_PROSE =
	/\b(?:published in|writing in|reported in|appeared in|in the journal)\s+((?:the\s+)?\p{Lu}[\p{L}]*(?:\s+(?:of|and|&|for|the|\p{Lu}[\p{L}]*))*)/u;
const NOT_NAMES = new Set([
	'In',
	'On',
	'Since',
	'By',
	'From',
	'Until',
	'The',
	'A',
	'An',
	'Study',
	'Trial',
	'Review',
	'Published',
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
	'Spring',
	'Summer',
	'Autumn',
	'Winter',
	'Fall',
]);

/** Author-year mentions in a sentence. */
export function mentionsIn(sentence: Sentence): Mention[] {
	const out: Mention[] = [];
	for (const re of [PAREN, NARRATIVE]) {
		for (const m of sentence.text.matchAll(re)) {
			const author = m[1] ?? '';
			if (NOT_NAMES.has(author) || out.some((o) => o.offset === sentence.offset + m.index))
				continue;
			const journal = JOURNAL_IN_PROSE.exec(sentence.text)?.[1];
			out.push({
				author,
				year: m[2] ?? '',
				journal,
				text: m[0],
				offset: sentence.offset + m.index,
				sentence,
			});
		}
	}
	return out;
}

const LIST_HEADING =
	/^\s*(?:#+\s*)?(?:references?|sources?|bibliography|works cited|literature cited|further reading)\s*:?\s*$/i;

/** The entries of the reference list: every line after a "References" heading that has a year. */
export function referenceEntries(paragraphs: readonly Paragraph[], source: string): Sentence[] {
	const start = paragraphs.findIndex((p) => LIST_HEADING.test(p.text));
	if (start < 0) return [];
	const out: Sentence[] = [];
	for (const p of paragraphs.slice(start + 1)) {
		let offset = p.offset;
		for (const line of p.text.split('\n')) {
			if (/\b(?:19|20)\d{2}\b/.test(line) && line.trim().length > 20) {
				const lead = line.length - line.trimStart().length;
				const [first] = splitSentences(line.trim(), offset + lead, source);
				if (first) out.push({ ...first, text: line.trim() });
			}
			offset += line.length + 1;
		}
	}
	return out;
}

/** True when a paragraph is part of the reference list (so its lines are not prose claims). */
export function inReferenceList(paragraphs: readonly Paragraph[], index: number): boolean {
	// Found once per document: searching again for every paragraph made the audit quadratic.
	let start = listStarts.get(paragraphs);
	if (start === undefined)
		listStarts.set(paragraphs, (start = paragraphs.findIndex((p) => LIST_HEADING.test(p.text))));
	return start >= 0 && index >= start;
}

const listStarts = new WeakMap<readonly Paragraph[], number>();
