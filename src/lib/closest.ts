/** Suggests the closest existing name for a misspelt one (citation keys, slugs). */
import { distance } from 'fastest-levenshtein';

const YEAR = /(\d{4})[a-z]?$/;

/**
 * Returns the candidate nearest to `wanted` (case-insensitive edit distance), if any is reasonably
 * close. A citation key's year is rarely the typo, so a candidate with the same year gains 2, and a
 * key the same page already cites (`preferred`) gains 1: "smtih2011" on a page citing
 * cherkin2011 suggests cherkin2011, not yin2014.
 */
export function closest(
	wanted: string,
	candidates: Iterable<string>,
	preferred: ReadonlySet<string> = new Set(),
): string | undefined {
	const w = wanted.toLowerCase();
	const year = YEAR.exec(w)?.[1];
	let best: string | undefined;
	let bestScore = Infinity;
	for (const candidate of candidates) {
		const c = candidate.toLowerCase();
		let score = distance(w, c);
		if (year && YEAR.exec(c)?.[1] === year) score -= 2;
		if (preferred.has(candidate)) score -= 1;
		if (score < bestScore || (score === bestScore && best !== undefined && candidate < best)) {
			best = candidate;
			bestScore = score;
		}
	}
	return best !== undefined && bestScore <= Math.max(3, Math.ceil(w.length / 2)) ? best : undefined;
}
