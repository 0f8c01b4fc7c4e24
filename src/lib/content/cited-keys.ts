/** The citation keys a page uses: its body citations and its claims' sources, in first-use order. */
import { findCitations } from './citation-syntax.ts';

/** Keys cited by a page, body first, without duplicates. */
export function citedKeys(
	body: string,
	evidence: readonly { sources: readonly string[] }[],
): string[] {
	const keys = findCitations(body).flatMap((m) => m.items.map((i) => i.key));
	return [...new Set([...keys, ...evidence.flatMap((c) => c.sources)])];
}
