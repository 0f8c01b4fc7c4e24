/**
 * One index of every content page, built once per build and shared by the templates that need
 * the whole site: who cites each reference, each page's search facets, titles by slug. Without it,
 * every reference page scanned every content page (references × pages work).
 */
import { getCollection } from 'astro:content';
import { citedKeys } from './lib/cited-keys.ts';
import { facetsOf, type FacetPage, type Facets } from './lib/search-facets.ts';
import { KINDS, pageUrl, type Kind } from './lib/site-pages.ts';
import type { Claim } from './schemas/claim.ts';

/** A content page as the index keeps it. */
export interface IndexedPage extends FacetPage {
	kind: Kind;
	aliases: string[];
	url: string;
}

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
	const push = <T>(map: Map<string, T[]>, key: string, value: T) => map.set(key, [...(map.get(key) ?? []), value]);
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
			};
			pages.push(page);
			for (const key of citedKeys(e.body ?? '', e.data.evidence)) push(citingPages, key, page);
			for (const claim of e.data.evidence) {
				for (const key of claim.sources) {
					push(citingClaims, key, { href: `${page.url}#claim-${claim.id}`, statement: claim.statement, page: page.title, certainty: claim.certainty });
				}
			}
		}
	}
	const titles = Object.fromEntries((Object.keys(KINDS) as Kind[]).map((k) => [k, new Map(pages.filter((p) => p.kind === k).map((p) => [p.slug, p.title]))])) as Record<Kind, Map<string, string>>;
	const studyTypes = new Map((await getCollection('references')).map((r) => [r.id, r.data.fields['studytype']]));
	const facetCache = new Map<string, Facets>();
	return {
		pages,
		titles,
		citingPages,
		citingClaims,
		facets(kind, slug) {
			const id = `${kind}/${slug}`;
			let f = facetCache.get(id);
			if (!f) {
				const page = pages.find((p) => p.kind === kind && p.slug === slug);
				f = page ? facetsOf(page, pages, (key) => studyTypes.get(key)) : { filters: {}, meta: {}, sort: {} };
				facetCache.set(id, f);
			}
			return f;
		},
	};
}
