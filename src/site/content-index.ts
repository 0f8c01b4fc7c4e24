/**
 * One index of every content page, built once per build and shared by the templates that need
 * the whole site: who cites each reference, each page's search facets, titles by slug. Without it,
 * every reference page scanned every content page (references × pages work).
 */
import { getCollection } from 'astro:content';
import { citedKeys } from '../lib/content/cited-keys.ts';
import { loadLibrary } from '../lib/bibliography/library.ts';
import { formatPageCitations } from './page-citation.ts';
import { STYLE_IDS, type StyleId } from '../lib/bibliography/styles.ts';
import { facetsOf, type FacetPage, type Facets } from './search-facets.ts';
import { KINDS, pageUrl, type Kind } from './site-pages.ts';
import type { Claim } from '../schemas/claim.ts';

/** A content page as the index keeps it. */
export interface IndexedPage extends FacetPage {
	kind: Kind;
	aliases: string[];
	url: string;
	reviewed: Date;
	reviewedBy: string;
}

/** Something formatted in every style (citeproc HTML). */
export type InStyles = Record<StyleId, string>;

/** A claim that cites a reference, with where it lives. */
export interface CitingClaim {
	href: string;
	statement: string;
	page: string;
	certainty: Claim['certainty'];
}

/** The site-wide index. */
export interface ContentIndex {
	pages: IndexedPage[];
	titles: Record<Kind, Map<string, string>>;
	citingPages: Map<string, IndexedPage[]>;
	citingClaims: Map<string, CitingClaim[]>;
	facets: (kind: Kind, slug: string) => Facets;
	/** "Cite this page" for a page URL, in every style. */
	pageCitation: (url: string) => InStyles;
	/** The in-text citation of a claim's sources ("(Cherkin et al., 2011)", "(1,2)"), in every style. */
	claimCitation: (sources: readonly string[]) => InStyles;
}

let cached: Promise<ContentIndex> | undefined;

/** The index; memoised for a production build, rebuilt on every call in dev so edits show. */
export function contentIndex(): Promise<ContentIndex> {
	if (!import.meta.env.PROD) return build();
	cached ??= build();
	return cached;
}

async function build(): Promise<ContentIndex> {
	const pages: IndexedPage[] = [];
	const citingPages = new Map<string, IndexedPage[]>();
	const citingClaims = new Map<string, CitingClaim[]>();
	const push = <T>(map: Map<string, T[]>, key: string, value: T) =>
		map.set(key, [...(map.get(key) ?? []), value]);
	for (const kind of Object.keys(KINDS) as Kind[]) {
		for (const e of await getCollection(kind)) {
			const page: IndexedPage = {
				kind,
				slug: e.id,
				title: e.data.title,
				aliases: e.data.aliases,
				evidence: e.data.evidence,
				verdict: 'verdict' in e.data ? e.data.verdict : undefined,
				url: pageUrl(kind, e.id),
				reviewed: e.data.reviewed,
				reviewedBy: e.data.reviewedBy,
			};
			pages.push(page);
			for (const key of citedKeys(e.body ?? '', e.data.evidence)) push(citingPages, key, page);
			for (const claim of e.data.evidence) {
				for (const key of claim.sources) {
					push(citingClaims, key, {
						href: `${page.url}#claim-${claim.id}`,
						statement: claim.statement,
						page: page.title,
						certainty: claim.certainty,
					});
				}
			}
		}
	}
	const titles = Object.fromEntries(
		(Object.keys(KINDS) as Kind[]).map((k) => [
			k,
			new Map(pages.filter((p) => p.kind === k).map((p) => [p.slug, p.title])),
		]),
	) as Record<Kind, Map<string, string>>;
	const studyTypes = new Map(
		(await getCollection('references')).map((r) => [r.id, r.data.fields['studytype']]),
	);
	const facetCache = new Map<string, Facets>();
	const byId = new Map(pages.map((p) => [`${p.kind}/${p.slug}`, p]));
	// Citations are formatted for the whole site at once, one citeproc pass per style, on first use:
	// formatting page by page would set up citeproc over the whole bibliography once per page.
	let pageCites: Map<string, InStyles> | undefined;
	let claimCites: Map<string, InStyles> | undefined;
	const clusterKey = (sources: readonly string[]) => sources.join(',');
	const inStyles = (each: (style: StyleId) => string): InStyles =>
		Object.fromEntries(STYLE_IDS.map((s) => [s, each(s)])) as InStyles;
	return {
		pages,
		titles,
		citingPages,
		citingClaims,
		facets(kind, slug) {
			const id = `${kind}/${slug}`;
			let f = facetCache.get(id);
			if (!f) {
				const page = byId.get(id);
				f = page
					? facetsOf(page, pages, (key) => studyTypes.get(key))
					: { filters: {}, meta: {}, sort: {} };
				facetCache.set(id, f);
			}
			return f;
		},
		pageCitation(url) {
			if (!pageCites) {
				const library = loadLibrary(process.cwd());
				const site = new URL(import.meta.env.SITE);
				const byStyle = new Map(
					STYLE_IDS.map((s) => [
						s,
						formatPageCitations(pages, site, (items) => library.formatItems(items, s)),
					]),
				);
				pageCites = new Map(
					pages.map((p) => [p.url, inStyles((s) => byStyle.get(s)?.get(p.url) ?? '')]),
				);
			}
			return pageCites.get(url) ?? inStyles(() => '');
		},
		claimCitation(sources) {
			if (!claimCites) {
				const library = loadLibrary(process.cwd());
				const clusters = [
					...new Map(
						pages.flatMap((p) =>
							p.evidence.map((c) => [clusterKey(c.sources), c.sources] as const),
						),
					).values(),
				];
				const byStyle = new Map(STYLE_IDS.map((s) => [s, library.citations(clusters, s)]));
				claimCites = new Map(
					clusters.map((c, i) => [clusterKey(c), inStyles((s) => byStyle.get(s)?.[i] ?? '')]),
				);
			}
			return claimCites.get(clusterKey(sources)) ?? inStyles(() => '');
		},
	};
}
