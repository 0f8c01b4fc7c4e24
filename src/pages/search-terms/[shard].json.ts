/** The titles and aliases whose name or a word starts with one letter: what "did you mean" downloads first. */
import type { GetStaticPaths } from 'astro';
import { contentIndex } from '../../site/content-index.ts';
import { shardTerms, termsOf, type Term } from '../../site/suggest.ts';

export const getStaticPaths = (async () => {
	const shards = shardTerms(termsOf((await contentIndex()).pages));
	return [...shards].map(([shard, terms]) => ({ params: { shard }, props: { terms } }));
}) satisfies GetStaticPaths;

export function GET({ props }: { props: { terms: Term[] } }): Response {
	return new Response(JSON.stringify(props.terms), {
		headers: { 'Content-Type': 'application/json' },
	});
}
