/**
 * What Pagefind should know about a page beyond its text: filters (type, condition, technique,
 * certainty, study type, verdict), metadata shown in results, and sort keys. Pure: the page
 * templates render it as data-pagefind-* attributes.
 */
import { CERTAINTY_LEVELS, type Claim } from '../schemas/claim.ts';
import { KINDS, type Kind } from '../schemas/kinds.ts';

/** A content page as the facets see it. */
export interface FacetPage {
	kind: Kind;
	slug: string;
	title: string;
	evidence: readonly Claim[];
	verdict?: string | undefined;
}

/** Filters, metadata and sort values of one page. */
export interface Facets {
	filters: Record<string, string[]>;
	meta: Record<string, string>;
	sort: Record<string, string>;
}

/** The most certain level among claims, or undefined when there are none. */
export function bestCertainty(claims: readonly Claim[]): Claim['certainty'] | undefined {
	return CERTAINTY_LEVELS.find((level) => claims.some((c) => c.certainty === level));
}

/** Facets of `page`; `all` is every page (a condition lists the techniques with claims about it). */
export function facetsOf(
	page: FacetPage,
	all: readonly FacetPage[],
	studyTypeOf: (key: string) => string | undefined,
): Facets {
	const titleOf = (kind: FacetPage['kind'], slug: string) =>
		all.find((p) => p.kind === kind && p.slug === slug)?.title ?? slug;
	const conditions = new Set(page.evidence.map((c) => titleOf('conditions', c.condition)));
	const techniques = new Set<string>();
	if (page.kind === 'conditions') {
		conditions.add(page.title);
		for (const p of all)
			if (p.kind === 'techniques' && p.evidence.some((c) => c.condition === page.slug))
				techniques.add(p.title);
	}
	if (page.kind === 'techniques') techniques.add(page.title);
	const best = bestCertainty(page.evidence);
	const studyTypes = new Set(
		page.evidence.flatMap((c) => c.sources.map(studyTypeOf)).filter((s): s is string => Boolean(s)),
	);
	const filters: Record<string, string[]> = {
		type: [KINDS[page.kind].singular],
		condition: [...conditions].sort(),
		technique: [...techniques].sort(),
		certainty: best ? [best] : ['no trials found'],
		'study type': [...studyTypes].sort(),
	};
	if (page.verdict) filters['verdict'] = [page.verdict];
	const rank = best ? CERTAINTY_LEVELS.length - CERTAINTY_LEVELS.indexOf(best) : 0;
	return {
		filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length > 0)),
		meta: { certainty: best ? `${best} certainty (best evidence)` : 'no trials found' },
		sort: { certainty: String(rank) },
	};
}
