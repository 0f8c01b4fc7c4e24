/**
 * Reference-manager files, built at build time: the whole library, each reference, and the works
 * each content page cites, as BibTeX, RIS and CSL-JSON.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { contentIndex } from '../../site/content-index.ts';
import { exportKey } from '../../site/cache-key.ts';
import { citedKeys } from '../../lib/content/cited-keys.ts';
import {
	EXPORT_FORMATS,
	EXPORT_IDS,
	exportPath,
	exportText,
	type ExportScope,
} from '../../lib/bibliography/export.ts';
import { loadLibrary } from '../../lib/bibliography/library.ts';
import { KINDS, pageUrl, type Kind } from '../../site/site-pages.ts';

export const getStaticPaths = (async () => {
	const scopes: { scope: ExportScope; keys: string[] | 'all' }[] = [
		{ scope: { library: true }, keys: 'all' },
	];
	for (const ref of await getCollection('references'))
		scopes.push({ scope: { reference: ref.id }, keys: [ref.id] });
	const index = await contentIndex();
	for (const kind of Object.keys(KINDS) as Kind[]) {
		for (const e of await getCollection(kind)) {
			const shown = index.pages.find((p) => p.kind === kind && p.slug === e.id)?.findings ?? [];
			scopes.push({ scope: { page: pageUrl(kind, e.id) }, keys: citedKeys(e.body ?? '', shown) });
		}
	}
	return Promise.all(
		scopes.flatMap(({ scope, keys }) =>
			EXPORT_IDS.map(async (format) => ({
				params: { file: exportPath(scope, format).replace(/^\/export\//, '') },
				props: { keys, format },
				cacheKey: await exportKey(format, keys),
			})),
		),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { keys, format } = props as { keys: string[] | 'all'; format: keyof typeof EXPORT_FORMATS };
	const library = loadLibrary(process.cwd());
	const entries =
		keys === 'all' ? library.entries : keys.flatMap((k) => library.byKey.get(k) ?? []);
	return new Response(exportText(entries, format), {
		headers: { 'Content-Type': EXPORT_FORMATS[format].type },
	});
};
