/** The small list of titles and aliases the search page uses for "did you mean" suggestions. */
import { getCollection } from 'astro:content';
import { KINDS, pageUrl, type Kind } from '../lib/site-pages.ts';

export async function GET(): Promise<Response> {
	const terms: { term: string; title: string; url: string }[] = [];
	for (const kind of Object.keys(KINDS) as Kind[]) {
		for (const e of await getCollection(kind)) {
			for (const term of [e.data.title, ...e.data.aliases]) terms.push({ term, title: e.data.title, url: pageUrl(kind, e.id) });
		}
	}
	return new Response(JSON.stringify(terms), { headers: { 'Content-Type': 'application/json' } });
}
