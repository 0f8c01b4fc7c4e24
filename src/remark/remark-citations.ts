/**
 * remark plugin: turns Pandoc citations into author-year markers linked to the page's reference
 * list (`#ref-<key>`), and records the cited keys, in order of first citation, as
 * `citedKeys` in the page's remark frontmatter. An unknown key fails the file with its place.
 */
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { problem } from '../errors.ts';
import type { CiteLabel } from '../lib/cite-label.ts';
import { findCitations, type CitationMatch } from '../lib/citation-syntax.ts';
import { closest } from '../lib/closest.ts';
import { loadLibrary } from '../lib/library.ts';
import { placeInSource } from '../lib/source-position.ts';
import { htmlToText } from '../lib/html-text.ts';
import { DEFAULT_STYLE } from '../lib/styles.ts';

/** Options: the project root, where `bibliography/` lives. */
export interface RemarkCitationsOptions {
	root?: string;
}

/** Marks the plugin so a test can prove it is in Astro's Markdown pipeline. */
export const REMARK_CITATIONS_NAME = 'remark-citations';

/** The remark plugin factory, used in astro.config.mjs through `unified({ remarkPlugins })`. */
export function remarkCitations(options: RemarkCitationsOptions = {}) {
	const root = options.root ?? process.cwd();
	return function transform(tree: Root, file: VFile): void {
		const library = loadLibrary(root);
		const cited: string[] = [];
		const formatted = library.formatted(DEFAULT_STYLE);
		let count = 0;
		const ctx: RenderContext = {
			labels: library.labels,
			preview: (key) => htmlToText(formatted.get(key) ?? key),
			nextId: (key) => `cite-${key}-${++count}`,
		};
		const unknown: { key: string; node: Text; offset: number }[] = [];
		visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
			if (!parent || index === undefined || parent.type === 'link') return;
			const matches = findCitations(node.value);
			if (matches.length === 0) return;
			const replacement: PhrasingContent[] = [];
			let last = 0;
			for (const match of matches) {
				for (const item of match.items) {
					if (!library.byKey.has(item.key)) unknown.push({ key: item.key, node, offset: item.offset });
					else if (!cited.includes(item.key)) cited.push(item.key);
				}
				if (match.start > last) replacement.push(text(node.value.slice(last, match.start)));
				replacement.push(...renderCitation(match, ctx));
				last = match.end;
			}
			if (last < node.value.length) replacement.push(text(node.value.slice(last)));
			parent.children.splice(index, 1, ...(replacement as Parent['children']));
			return [SKIP, index + replacement.length];
		});
		const first = unknown[0];
		if (first) failUnknown(file, first, library.byKey.keys(), new Set(cited));
		const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
		data.astro ??= {};
		data.astro.frontmatter ??= {};
		data.astro.frontmatter['citedKeys'] = cited;
	};
}

Object.defineProperty(remarkCitations, 'pluginName', { value: REMARK_CITATIONS_NAME });

function failUnknown(
	file: VFile,
	at: { key: string; node: Text; offset: number },
	keys: Iterable<string>,
	cited: ReadonlySet<string>,
): never {
	const start = at.node.position?.start;
	const place =
		start?.offset !== undefined
			? placeInSource(String(file.value), start.offset, at.offset, `@${at.key}`)
			: { line: start?.line ?? 1, column: (start?.column ?? 1) + at.offset };
	const p = problem('UnknownCitationKey', { file: file.path, ...place }, { key: at.key, closest: closest(at.key, keys, cited) });
	return file.fail(p.message, { place, ruleId: 'citations:unknown-key', source: 'remark-citations' });
}

const text = (value: string): Text => ({ type: 'text', value });

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
		data: { hName: 'span', hProperties: { className: ['cite-preview'], role: 'tooltip', id }, hChildren: [{ type: 'text', value: ctx.preview(key) }] },
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
		if (item.locator) out.push(text(`, ${item.locator}`));
	});
	out.push(text(')'));
	return out;
}
