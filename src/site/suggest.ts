/** "Did you mean": the titles or aliases nearest to a query that finds little (Pagefind has no typo tolerance). */
import { distance } from 'fastest-levenshtein';

/** A searchable name and the page it belongs to. */
export interface Term {
	term: string;
	title: string;
	url: string;
}

/** Every page's title and aliases as terms. */
export function termsOf(
	pages: readonly { title: string; aliases: readonly string[]; url: string }[],
): Term[] {
	return pages.flatMap((p) =>
		[p.title, ...p.aliases].map((term) => ({ term, title: p.title, url: p.url })),
	);
}

/** What a query is compared with: the whole name, and each of its words of four letters or more. */
function candidates(term: string): string[] {
	const name = term.toLowerCase();
	return [name, ...name.split(/[^a-z0-9]+/).filter((w) => w.length >= 4)];
}

/** The shard a query or name belongs to: its first letter or digit, "_" for anything else. */
export function shardOf(text: string): string {
	const c = text.trim().toLowerCase()[0] ?? '_';
	return /[a-z0-9]/.test(c) ? c : '_';
}

/**
 * Splits the terms by first letter, so the search page downloads one shard instead of every name:
 * a term goes into the shard of its name and of each of its words, so a query that is a known
 * name or word always finds it in its own shard.
 */
export function shardTerms(terms: readonly Term[]): Map<string, Term[]> {
	const shards = new Map<string, Term[]>();
	for (const t of terms) {
		for (const shard of new Set(candidates(t.term).map(shardOf))) {
			const list = shards.get(shard);
			if (list) list.push(t);
			else shards.set(shard, [t]);
		}
	}
	return shards;
}

/** True when the query is itself a known name or word: it is spelt right. */
export function knows(query: string, terms: readonly Term[]): boolean {
	const q = query.trim().toLowerCase();
	return terms.some((t) => candidates(t.term).includes(q));
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
		const d = Math.min(...candidates(t.term).map((c) => distance(q, c)));
		if (d === 0) return [];
		if (d <= Math.max(1, Math.floor(q.length / 3))) scored.push({ t, d });
	}
	scored.sort((a, b) => a.d - b.d || a.t.term.length - b.t.term.length);
	const seen = new Set<string>();
	return scored
		.filter(({ t }) => !seen.has(t.url) && seen.add(t.url))
		.slice(0, max)
		.map(({ t }) => t);
}
