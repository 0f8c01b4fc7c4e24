/**
 * Sätteri mdast plugin (Astro 7's native Markdown processor): turns Pandoc citations into
 * author-year markers linked to the page's reference list (`#ref-<key>`), each described by a
 * preview of its formatted reference. An unknown key fails the file with its place. Sätteri parses
 * and renders in native code; the plugin visits text nodes only and rewrites those that hold a citation.
 */
import { fileURLToPath } from 'node:url';
import type { Link, PhrasingContent, Text } from 'mdast';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { formatProblem, problem } from '../errors.ts';
import type { CiteLabel } from '../lib/bibliography/cite-label.ts';
import { findCitations, type CitationMatch } from '../lib/content/citation-syntax.ts';
import { closest } from '../lib/closest.ts';
import { loadLibrary, projectPath, type Library } from '../lib/bibliography/library.ts';
import { placeInSource } from '../lib/source-position.ts';
import { htmlToText } from '../lib/html-text.ts';
import { DEFAULT_STYLE } from '../lib/bibliography/styles.ts';

/** Options: the project root, where `bibliography/` lives. */
export interface CitationsOptions {
	root?: string;
}

/** The plugin's name, so a test can prove it is in Astro's Markdown pipeline. */
export const CITATIONS_PLUGIN_NAME = 'bpe-citations';

/**
 * The plugin factory for `satteri({ mdastPlugins })` in astro.config.mjs. Sätteri calls it once
 * per document, so marker ids (`cite-<key>-<n>`) count from 1 on every page.
 */
export function citationsPlugin(options: CitationsOptions = {}) {
	const root = options.root ?? process.cwd();
	const factory = (
		doc: Pick<PluginFactoryContext, 'fileURL' | 'source'>,
	): MdastPluginDefinition => {
		const library = loadLibrary(root);
		const cited = new Set<string>();
		const unknown: { key: string; node: Readonly<Text>; offset: number }[] = [];
		let count = 0;
		const ctx: RenderContext = {
			labels: library.labels,
			preview: (key) => previewOf(library, key),
			nextId: (key) => `cite-${key}-${++count}`,
		};
		return {
			name: CITATIONS_PLUGIN_NAME,
			options: { position: true },
			text(node, visit) {
				if (!node.value.includes('@') || visit.parent(node)?.type === 'link') return;
				const matches = findCitations(node.value);
				if (matches.length === 0) return;
				const replacement: PhrasingContent[] = [];
				let last = 0;
				for (const match of matches) {
					for (const item of match.items) {
						if (library.byKey.has(item.key)) cited.add(item.key);
						else unknown.push({ key: item.key, node, offset: item.offset });
					}
					if (match.start > last) replacement.push(text(node.value.slice(last, match.start)));
					replacement.push(...renderCitation(match, ctx));
					last = match.end;
				}
				if (last < node.value.length) replacement.push(text(node.value.slice(last)));
				visit.replaceNode(node, replacement);
			},
			after() {
				const first = unknown[0];
				if (!first) return;
				const path = doc.fileURL ? projectPath(root, fileURLToPath(doc.fileURL)) : 'page.mdx';
				failUnknown(path, doc.source, first, library.byKey.keys(), cited);
			},
		};
	};
	Object.defineProperty(factory, 'pluginName', { value: CITATIONS_PLUGIN_NAME });
	return factory;
}

/** Plain-text previews of formatted references, made once per entry per library. */
const previews = new WeakMap<Library, Map<string, string>>();
function previewOf(library: Library, key: string): string {
	let map = previews.get(library);
	if (!map) previews.set(library, (map = new Map()));
	let value = map.get(key);
	if (value === undefined)
		map.set(key, (value = htmlToText(library.formatted(DEFAULT_STYLE).get(key) ?? key)));
	return value;
}

/** Throws the catalogue's located UnknownCitationKey message (the build check reports it first). */
function failUnknown(
	path: string,
	source: string,
	at: { key: string; node: Readonly<Text>; offset: number },
	keys: Iterable<string>,
	cited: ReadonlySet<string>,
): never {
	const start = at.node.position?.start;
	const place =
		start?.offset !== undefined
			? placeInSource(source, start.offset, at.offset, `@${at.key}`)
			: { line: start?.line ?? 1, column: (start?.column ?? 1) + at.offset };
	throw new Error(
		formatProblem(
			problem(
				'UnknownCitationKey',
				{ file: path, ...place },
				{ key: at.key, closest: closest(at.key, keys, cited) },
			),
		),
	);
}

const text = (value: string): Text => ({ type: 'text', value });

/** The locator of a citation of a retracted source, in strong red type. */
const retractedMark = (locator: string): PhrasingContent => ({
	type: 'strong',
	data: { hProperties: { className: ['retracted-mark'] } },
	children: [text(locator)],
});

/** What rendering needs: labels, a plain-text preview of each reference, and unique ids. */
interface RenderContext {
	labels: Map<string, CiteLabel>;
	preview: (key: string) => string;
	nextId: (key: string) => string;
}

/**
 * A marker: the linked author-year label, then its reference preview, shown on hover or focus by
 * CSS alone (no script) and tied to the link with aria-describedby.
 */
function marker(key: string, label: string, ctx: RenderContext): PhrasingContent[] {
	const id = ctx.nextId(key);
	const link: Link = {
		type: 'link',
		url: `#ref-${key}`,
		children: [text(label)],
		data: { hProperties: { className: ['cite'], 'data-cite': key, 'aria-describedby': id } },
	};
	const preview = {
		type: 'citePreview',
		data: {
			hName: 'span',
			hProperties: { className: ['cite-preview'], role: 'tooltip', id },
			hChildren: [{ type: 'text', value: ctx.preview(key) }],
		},
	} as unknown as PhrasingContent;
	return [link, preview];
}

/** Renders one citation: "(see Furlan et al., 2015, ch. 3)" or "Cherkin et al. (2011)". */
function renderCitation(match: CitationMatch, ctx: RenderContext): PhrasingContent[] {
	const label = (key: string): CiteLabel => ctx.labels.get(key) ?? { authors: key, year: '' };
	if (match.inText) {
		const item = match.items[0];
		if (!item) return [];
		const l = label(item.key);
		return marker(item.key, `${l.authors} (${l.year})`, ctx);
	}
	const out: PhrasingContent[] = [text('(')];
	match.items.forEach((item, i) => {
		const l = label(item.key);
		if (i > 0) out.push(text('; '));
		if (item.prefix) out.push(text(`${item.prefix} `));
		out.push(...marker(item.key, item.suppressAuthor ? l.year : `${l.authors}, ${l.year}`, ctx));
		// "[@key, retracted]" cites a retracted source on purpose (the build refuses it otherwise):
		// the word is shown as a warning, not as a page number.
		if (/\bretracted\b/i.test(item.locator)) out.push(text(', '), retractedMark(item.locator));
		else if (item.locator) out.push(text(`, ${item.locator}`));
	});
	out.push(text(')'));
	return out;
}
