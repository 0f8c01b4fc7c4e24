/** The citation keys a page uses: its body citations and its findings' sources, in first-use order. */
import { findCitations } from './citation-syntax.ts';

/** Keys cited by a page, body first, without duplicates. */
export function citedKeys(
	body: string,
	findings: readonly { sources: readonly string[] }[] = [],
): string[] {
	const keys = findCitations(body).flatMap((m) => m.items.map((i) => i.key));
	return [...new Set([...keys, ...findings.flatMap((c) => c.sources)])];
}
