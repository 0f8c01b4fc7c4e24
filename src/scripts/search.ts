// The search page: Pagefind's default UI, result excerpts replaced by the page's bottom line and
// best certainty, and "did you mean" suggestions when a query is not a name the site knows.
import { suggest, type Term } from '../lib/suggest.ts';

declare const PagefindUI: new (options: Record<string, unknown>) => { triggerSearch: (q: string) => void };
interface Result { excerpt: string; meta: Record<string, string | undefined> }

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const ui = new PagefindUI({
	element: '#search',
	showSubResults: false,
	showImages: false,
	autofocus: true,
	ranking: { pageLength: 0.1 },
	processResult(result: Result) {
		const { bottomLine, certainty } = result.meta;
		if (bottomLine) result.excerpt = `${escapeHtml(bottomLine.replace(/<[^>]*>/g, ''))}${certainty ? ` <strong>(${escapeHtml(certainty)})</strong>` : ''}`;
		// Shown in the excerpt already: drop them so the UI does not repeat them as tags.
		delete result.meta['bottomLine'];
		delete result.meta['certainty'];
		delete result.meta['year'];
		return result;
	},
});

// The UI's input has only a title; give it a proper accessible name.
document.querySelector('.pagefind-ui__search-input')?.setAttribute('aria-label', 'Search techniques, conditions, claims and references');

const box = document.getElementById('did-you-mean');
let terms: Promise<Term[]> | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

async function update(query: string): Promise<void> {
	if (!box) return;
	// Suggest whenever the query is not a known name or word, even if Pagefind finds partial matches.
	const list = suggest(query, await (terms ??= fetch('/search-terms.json').then((r) => r.json() as Promise<Term[]>)));
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
