/**
 * The `cacheKey` of each prerendered route (Astro's experimental incremental build): a digest of
 * everything the route renders that does not live in its own module graph. Astro skips a page
 * whose key and module graph are unchanged and copies its last output, so a key must change
 * whenever the page would: the entry itself, the findings it shows, the references it cites (with
 * their formatted text), where each shown finding's card lives, the titles it links by, its
 * search facets and the bibliography's size. A changed reference changes the keys of exactly the
 * pages that cite it; an edit to one page's text changes only the keys of the pages that show it.
 */
import { createHash } from 'node:crypto';
import { getCollection, getEntries, type CollectionEntry } from 'astro:content';
import { citedKeys } from '../lib/content/cited-keys.ts';
import { contentIndex, type ContentIndex } from './content-index.ts';
import type { Kind } from './site-pages.ts';

/** A stable digest of JSON-like data (Maps as entry lists, Dates as ISO strings). */
export function digestOf(value: unknown): string {
	const json = JSON.stringify(value, (_, v: unknown) =>
		v instanceof Map ? [...v.entries()] : v instanceof Set ? [...v] : v,
	);
	return createHash('sha256').update(json).digest('base64url').slice(0, 22);
}

/** What an entry carries: its loader's digest, else its data and body. */
const entryDigest = (entry: {
	digest?: string | number | undefined;
	data: unknown;
	body?: string | undefined;
}) => entry.digest ?? digestOf([entry.data, entry.body]);

/** The data of the references `keys`, as formatted for the site (missing keys as null). */
async function referencesData(keys: readonly string[]): Promise<unknown[]> {
	const refs = await getEntries(keys.map((id) => ({ collection: 'references' as const, id })));
	return refs.map((r) => (r ? r.data : null));
}

/** The key of a technique, condition, common-claim or guideline page. */
export async function evidencePageKey(
	index: ContentIndex,
	kind: Kind,
	entry: CollectionEntry<Kind>,
): Promise<string> {
	const shown = index.pages.find((p) => p.kind === kind && p.slug === entry.id)?.findings ?? [];
	return digestOf({
		entry: entryDigest(entry),
		shown,
		homes: shown.map((f) => index.findingHref(f.key)),
		references: await referencesData(citedKeys(entry.body ?? '', shown)),
		titles: [index.titles.conditions, index.titles.techniques],
		facets: index.facets(kind, entry.id),
		referenceCount: index.referenceCount,
	});
}

/** The key of a reference page: the reference, its findings and the pages that cite it. */
export function referencePageKey(index: ContentIndex, ref: CollectionEntry<'references'>): string {
	return digestOf({
		ref: ref.data,
		findings: index.findingsOf.get(ref.id) ?? [],
		citing: (index.citingPages.get(ref.id) ?? []).map((p) => [p.kind, p.slug, p.title]),
		titles: [index.titles.conditions, index.titles.techniques],
	});
}

/** The key of a reference-manager file: its format and the references it holds. */
export async function exportKey(format: string, keys: readonly string[] | 'all'): Promise<string> {
	const all = keys === 'all' ? (await getCollection('references')).map((r) => r.id) : keys;
	return digestOf({ format, references: await referencesData(all) });
}

/** getStaticPaths of a technique, condition, common-claim or guideline route, each with its key. */
export async function evidencePagePaths<K extends Kind>(kind: K) {
	const index = await contentIndex();
	return Promise.all(
		(await getCollection(kind)).map(async (entry) => ({
			params: { slug: entry.id },
			props: { entry },
			cacheKey: await evidencePageKey(index, kind, entry),
		})),
	);
}
