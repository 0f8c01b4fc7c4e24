/**
 * schema.org descriptions of our pages for search engines and tools: a content page is a
 * MedicalWebPage that was reviewed on a date, makes Claims, and cites ScholarlyArticles; a
 * reference page describes one ScholarlyArticle. Values are plain data; JsonLd.astro escapes them.
 */
import type { CslItem } from '../lib/bibliography/entry.ts';
import { SITE_NAME } from './page-citation.ts';
import { findingAnchor, type Finding } from '../schemas/finding.ts';

type Json = Record<string, unknown>;

/** The subset of a reference that structured data needs. */
export interface LinkedReference {
	key: string;
	csl: CslItem;
}

const personName = (n: { family?: string; given?: string; literal?: string }) =>
	n.literal ?? [n.given, n.family].filter(Boolean).join(' ');

/** A reference as a schema.org ScholarlyArticle (or CreativeWork when it is not an article). */
export function articleJsonLd(ref: LinkedReference, site: URL): Json {
	const c = ref.csl;
	const year = c.issued?.['date-parts']?.[0]?.[0];
	return {
		'@type': c.type === 'article-journal' ? 'ScholarlyArticle' : 'CreativeWork',
		'@id': new URL(`/references/${ref.key}/`, site).href,
		name: c.title,
		author: (c.author ?? []).map((a) =>
			a.literal
				? { '@type': 'Organization', name: a.literal }
				: { '@type': 'Person', name: personName(a) },
		),
		...(year ? { datePublished: String(year) } : {}),
		...(c['container-title']
			? { isPartOf: { '@type': 'Periodical', name: c['container-title'] } }
			: {}),
		...(c.DOI ? { sameAs: `https://doi.org/${c.DOI}` } : c.URL ? { sameAs: c.URL } : {}),
		identifier: [
			...(c.DOI ? [{ '@type': 'PropertyValue', propertyID: 'DOI', value: c.DOI }] : []),
			...(c.PMID ? [{ '@type': 'PropertyValue', propertyID: 'PMID', value: c.PMID }] : []),
		],
	};
}

/** What a content page contributes to its structured data. */
export interface DescribedPage {
	kind: string;
	url: string;
	title: string;
	description: string;
	reviewed: Date;
	reviewedBy: string;
	findings: readonly Finding[];
	references: readonly LinkedReference[];
}

/** A content page as a schema.org MedicalWebPage with its findings (as Claims) and citations. */
export function pageJsonLd(page: DescribedPage, site: URL): Json {
	const url = new URL(page.url, site).href;
	const date = page.reviewed.toISOString().slice(0, 10);
	return {
		'@context': 'https://schema.org',
		'@type': 'MedicalWebPage',
		'@id': url,
		url,
		name: page.title,
		description: page.description,
		lastReviewed: date,
		reviewedBy: { '@type': 'Organization', name: page.reviewedBy },
		isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: new URL('/', site).href },
		hasPart: page.findings.map((f) => ({
			'@type': 'Claim',
			'@id': `${url}#${findingAnchor(f.key)}`,
			text: f.statement,
			citation: [{ '@id': new URL(`/references/${f.source}/`, site).href }],
		})),
		citation: page.references.map((r) => articleJsonLd(r, site)),
	};
}

/** A reference page: the article itself. */
export function referenceJsonLd(ref: LinkedReference, site: URL): Json {
	return { '@context': 'https://schema.org', ...articleJsonLd(ref, site) };
}
