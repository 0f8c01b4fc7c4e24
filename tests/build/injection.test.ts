// `astro build` on a copy of the project with a reference and a technique page whose data fields
// all carry injection payloads: every built page is free of live scripts, event handlers,
// dangerous URLs and embedded frames, and the payloads are on the pages as text, so they were
// escaped, not dropped. Raw HTML where the build forbids it (a .bib field, a page body) is
// rejected with a located message instead; the last tests lock those messages.
// The copy also carries every bibliography warning kind (a resolver DOI, LaTeX left after
// decoding, entries hidden in @comment, a superseded source cited) and a retracted source cited
// on purpose: the build prints each warning located and finishes, and readers see the retraction.
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { astroBuild, copyProject } from './astro-build.ts';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { formatProblem } from '../../src/errors.ts';
import { numbersIn } from '../../src/lib/content/finding-checks.ts';
import { buildLibrary, loadLibrary } from '../../src/lib/bibliography/library.ts';
import { loadPassages } from '../../src/lib/content/passages.ts';
import { checkPage, projectContext } from '../../src/lib/content/check-project.ts';

const KEY = 'hostile2020';
const PAGE = 'techniques/hostile-payloads/index.html';
const REFERENCE = `references/${KEY}/index.html`;

// Raw HTML in a .bib field is rejected (HtmlInField, locked below), so the tags are written the
// way LaTeX escapes them: citation-js decodes {\textless} to "<" and hands citeproc real markup.
// The raw fields the reference page prints (note, verified, studytype, pmid...) keep what passes
// the check: quotes that would close an attribute, javascript: as text, an unclosed tag, a comment
// opener and pre-escaped entities. A valid DOI may contain "javascript:" after its prefix.
const HOSTILE_BIB = String.raw`@article{${KEY},
  author    = {{\textless}/script{\textgreater}{\textless}script{\textgreater}alert(1){\textless}/script{\textgreater}, Mallory and Tables, Bobby},
  title     = {{\textless}script{\textgreater}alert(1){\textless}/script{\textgreater} and {\textless}img src=x onerror=alert(1){\textgreater} and "{\textgreater}{\textless}svg onload=alert(1){\textgreater} and {\textless}a href="javascript:alert(1)"{\textgreater}x{\textless}/a{\textgreater}},
  journal   = {{\textless}iframe src=//evil{\textgreater}{\textless}/iframe{\textgreater} {\textless}style{\textgreater}body:display-none{\textless}/style{\textgreater}},
  year      = {2020},
  volume    = {1" onmouseover="alert(1)},
  pages     = {1--9 javascript:alert(1)},
  doi       = {10.1234/javascript:alert(1)},
  pmid      = {1" onmouseover="alert(1)},
  pmcid     = {javascript:alert(1)},
  url       = {https://example.org/x?a="onmouseover="alert(1)},
  note      = {javascript:alert(1) then &lt;script&gt;alert(1)&lt;/script&gt; then <!-- then <img src=x onerror=alert(1)// },
  abstract  = {Hostile abstract with javascript:alert(1) and &lt;script&gt;alert(1)&lt;/script&gt; in it.},
  studytype = {RCT" onmouseover="alert(1)},
  verified  = {" onclick="alert(1) javascript:alert(1) {\textless}/script{\textgreater}{\textless}script{\textgreater}alert(1){\textless}/script{\textgreater}}
}
`;

// The claim's quote must be in the stored text and its numbers (12, 20) in the quote.
const PASSAGES = `# Hostile passages for the injection test: every payload is stored text, never markup.
- text: "<script>alert(1)</script> eased pain in 12 of 20 people <!-- </script><script>alert(1)</script> <img src=x onerror=alert(1)> javascript:alert(1)"
  locator: "<iframe src=//evil></iframe>"
  url: "https://example.org/hostile"
`;

// One entry per bibliography warning kind; each must print located and let the build finish.
const WARNINGS_BIB = String.raw`% Entries that the build accepts with a warning.
@article{warndoi2020,
  author  = {Warn, Ada},
  title   = {A probe entry with a resolver DOI},
  journal = {Journal of Probes},
  year    = {2020},
  doi     = {https://doi.org/10.5555/warn.1}
}

@article{warnlatex2020,
  author  = {Warn, Ben},
  title   = {A probe trial in {\AA}rhus},
  journal = {Journal of Probes},
  year    = {2020}
}

@comment{
@article{warnhidden2020, author = {Warn, Cy}, title = {Hidden}, journal = {J}, year = {2020}}
}
`;

// A finding is data too: it carries payloads in every text field, and shows on the hostile page
// by its technique tag.
const HOSTILE_FINDINGS = `- id: hostile-claim
  techniques: [hostile-payloads]
  conditions: [chronic-low-back-pain]
  statement: "<script>alert(1)</script> In 12 of 20 people \\"><svg onload=alert(1)> pain eased."
  population: "<img src=x onerror=alert(1)> adults"
  outcome: "</script><script>alert(1)</script> pain"
  comparison: "<a href=\\"javascript:alert(1)\\">x</a>"
  followUp: "<!-- 10 weeks"
  direction: benefit
  certainty: low
  certaintySource: editors
  certaintyReason: "<script>alert(1)</script> one small trial"
  quote: "<script>alert(1)</script> eased pain in 12 of 20 people <!-- </script><script>alert(1)</script>"
  locator: "<iframe src=//evil></iframe> <style>body{display:none}</style>"
`;

// Frontmatter is data, so it may carry raw payloads; the body may not (the MDX safety check
// rejects raw HTML there), so it carries them only as escaped text and inline code.
const HOSTILE_PAGE = `---
title: "<script>alert(1)</script> \\"><svg onload=alert(1)> massage"
aliases: ["<img src=x onerror=alert(1)>", "javascript:alert(1)", "</script><script>alert(1)</script>", "<!--"]
bottomLine: >-
  <style>body{display:none}</style> <iframe src=//evil></iframe> <a href="javascript:alert(1)">x</a>
  &lt;script&gt;alert(1)&lt;/script&gt; <!--
reviewed: 2026-01-01
reviewedBy: "<script>alert(1)</script> editors"
conditions: [chronic-low-back-pain]
---

## What it is

A page whose data fields carry injection payloads: \\<script>alert(1)\\</script> and
\`<img src=x onerror=alert(1)>\` must show as text [@${KEY}].

An older review is cited on purpose [@furlan2008], and so is a retracted trial
[@probeownretracted2020, retracted].
`;

const copy = copyProject('bpe-injection-');
const dist = join(copy, 'dist');
let output = '';
let status: number | null = null;
const pages = new Map<string, Root>();

beforeAll(() => {
	// The formatting cache is copied so only the hostile entries are formatted.
	const cache = 'node_modules/.cache/back-pain-evidence/formatted.json';
	if (existsSync(cache)) cpSync(cache, join(copy, cache));
	const plant = (path: string, text: string) => {
		mkdirSync(dirname(join(copy, path)), { recursive: true });
		writeFileSync(join(copy, path), text);
	};
	plant('bibliography/hostile.bib', HOSTILE_BIB);
	plant(`bibliography/passages/${KEY}.yaml`, PASSAGES);
	plant('content/techniques/hostile-payloads.mdx', HOSTILE_PAGE);
	plant(`content/findings/${KEY}.yaml`, HOSTILE_FINDINGS);
	plant('bibliography/warnings.bib', WARNINGS_BIB);
	cpSync('tests/fixtures/probes/bibliography/probes.bib', join(copy, 'bibliography/probes.bib'));
	({ output, status } = astroBuild(copy));
	if (status !== 0) return;
	const parser = unified().use(rehypeParse);
	for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
		if (file.endsWith('.html'))
			pages.set(file.split('\\').join('/'), parser.parse(readFileSync(join(dist, file), 'utf8')));
	}
}, 180_000);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** Calls `see` on every element with whether it is inside <head>; template contents included. */
function walk(
	node: Root | RootContent,
	see: (el: Element, inHead: boolean) => void,
	inHead = false,
): void {
	if (node.type !== 'root' && node.type !== 'element') return;
	const head = inHead || (node.type === 'element' && node.tagName === 'head');
	if (node.type === 'element') {
		see(node, inHead);
		if (node.content) walk(node.content, see, head);
	}
	for (const child of node.children) walk(child, see, head);
}

/** The text of a node, as `textContent` gives it (scripts and hidden elements included). */
function textOf(node: Root | RootContent): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'root' && node.type !== 'element') return '';
	return node.children.map(textOf).join('');
}

const prop = (el: Element, name: string) => {
	const value = el.properties[name];
	return value === undefined || value === null
		? undefined
		: Array.isArray(value)
			? value.join(' ')
			: String(value);
};
const URL_PROPERTIES = [
	'href',
	'src',
	'action',
	'formAction',
	'xLinkHref',
	'poster',
	'data',
	'cite',
];
// Browsers drop whitespace and control characters inside a scheme (WHATWG URL parser).
const DANGEROUS_URL = /^(javascript|data|vbscript):/;
const FORBIDDEN = new Set(['iframe', 'object', 'embed', 'frame', 'frameset', 'applet', 'base']);

/** Why a <script> may be on `file`, or undefined when it must not be there. */
function allowedScript(file: string, el: Element): string | undefined {
	const text = textOf(el);
	const src = prop(el, 'src');
	const type = prop(el, 'type');
	if (type === 'application/ld+json') return 'JSON-LD';
	if (src !== undefined)
		return file === 'search/index.html' && /^\/(pagefind|_astro)\//.test(src)
			? 'Pagefind'
			: undefined;
	if (type === 'module' && text.includes('bpe-citation-style')) return 'copy button';
	if (text.includes('serviceWorker.register')) return 'service worker';
	if (file === 'search/index.html' && type === 'module' && text.includes('PagefindUI'))
		return 'search';
	if (file === 'search/index.html' && type === 'module' && text.includes('/offline-files.json'))
		return 'save the whole site';
	return undefined;
}

/** Every live script, handler, dangerous URL or embedding element on a parsed page. */
function liveCode(file: string, tree: Root): string[] {
	const found: string[] = [];
	walk(tree, (el, inHead) => {
		const tag = el.tagName;
		if (tag === 'script') {
			const why = allowedScript(file, el);
			if (!why) found.push(`<script> ${JSON.stringify(textOf(el).slice(0, 80))}`);
			if (why === 'JSON-LD') {
				const text = textOf(el);
				if (/<\/script|<!--/i.test(text)) found.push(`JSON-LD with raw </script or <!--`);
				try {
					JSON.parse(text);
				} catch {
					found.push(`JSON-LD that does not parse: ${text.slice(0, 80)}`);
				}
			}
		}
		if (FORBIDDEN.has(tag)) found.push(`<${tag}>`);
		if ((tag === 'style' || tag === 'link') && !inHead) found.push(`<${tag}> outside <head>`);
		if (tag === 'meta' && prop(el, 'httpEquiv')?.toLowerCase() === 'refresh')
			found.push('<meta http-equiv="refresh">');
		for (const name of Object.keys(el.properties)) {
			if (name.toLowerCase().startsWith('on')) found.push(`<${tag} ${name}>`);
		}
		for (const name of URL_PROPERTIES) {
			const value = prop(el, name);
			const plain = value?.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, '').toLowerCase();
			if (value !== undefined && DANGEROUS_URL.test(plain ?? ''))
				found.push(`<${tag} ${name}=${JSON.stringify(value)}>`);
		}
	});
	return found.map((what) => `${file}: ${what}`);
}

const page = (file: string) => {
	const tree = pages.get(file);
	if (!tree) throw new Error(`${file} was not built`);
	return tree;
};
const elements = (tree: Root | Element, match: (el: Element) => boolean) => {
	const out: Element[] = [];
	walk(tree, (el) => {
		if (match(el)) out.push(el);
	});
	return out;
};
const jsonLd = (tree: Root) =>
	elements(tree, (el) => el.tagName === 'script' && prop(el, 'type') === 'application/ld+json').map(
		(el) => JSON.parse(textOf(el)) as unknown,
	);

test('the checker itself finds each kind of live code in a page written to have it', () => {
	const live = `<!doctype html><html><head><meta http-equiv="Refresh" content="0;url=//evil">
<script type="application/ld+json">{"name":"<!--"}</script></head><body>
<script>alert(1)</script><img src=x onerror=alert(1)><a href=" JaVa\tScRiPt:alert(1)">x</a>
<iframe src=//evil></iframe><style>body{display:none}</style><form action="data:text/html,x"></form>
<svg><a xlink:href="vbscript:x">y</a></svg></body></html>`;
	expect(liveCode('hand-made.html', unified().use(rehypeParse).parse(live))).toMatchInlineSnapshot(`
		[
		  "hand-made.html: <meta http-equiv="refresh">",
		  "hand-made.html: JSON-LD with raw </script or <!--",
		  "hand-made.html: <script> "alert(1)"",
		  "hand-made.html: <img onError>",
		  "hand-made.html: <a href=" JaVa\\tScRiPt:alert(1)">",
		  "hand-made.html: <iframe>",
		  "hand-made.html: <style> outside <head>",
		  "hand-made.html: <form action="data:text/html,x">",
		  "hand-made.html: <a xLinkHref="vbscript:x">",
		]
	`);
});

test('the build accepts the hostile reference and page', () => {
	expect(status, output).toBe(0);
	expect(pages.has(PAGE)).toBe(true);
	expect(pages.has(REFERENCE)).toBe(true);
});

test('no built page carries a live script, handler, dangerous URL, frame or stray style', () => {
	expect(pages.size).toBeGreaterThan(100);
	expect([...pages].flatMap(([file, tree]) => liveCode(file, tree))).toEqual([]);
});

test('the hostile page shows every payload of its fields as text', () => {
	const tree = page(PAGE);
	const text = textOf(tree);
	for (const payload of [
		'<script>alert(1)</script> "><svg onload=alert(1)> massage',
		'<img src=x onerror=alert(1)>, javascript:alert(1), </script><script>alert(1)</script>, <!--',
		'<style>body{display:none}</style> <iframe src=//evil></iframe> <a href="javascript:alert(1)">x</a> &lt;script&gt;alert(1)&lt;/script&gt; <!--',
		'<script>alert(1)</script> editors',
		'<script>alert(1)</script> In 12 of 20 people "><svg onload=alert(1)> pain eased.',
		'<img src=x onerror=alert(1)> adults',
		'</script><script>alert(1)</script> pain',
		'<!-- 10 weeks',
		'<a href="javascript:alert(1)">x</a>',
		'“<script>alert(1)</script> eased pain in 12 of 20 people <!-- </script><script>alert(1)</script>”',
		'<iframe src=//evil></iframe> <style>body{display:none}</style>',
		'<script>alert(1)</script> and <img src=x onerror=alert(1)>',
	]) {
		expect(text).toContain(payload);
	}
	const title = elements(tree, (el) => el.tagName === 'title')[0];
	expect(title && textOf(title)).toBe(
		'<script>alert(1)</script> "><svg onload=alert(1)> massage · Back Pain Evidence',
	);
	expect(jsonLd(tree)).toContainEqual(
		expect.objectContaining({ name: '<script>alert(1)</script> "><svg onload=alert(1)> massage' }),
	);
});

test('the hostile reference shows its decoded, raw and attribute payloads as text', () => {
	const tree = page(REFERENCE);
	const text = textOf(tree);
	for (const payload of [
		// Decoded from LaTeX and formatted by citeproc (the one field injected as HTML), which
		// turns straight quotes into curly ones.
		'<script>alert(1)</script> and <img src=x onerror=alert(1)> and “><svg onload=alert(1)> and <a href=”javascript:alert(1)">x</a>',
		'</script><script>alert(1)</script>',
		'<iframe src=//evil></iframe> <style>body:display-none</style>',
		// Raw fields printed as they are written.
		'Study type: RCT" onmouseover="alert(1).',
		'" onclick="alert(1) javascript:alert(1)',
		'javascript:alert(1) then &lt;script&gt;alert(1)&lt;/script&gt; then <!-- then <img src=x onerror=alert(1)//',
	]) {
		expect(text).toContain(payload);
	}
	const hrefs = elements(tree, (el) => el.tagName === 'a').map((el) => prop(el, 'href'));
	expect(hrefs).toContain('https://doi.org/10.1234/javascript:alert(1)');
	expect(hrefs).toContain('https://pubmed.ncbi.nlm.nih.gov/1" onmouseover="alert(1)/');
	expect(hrefs).toContain('https://pmc.ncbi.nlm.nih.gov/articles/javascript:alert(1)/');
	expect(hrefs).toContain('https://example.org/x?a="onmouseover="alert(1)');
	const meta = elements(
		tree,
		(el) => el.tagName === 'meta' && prop(el, 'name') === 'citation_volume',
	);
	expect(meta.map((el) => prop(el, 'content'))).toEqual(['1" onmouseover="alert(1)']);
});

test('the hostile reference and page are exported as downloads and the search index is built', () => {
	for (const file of [`references/${KEY}`, 'techniques/hostile-payloads']) {
		for (const ext of ['bib', 'ris', 'json'])
			expect(existsSync(join(dist, 'export', `${file}.${ext}`))).toBe(true);
	}
	const [item] = JSON.parse(
		readFileSync(join(dist, 'export/references', `${KEY}.json`), 'utf8'),
	) as { title?: string }[];
	expect(item?.title).toBe(
		'<script>alert(1)</script> and <img src=x onerror=alert(1)> and "><svg onload=alert(1)> and <a href="javascript:alert(1)">x</a>',
	);
	const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	expect(entry.languages['en']?.page_count).toBeGreaterThan(0);
});

// What the build rejects instead of escaping: the same functions run in the evidence-check
// integration (src/lib/content/check-project.ts), so they are called here without a second build.
test('raw HTML or a javascript: URL in a .bib field stops the build with a located message', () => {
	const bib = `@article{${KEY},
  author = {Tables, Bobby},
  title  = {<script>alert(1)</script>},
  note   = {"><svg onload=alert(1)>},
  year   = {2020},
  url    = {javascript:alert(1)}
}
`;
	const { problems } = buildLibrary([
		{ path: 'bibliography/hostile.bib', bytes: new TextEncoder().encode(bib) },
	]);
	expect(problems.map((p) => `${p.severity}: ${formatProblem(p)}`)).toMatchInlineSnapshot(`
		[
		  "error: bibliography/hostile.bib:6:3 Entry "hostile2020" has a url "javascript:alert(1)" that is not http or https. Use a full https:// address or remove the url field.",
		  "error: bibliography/hostile.bib:3:3 Entry "hostile2020" has the HTML markup "<script>" in "title". Write plain text; for italics use \\emph{...}.",
		  "error: bibliography/hostile.bib:4:3 Entry "hostile2020" has the HTML markup "<svg onload=alert(1)>" in "note". Write plain text; for italics use \\emph{...}.",
		]
	`);
});

test('raw HTML, an HTML comment or a javascript: link in a page body stops the build', () => {
	const bodies = {
		'tags, handlers and links': [
			'<script>alert(1)</script>',
			'<img src="x" onerror="alert(1)" />',
			'<iframe src="//evil"></iframe>',
			'<a href="javascript:alert(1)">x</a> [x](javascript:alert(1))',
		].join('\n\n'),
		'an HTML comment': 'Text <!-- x -->',
		'a style element': '<style>{`body{display:none}`}</style>',
	};
	// The page check the build runs, on a page whose frontmatter is valid (6 lines, so the body
	// starts on line 7).
	const ctx = projectContext(process.cwd());
	const frontmatter =
		'---\ntitle: Hostile\nbottomLine: A hostile page.\nreviewed: 2026-12-01\nsearched: {on: 2026-12-01, what: "Nothing was searched for this test."}\n---\n';
	const report = Object.entries(bodies).map(([name, body]) => [
		name,
		checkPage(
			ctx,
			'content/techniques/hostile-payloads.mdx',
			`${frontmatter}${body}\n`,
		).problems.map(formatProblem),
	]);
	expect(Object.fromEntries(report)).toMatchInlineSnapshot(`
		{
		  "a style element": [
		    "content/techniques/hostile-payloads.mdx:7:1 Raw HTML <style> is not allowed in content. Use Markdown, or one of the project's components: CitationNeeded.",
		    "content/techniques/hostile-payloads.mdx:7:8 The JavaScript expression "{\`body{display:none}\`}" is not allowed in content. Content is never run as code: delete it and write plain text (escape a literal brace as \\{).",
		  ],
		  "an HTML comment": [
		    "content/techniques/hostile-payloads.mdx:7:6 The page is not valid MDX: Unexpected character \`!\` (U+0021) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\` (note: to create a comment in MDX, use \`{/* text */}\`). Close every component tag (<CitationNeeded />); in prose write "less than"/"more than" instead of < and >, and avoid { }.",
		  ],
		  "tags, handlers and links": [
		    "content/techniques/hostile-payloads.mdx:7:1 Raw HTML <script> is not allowed in content. Use Markdown, or one of the project's components: CitationNeeded.",
		    "content/techniques/hostile-payloads.mdx:9:1 Raw HTML <img> is not allowed in content. Use Markdown, or one of the project's components: CitationNeeded.",
		    "content/techniques/hostile-payloads.mdx:9:14 The attribute "onerror" on <img> is not allowed in content. Delete it; event handlers (on...) and inline styles are never allowed, the look comes from the site's CSS.",
		    "content/techniques/hostile-payloads.mdx:11:1 Raw HTML <iframe> is not allowed in content. Use Markdown, or one of the project's components: CitationNeeded.",
		    "content/techniques/hostile-payloads.mdx:13:1 Raw HTML <a> is not allowed in content. Use Markdown, or one of the project's components: CitationNeeded.",
		    "content/techniques/hostile-payloads.mdx:13:4 The href URL "javascript:alert(1)" uses the scheme "javascript:", which is not allowed in content. Link to a page of this site (/techniques/swedish-massage/), a #fragment, or an https:// address.",
		    "content/techniques/hostile-payloads.mdx:13:37 The link URL "javascript:alert(1)" uses the scheme "javascript:", which is not allowed in content. Link to a page of this site (/techniques/swedish-massage/), a #fragment, or an https:// address.",
		  ],
		}
	`);
});

test('every bibliography warning kind prints located and the build finishes', () => {
	expect(status, output).toBe(0);
	expect(output).not.toMatch(/Cannot read properties|\n\s+at .+:\d+:\d+\)?\n/);
	// Astro's logger prefixes a time and the integration's name; the message is what follows.
	const located = output
		.split('\n')
		.map(
			(l) =>
				/((?:bibliography\/warnings\.bib|content\/techniques\/hostile-payloads\.mdx):\d+(?::\d+)? .*)$/.exec(
					l,
				)?.[1],
		)
		.filter((l): l is string => l !== undefined);
	expect(located).toMatchInlineSnapshot(`
		[
		  "bibliography/warnings.bib:7:3 Entry "warndoi2020" has the DOI "https://doi.org/10.5555/warn.1", read as "10.5555/warn.1". Write the bare DOI 10.5555/warn.1.",
		  "bibliography/warnings.bib:12:3 Entry "warnlatex2020" still shows "\\AArhus" in "title" after LaTeX decoding. Write the character itself (é, ß), balance the braces, or escape a dollar sign as \\$.",
		  "bibliography/warnings.bib:17:1 This @comment block hides 1 entry. Delete the block if they are obsolete, or remove the @comment{ } around them.",
		  "content/techniques/hostile-payloads.mdx:17:38 The source "furlan2008" is superseded by "furlan2015". Cite "furlan2015" instead, unless the older version is the point.",
		]
	`);
});

test('a retracted source cited on purpose is marked retracted at the citation and in the reference list', () => {
	const tree = page(PAGE);
	const marks = elements(
		tree,
		(el) => el.tagName === 'strong' && (prop(el, 'className') ?? '').includes('retracted-mark'),
	).map(textOf);
	expect(marks).toEqual(['retracted', 'Retracted. ']);
	const notice = elements(page('references/probeownretracted2020/index.html'), (el) =>
		(prop(el, 'className') ?? '').includes('retracted-notice'),
	).map(textOf);
	expect(notice).toEqual([
		'Retracted. This source has been retracted (Retraction notice, Journal of Probes 2021); do not rely on its findings.',
	]);
});

test('no claim on any built page shows a number that its sources do not contain', () => {
	const library = loadLibrary(copy);
	const { passages } = loadPassages(copy, library.entries);
	const cls = (el: Element) => prop(el, 'className') ?? '';
	const unsourced: string[] = [];
	let cards = 0;
	for (const [file, tree] of pages) {
		for (const card of elements(
			tree,
			(el) => el.tagName === 'article' && cls(el).split(' ').includes('claim'),
		)) {
			cards++;
			const statement = textOf(
				elements(card, (el) => cls(el).includes('claim-statement'))[0] ?? card,
			);
			const quote = textOf(elements(card, (el) => cls(el).includes('claim-quote'))[0] ?? card);
			const keys = elements(card, (el) => el.tagName === 'a' && cls(el).includes('cite')).map(
				(el) => (prop(el, 'href') ?? '').replace(/^#ref-/, ''),
			);
			const facts = elements(
				card,
				(el) =>
					el.tagName === 'div' &&
					el.children.some(
						(c) => c.type === 'element' && c.tagName === 'dt' && textOf(c) === 'Effect',
					),
			);
			// The effect as the card prints it: "estimate (95% CI low to high), measure; direction".
			const effect = facts[0]
				? (/^(-?[\d.]+)(?: \(95% CI (-?[\d.]+) to (-?[\d.]+)\))?,/
						.exec(textOf(facts[0]).replace(/^Effect/, ''))
						?.slice(1)
						.filter(Boolean)
						.join(' ') ?? '')
				: '';
			const allowed = new Set([
				...numbersIn(quote),
				...keys.flatMap((k) => (passages.get(k) ?? []).flatMap((p) => numbersIn(p.text))),
			]);
			for (const n of [...numbersIn(statement), ...numbersIn(effect)])
				if (!allowed.has(n)) unsourced.push(`${file}: ${n} in ${JSON.stringify(statement)}`);
		}
	}
	expect(cards).toBeGreaterThan(100);
	expect(unsourced).toEqual([]);
});
