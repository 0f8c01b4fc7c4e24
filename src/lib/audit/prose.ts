/**
 * Turns a document (.mdx, .md, .txt or .html) into paragraphs of prose and sentences with their
 * positions, so every audit rule can report `path:line:col`. Sentences come from the platform's
 * own segmenter (Intl.Segmenter), repaired where abbreviations such as "et al." split them.
 */
import type {} from 'remark-mdx';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Element, Root as HastRoot } from 'hast';
import { toText } from 'hast-util-to-text';
import { parseContentFile } from '../content/page-file.ts';
import { positionAt } from '../source-position.ts';

/** A sentence with the offset of its first character in the file. */
export interface Sentence {
	text: string;
	offset: number;
	line: number;
	column: number;
}

/** A block of prose: a paragraph, list item or heading. */
export interface Paragraph {
	kind: 'paragraph' | 'heading';
	text: string;
	offset: number;
	sentences: Sentence[];
	/** True when the block holds a `<CitationNeeded />` marker (MDX only). */
	citationNeeded: number[];
}

const ABBREVIATION = /\b(?:et al|e\.g|i\.e|vs|Dr|Prof|No|Fig|p|pp|ch|approx|ca|cf)\.$/i;
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Splits text into sentences; `base` is the offset of `text` in the file. */
export function splitSentences(text: string, base: number, source: string): Sentence[] {
	const out: { text: string; offset: number }[] = [];
	for (const seg of segmenter.segment(text)) {
		const prev = out.at(-1);
		if (prev && ABBREVIATION.test(prev.text.trimEnd())) {
			prev.text += seg.segment;
			continue;
		}
		out.push({ text: seg.segment, offset: seg.index });
	}
	return out
		.map((s) => {
			const lead = s.text.length - s.text.trimStart().length;
			const offset = base + s.offset + lead;
			return { text: s.text.trim(), offset, ...positionAt(source, offset) };
		})
		.filter((s) => s.text.length > 0);
}

/** Reads the prose blocks of a document by its extension. */
export function proseOf(path: string, source: string): Paragraph[] {
	if (path.endsWith('.mdx') || path.endsWith('.md'))
		return markdownProse(path, source, path.endsWith('.mdx'));
	if (path.endsWith('.html') || path.endsWith('.htm')) return htmlProse(source);
	return textProse(source);
}

/** Plain text: blocks separated by blank lines; a short line without end punctuation is a heading. */
function textProse(source: string): Paragraph[] {
	const blocks: Paragraph[] = [];
	for (const match of source.matchAll(/[^\n]+(?:\n[^\n]+)*/g)) {
		const text = match[0];
		const heading = !text.includes('\n') && text.length < 90 && !/[.!?:;"”)]\s*$/.test(text.trim());
		blocks.push(block(heading ? 'heading' : 'paragraph', text, match.index, source));
	}
	return blocks;
}

function block(
	kind: Paragraph['kind'],
	text: string,
	offset: number,
	source: string,
	citationNeeded: number[] = [],
): Paragraph {
	return { kind, text, offset, sentences: splitSentences(text, offset, source), citationNeeded };
}

/** Markdown/MDX: paragraphs and headings from the syntax tree; code and JSX blocks are skipped. */
function markdownProse(path: string, source: string, mdx: boolean): Paragraph[] {
	// The page as the build reads it: Astro's fence, the frontmatter blanked, Sätteri's tree.
	const { body, tree } = parseContentFile(path, source, { mdx });
	if (!tree) return textProse(body);
	const blocks: Paragraph[] = [];
	visit(tree, (node) => {
		if (node.type !== 'paragraph' && node.type !== 'heading') return;
		const start = node.position?.start.offset;
		const end = node.position?.end.offset;
		if (start === undefined || end === undefined) return;
		const markers: number[] = [];
		visit(node, (child) => {
			// Inside a paragraph or heading, JSX is always a text (inline) element.
			if (child.type === 'mdxJsxTextElement' && child.name === 'CitationNeeded') {
				markers.push(child.position?.start.offset ?? start);
			}
		});
		// Keep the raw source of the block (citations and markers included) but blank out JSX tags.
		const raw = body
			.slice(start, end)
			.replace(/<CitationNeeded\s*\/>/g, (m) => ' '.repeat(m.length));
		blocks.push(
			block(node.type === 'heading' ? 'heading' : 'paragraph', raw, start, body, markers),
		);
	});
	return blocks;
}

/** HTML: paragraphs, list items and headings, with offsets from the parser's positions. */
function htmlProse(source: string): Paragraph[] {
	const tree = unified().use(rehypeParse, { fragment: false }).parse(source) as HastRoot;
	const blocks: Paragraph[] = [];
	visit(tree, 'element', (node: Element) => {
		const heading = /^h[1-6]$/.test(node.tagName);
		if (!heading && node.tagName !== 'p' && node.tagName !== 'li') return;
		const start = node.position?.start.offset;
		if (start === undefined) return;
		blocks.push(
			block(heading ? 'heading' : 'paragraph', toText(node).replace(/\s+/g, ' '), start, source),
		);
		return 'skip';
	});
	return blocks;
}
