/**
 * Author-year labels for citation markers ("Cherkin et al., 2011"), following APA's in-text rules:
 * one author by name, two joined with "&", three or more as "First et al.". Works with the same
 * first author and year get a, b, ... suffixes in key order so every marker is unambiguous.
 */
import type { CslItem } from './entry.ts';

/** The two parts of an author-year marker. */
export interface CiteLabel {
	authors: string;
	year: string;
}

type Name = { family?: string; given?: string; literal?: string };

const nameOf = (n: Name): string => n.literal ?? n.family ?? n.given ?? '';

/** The author part of a label, from authors or else editors, else the title. */
export function authorPart(item: CslItem): string {
	const names: Name[] = item.author ?? item.editor ?? [];
	if (names.length === 0) return item.title ?? item.id;
	const [first, second] = names;
	if (names.length === 1 || !second) return nameOf(first ?? {});
	if (names.length === 2) return `${nameOf(first ?? {})} & ${nameOf(second)}`;
	return `${nameOf(first ?? {})} et al.`;
}

/** The year of an item as a string, or "n.d." when it has none. */
export function yearOf(item: CslItem): string {
	const year = item.issued?.['date-parts']?.[0]?.[0];
	return year === undefined ? (item.issued?.literal ?? 'n.d.') : String(year);
}

/** Labels for every item at once, so that clashing author-years get their suffixes. */
export function citeLabels(items: readonly CslItem[]): Map<string, CiteLabel> {
	const groups = new Map<string, CslItem[]>();
	for (const item of items) {
		const id = `${authorPart(item)}|${yearOf(item)}`;
		groups.set(id, [...(groups.get(id) ?? []), item]);
	}
	const labels = new Map<string, CiteLabel>();
	for (const group of groups.values()) {
		const sorted = [...group].sort((a, b) => a.id.localeCompare(b.id));
		sorted.forEach((item, i) => {
			const suffix = sorted.length > 1 ? String.fromCharCode(97 + i) : '';
			labels.set(item.id, { authors: authorPart(item), year: yearOf(item) + suffix });
		});
	}
	return labels;
}
