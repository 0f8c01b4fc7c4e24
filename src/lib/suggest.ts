/** "Did you mean": the titles or aliases nearest to a query that finds little (Pagefind has no typo tolerance). */
import { distance } from 'fastest-levenshtein';

/** A searchable name and the page it belongs to. */
export interface Term {
	term: string;
	title: string;
	url: string;
}

/**
 * Up to `max` suggestions, nearest first; a name or any of its words may match the query. None
 * when the query is itself a known name or word: it is spelt right.
 */
export function suggest(query: string, terms: readonly Term[], max = 3): Term[] {
	const q = query.trim().toLowerCase();
	if (q.length < 3) return [];
	const scored: { t: Term; d: number }[] = [];
	for (const t of terms) {
		const name = t.term.toLowerCase();
		const words = name.split(/[^a-z0-9]+/).filter((w) => w.length >= 4);
		const d = Math.min(distance(q, name), ...words.map((w) => distance(q, w)));
		if (d === 0) return [];
		if (d <= Math.max(1, Math.floor(q.length / 3))) scored.push({ t, d });
	}
	scored.sort((a, b) => a.d - b.d || a.t.term.length - b.t.term.length);
	const seen = new Set<string>();
	return scored.filter(({ t }) => !seen.has(t.url) && seen.add(t.url)).slice(0, max).map(({ t }) => t);
}
