/**
 * What Pagefind should know about a page beyond its text: filters (type, condition, technique,
 * certainty, study type, verdict), metadata shown in results, and sort keys. Pure: the page
 * templates render it as data-pagefind-* attributes.
 */
import { CERTAINTY_LEVELS, type Certainty, type Finding } from '../schemas/finding.ts';
import { KINDS, type Kind } from '../schemas/kinds.ts';

/** A content page as the facets see it. */
export interface FacetPage {
	kind: Kind;
	slug: string;
	title: string;
	findings: readonly Finding[];
	verdict?: string | undefined;
}

/** Filters, metadata and sort values of one page. */
export interface Facets {
	filters: Record<string, string[]>;
	meta: Record<string, string>;
	sort: Record<string, string>;
}

/** The most certain level among findings, or undefined when there are none. */
export function bestCertainty(
	findings: readonly { certainty: Certainty }[],
): Certainty | undefined {
	return CERTAINTY_LEVELS.find((level) => findings.some((c) => c.certainty === level));
}

/** Facets of `page`; `all` is every page (for titles of the techniques and conditions its findings name). */
export function facetsOf(
	page: FacetPage,
	all: readonly FacetPage[],
	studyTypeOf: (key: string) => string | undefined,
): Facets {
	const titleOf = (kind: FacetPage['kind'], slug: string) =>
		all.find((p) => p.kind === kind && p.slug === slug)?.title ?? slug;
	const conditions = new Set(
		page.findings.flatMap((f) => f.conditions.map((c) => titleOf('conditions', c))),
	);
	const techniques = new Set(
		page.findings.flatMap((f) => f.techniques.map((t) => titleOf('techniques', t))),
	);
	if (page.kind === 'conditions') conditions.add(page.title);
	if (page.kind === 'techniques') techniques.add(page.title);
	const best = bestCertainty(page.findings);
	const studyTypes = new Set(
		page.findings.map((f) => studyTypeOf(f.source)).filter((s): s is string => Boolean(s)),
	);
	const filters: Record<string, string[]> = {
		type: [KINDS[page.kind].singular],
		condition: [...conditions].sort(),
		technique: [...techniques].sort(),
		certainty: best ? [best] : ['none in our sources'],
		'study type': [...studyTypes].sort(),
	};
	if (page.verdict) filters['verdict'] = [page.verdict];
	const rank = best ? CERTAINTY_LEVELS.length - CERTAINTY_LEVELS.indexOf(best) : 0;
	return {
		filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length > 0)),
		meta: { certainty: best ? `${best} certainty (best evidence)` : 'none in our sources' },
		sort: { certainty: String(rank) },
	};
}
