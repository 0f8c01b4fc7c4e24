/**
 * Matches what outside articles cite (author-year mentions and free-text reference-list entries)
 * against the bibliography, and names every field where the citation disagrees with the entry.
 */
import { distance } from 'fastest-levenshtein';
import type { BibEntry } from '../bibliography/entry.ts';

/** What a free-text reference entry says, as far as it can be read. */
export interface CitedReference {
	author: string;
	year: string;
	title?: string | undefined;
	journal?: string | undefined;
	volume?: string | undefined;
	issue?: string | undefined;
}

/** A field on which a citation and its bibliography entry disagree. */
export interface Difference {
	field: 'journal' | 'year' | 'title' | 'volume';
	cited: string;
	bibliography: string;
}

const fold = (s: string): string =>
	s
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9 ]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

const STOP = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'a', 'an', '&']);

/** First author's family name of an entry. */
export function firstAuthor(entry: BibEntry): string {
	const a = entry.csl.author?.[0] ?? entry.csl.editor?.[0];
	return a?.family ?? a?.literal ?? '';
}

/** Year of an entry as a string. */
export function entryYear(entry: BibEntry): string {
	return entry.fields['year'] ?? String(entry.csl.issued?.['date-parts']?.[0]?.[0] ?? '');
}

/** Reads one free-text reference-list entry (APA-like or Vancouver-like). */
export function parseReference(text: string): CitedReference | undefined {
	const t = text.replace(/^\s*(?:\[\d+\]|\d+[.)])\s*/, '').trim();
	const author = /^\s*(\p{Lu}[\p{L}'’-]+)/u.exec(t)?.[1];
	const yearMatch = /\b((?:19|20)\d{2})[a-z]?\b/.exec(t);
	if (!author || !yearMatch) return undefined;
	const apa =
		/\(((?:19|20)\d{2})[a-z]?\)\.\s*(.+?[.?!])\s+(.+?)(?:,\s*|\s+)(\d+)\s*(?:\((\d+)\))?/.exec(t);
	if (apa)
		return {
			author,
			year: apa[1] ?? '',
			title: apa[2],
			journal: apa[3],
			volume: apa[4],
			issue: apa[5],
		};
	// Vancouver: Authors. Title. Journal. Year;Volume(Issue):pages.
	const van =
		/\.\s+(.+?[.?!])\s+([^.]+?)\.?\s+((?:19|20)\d{2})[^;]*;\s*(\d+)\s*(?:\((\d+)\))?/.exec(t);
	if (van)
		return {
			author,
			year: van[3] ?? '',
			title: van[1],
			journal: van[2],
			volume: van[4],
			issue: van[5],
		};
	return { author, year: yearMatch[1] ?? '' };
}

/**
 * Finds the entry a citation refers to: by first author and year, else by title. When the citation
 * gives a title that is plainly another entry's (an author with two works a year apart, cited with
 * the wrong year), the title wins: "Chou 2016, Nonpharmacologic therapies ... Ann Intern Med" is
 * the 2017 paper cited a year early, not the same author's 2016 report.
 */
export function matchReference(
	cited: { author: string; year: string; title?: string | undefined },
	entries: readonly BibEntry[],
): BibEntry | undefined {
	const author = fold(cited.author);
	const byAuthorYear = entries.filter(
		(e) => fold(firstAuthor(e)) === author && entryYear(e) === cited.year,
	);
	if (!cited.title) return byAuthorYear[0];
	const title = fold(cited.title);
	const likeness = (e: BibEntry) => {
		const t = fold(e.fields['title'] ?? '');
		return 1 - distance(title, t) / Math.max(title.length, t.length, 1);
	};
	const closest = (pool: readonly BibEntry[]) => {
		let best: BibEntry | undefined;
		let bestRatio = 0;
		for (const e of pool) {
			const ratio = likeness(e);
			if (ratio > bestRatio) [best, bestRatio] = [e, ratio];
		}
		return best && bestRatio >= 0.8 ? best : undefined;
	};
	const only = byAuthorYear.length === 1 ? byAuthorYear[0] : undefined;
	if (only && likeness(only) >= 0.8) return only;
	const byTitle = closest(byAuthorYear.length > 1 ? byAuthorYear : entries);
	return byTitle ?? only;
}

/** True when `cited` is the journal name or an abbreviation of it ("Ann Intern Med"). */
export function sameJournal(cited: string, full: string): boolean {
	// "CMAJ: Canadian Medical Association Journal" may be cited by either of its parts.
	return [full, ...full.split(':')].some((name) => abbreviates(cited, name));
}

function abbreviates(cited: string, full: string): boolean {
	const a = fold(cited)
		.split(' ')
		.filter((w) => w && !STOP.has(w));
	const b = fold(full)
		.split(' ')
		.filter((w) => w && !STOP.has(w));
	if (a.length === 0 || a.length !== b.length) return false;
	return a.every((w, i) => (b[i] ?? '').startsWith(w));
}

/** Two titles are the same when nearly equal letter by letter and their numbers agree. */
function sameTitle(cited: string, full: string): boolean {
	const numbers = (t: string) => (t.match(/\d+/g) ?? []).join(',');
	const [a, b] = [fold(cited), fold(full)];
	return numbers(a) === numbers(b) && 1 - distance(a, b) / Math.max(a.length, b.length, 1) >= 0.9;
}

/** Lists the fields on which a citation disagrees with its entry. */
export function differences(cited: CitedReference, entry: BibEntry): Difference[] {
	const out: Difference[] = [];
	const journal = entry.fields['journal'] ?? entry.csl['container-title'] ?? '';
	if (cited.journal && journal && !sameJournal(cited.journal, String(journal))) {
		out.push({ field: 'journal', cited: cited.journal, bibliography: String(journal) });
	}
	if (cited.year && cited.year !== entryYear(entry))
		out.push({ field: 'year', cited: cited.year, bibliography: entryYear(entry) });
	const title = entry.fields['title'] ?? '';
	if (cited.title && title) {
		const plain = title.replace(/[{}]/g, '');
		if (!sameTitle(cited.title, plain) && !sameTitle(cited.title, plain.split(':')[0] ?? ''))
			out.push({ field: 'title', cited: cited.title, bibliography: title });
	}
	const volume = entry.fields['volume'];
	if (cited.volume && volume && cited.volume !== volume)
		out.push({ field: 'volume', cited: cited.volume, bibliography: volume });
	return out;
}

/** "The Journal of Pain 12(2)" style summary of the cited or the bibliography version. */
export function describe(
	journal: string | undefined,
	volume: string | undefined,
	issue: string | undefined,
	year: string | undefined,
): string {
	const vol = volume ? ` ${volume}${issue ? `(${issue})` : ''}` : '';
	return `${journal ?? 'no journal'}${vol}${year ? `, ${year}` : ''}`;
}
