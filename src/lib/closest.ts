/** Suggests the closest existing name for a misspelt one (citation keys, slugs). */
import { distance } from 'fastest-levenshtein';

/** Returns the candidate nearest to `wanted` (case-insensitive), if any is reasonably close. */
export function closest(wanted: string, candidates: Iterable<string>): string | undefined {
	const w = wanted.toLowerCase();
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const d = distance(w, candidate.toLowerCase());
		if (d < bestDistance) {
			best = candidate;
			bestDistance = d;
		}
	}
	return best !== undefined && bestDistance <= Math.max(3, Math.ceil(w.length / 2)) ? best : undefined;
}
