/** The small list of titles and aliases the search page uses for "did you mean" suggestions. */
import { contentIndex } from '../content-index.ts';

export async function GET(): Promise<Response> {
	const terms = (await contentIndex()).pages.flatMap((p) => [p.title, ...p.aliases].map((term) => ({ term, title: p.title, url: p.url })));
	return new Response(JSON.stringify(terms), { headers: { 'Content-Type': 'application/json' } });
}
