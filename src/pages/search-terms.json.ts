/** Every title and alias, for "did you mean" when a query's own shard suggests nothing. */
import { contentIndex } from '../site/content-index.ts';
import { termsOf } from '../site/suggest.ts';

export async function GET(): Promise<Response> {
	const terms = termsOf((await contentIndex()).pages);
	return new Response(JSON.stringify(terms), { headers: { 'Content-Type': 'application/json' } });
}
