// The search page: Pagefind's default UI, result excerpts replaced by the page's bottom line and
// best certainty, and "did you mean" suggestions when a query is not a name the site knows.
import { knows, shardOf, suggest, type Term } from '../site/suggest.ts';

declare const PagefindUI: new (options: Record<string, unknown>) => {
	triggerSearch: (q: string) => void;
};
interface Result {
	excerpt: string;
	meta: Record<string, string | undefined>;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const metaCacheTag = document.getElementById('save-offline')?.dataset['metaCacheTag'];

const ui = new PagefindUI({
	element: '#search',
	showSubResults: false,
	showImages: false,
	autofocus: true,
	// A page's own names (EvidencePage's "names" metadata: title and aliases of technique,
	// condition and guideline pages) outrank a title that mentions them in passing.
	ranking: { pageLength: 0.1, metaWeights: { title: 1, names: 15 } },
	// The digest of the index entry, stamped by the build (src/publish/offline-precache.ts): the
	// entry's URL then changes only with the index, so the service worker's copy answers offline.
	...(metaCacheTag ? { metaCacheTag } : {}),
	processResult(result: Result) {
		const { bottomLine, certainty } = result.meta;
		if (bottomLine)
			result.excerpt = `${escapeHtml(bottomLine.replace(/<[^>]*>/g, ''))}${certainty ? ` <strong>(${escapeHtml(certainty)})</strong>` : ''}`;
		// Shown in the excerpt already: drop them so the UI does not repeat them as tags.
		delete result.meta['bottomLine'];
		delete result.meta['certainty'];
		delete result.meta['year'];
		delete result.meta['names'];
		return result;
	},
});

// The UI's input has only a title; give it a proper accessible name.
document
	.querySelector('.pagefind-ui__search-input')
	?.setAttribute('aria-label', 'Search techniques, conditions, claims and references');

const box = document.getElementById('did-you-mean');
const lists = new Map<string, Promise<Term[]>>();
let timer: ReturnType<typeof setTimeout> | undefined;
let latest = '';

/** A term list, fetched once; a shard that does not exist is an empty list. */
function terms(url: string): Promise<Term[]> {
	let list = lists.get(url);
	if (!list)
		lists.set(
			url,
			(list = fetch(url).then(
				(r) => (r.ok ? (r.json() as Promise<Term[]>) : []),
				() => [],
			)),
		);
	return list;
}

/**
 * Suggestions from the query's first-letter shard (a few KB); the whole list only for a single
 * word that its shard neither knows nor finds anything close to (a misspelt first letter).
 */
async function suggestions(query: string): Promise<Term[]> {
	const q = query.trim();
	if (q.length < 3) return [];
	const shard = await terms(`/search-terms/${shardOf(q)}.json`);
	if (knows(q, shard)) return [];
	const near = suggest(q, shard);
	return near.length > 0 || /\s/.test(q) ? near : suggest(q, await terms('/search-terms.json'));
}

async function update(query: string): Promise<void> {
	latest = query;
	if (!box) return;
	// Suggest whenever the query is not a known name or word, even if Pagefind finds partial matches
	// (its own loose matching finds dozens of pages for "sciatcia").
	const list = await suggestions(query);
	if (query !== latest) return;
	box.replaceChildren();
	if (list.length === 0) return;
	box.append('Did you mean ');
	list.forEach((t, i) => {
		const a = document.createElement('a');
		a.href = t.url;
		a.textContent = t.term === t.title ? t.title : `${t.term} (${t.title})`;
		if (i > 0) box.append(i === list.length - 1 ? ' or ' : ', ');
		box.append(a);
	});
	box.append('?');
}

document.querySelector('#search')?.addEventListener('input', (event) => {
	const query = (event.target as HTMLInputElement).value;
	clearTimeout(timer);
	timer = setTimeout(() => void update(query), 250);
});

const initial = new URLSearchParams(location.search).get('q');
if (initial) {
	ui.triggerSearch(initial);
	void update(initial);
}
