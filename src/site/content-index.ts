/**
 * One index of every content page, built once per build and shared by the templates that need
 * the whole site: who cites each reference, each page's search facets, titles by slug. Without it,
 * every reference page scanned every content page (references × pages work).
 */
import { getCollection } from 'astro:content';
import { citedKeys } from '../lib/content/cited-keys.ts';
import { findingsOf as shownFindings } from '../lib/content/shown-findings.ts';
import { loadLibrary } from '../lib/bibliography/library.ts';
import { formatPageCitations } from './page-citation.ts';
import { STYLE_IDS, type StyleId } from '../lib/bibliography/styles.ts';
import { facetsOf, type FacetPage, type Facets } from './search-facets.ts';
import { KINDS, pageUrl, type Kind } from './site-pages.ts';
import { findingAnchor, type Finding } from '../schemas/finding.ts';

/** A content page as the index keeps it, with the findings it shows. */
export interface IndexedPage extends FacetPage {
	kind: Kind;
	aliases: string[];
	url: string;
	reviewed: Date;
	reviewedBy: string;
	searched: { on: Date; what: string } | undefined;
}

/** Something formatted in every style (citeproc HTML). */
export type InStyles = Record<StyleId, string>;

/** A finding of a reference, with the pages that show it. */
export interface CitingFinding {
	finding: Finding;
	/** The pages that show it; the first is where its card links. */
	pages: { title: string; url: string }[];
}

/** The site-wide index. */
export interface ContentIndex {
	pages: IndexedPage[];
	titles: Record<Kind, Map<string, string>>;
	citingPages: Map<string, IndexedPage[]>;
	/** The findings of each source. */
	findingsOf: Map<string, CitingFinding[]>;
	/** Every finding, by id. */
	findings: Map<string, Finding>;
	/** How many references the bibliography holds ("none in our N references"). */
	referenceCount: number;
	/** Where a finding's card is: its first page and the anchor. */
	findingHref: (key: string) => string | undefined;
	facets: (kind: Kind, slug: string) => Facets;
	/** "Cite this page" for a page URL, in every style. */
	pageCitation: (url: string) => InStyles;
	/** The in-text citation of a finding's source ("(Cherkin et al., 2011)", "(1)"), in every style. */
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
	const push = <T>(map: Map<string, T[]>, key: string, value: T) =>
		map.set(key, [...(map.get(key) ?? []), value]);
	const findings = new Map<string, Finding>(
		(await getCollection('findings')).map((e) => [e.id, e.data]),
	);
	const all = [...findings.values()];
	for (const kind of Object.keys(KINDS) as Kind[]) {
		for (const e of await getCollection(kind)) {
			const shown = shownFindings({ findings }, kind, e.id, e.data);
			const page: IndexedPage = {
				kind,
				slug: e.id,
				title: e.data.title,
				aliases: e.data.aliases,
				findings: shown,
				verdict: 'verdict' in e.data ? e.data.verdict : undefined,
				url: pageUrl(kind, e.id),
				reviewed: e.data.reviewed,
				reviewedBy: e.data.reviewedBy,
				searched: e.data.searched,
			};
			pages.push(page);
			for (const key of citedKeys(e.body ?? '', shown)) push(citingPages, key, page);
		}
	}
	const homes = new Map<string, { title: string; url: string }[]>();
	for (const p of pages)
		for (const f of p.findings) push(homes, f.key, { title: p.title, url: p.url });
	const findingsOf = new Map<string, CitingFinding[]>();
	for (const f of all) push(findingsOf, f.source, { finding: f, pages: homes.get(f.key) ?? [] });
	const findingHref = (key: string) => {
		const home = homes.get(key)?.[0];
		return home ? `${home.url}#${findingAnchor(key)}` : undefined;
	};
	const titles = Object.fromEntries(
		(Object.keys(KINDS) as Kind[]).map((k) => [
			k,
			new Map(pages.filter((p) => p.kind === k).map((p) => [p.slug, p.title])),
		]),
	) as Record<Kind, Map<string, string>>;
	const referenceEntries = await getCollection('references');
	const studyTypes = new Map(referenceEntries.map((r) => [r.id, r.data.fields['studytype']]));
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
		findingsOf,
		findings,
		findingHref,
		referenceCount: referenceEntries.length,
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
					...new Map(all.map((f) => [clusterKey(f.sources), f.sources] as const)).values(),
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
