/**
 * Reads one content page (.mdx) the way the build does, keeping positions: the YAML frontmatter
 * with a line counter, and the MDX body as an mdast tree whose lines match the file's lines.
 */
import type { Root } from 'mdast';
import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node } from 'yaml';
import { parseMdx } from './mdx-parse.ts';
import { problem, type Problem } from '../errors.ts';

/** A parsed content page with what is needed to locate any value in it. */
export interface ContentFile {
	path: string;
	data: unknown;
	doc: Document | undefined;
	lineCounter: LineCounter;
	/** Line of the first frontmatter line (the one after `---`). */
	frontmatterLine: number;
	/** The body text with the frontmatter blanked out, so offsets are file offsets. */
	body: string;
	tree: Root | undefined;
	problems: Problem[];
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---(?:\n|$)/;

/** Parses a page's text; syntax problems are returned located, never thrown. */
export function parseContentFile(path: string, rawText: string): ContentFile {
	const text = rawText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const problems: Problem[] = [];
	const lineCounter = new LineCounter();
	const match = FRONTMATTER.exec(text);
	let doc: Document | undefined;
	let data: unknown = {};
	if (match) {
		doc = parseDocument(match[1] ?? '', { lineCounter, prettyErrors: false });
		for (const error of doc.errors) {
			const pos = lineCounter.linePos(error.pos[0]);
			problems.push({
				name: 'InvalidFrontmatter',
				file: path,
				line: pos.line + 1,
				column: pos.col,
				message: `The frontmatter is not valid YAML: ${error.message.split('\n')[0]}. Fix the YAML syntax (indentation, quotes, colons).`,
				severity: 'error',
			});
		}
		data = doc.errors.length ? {} : doc.toJS();
	}
	// Blank out the frontmatter but keep its lines, so body positions are file positions.
	const body = match ? text.replace(FRONTMATTER, (m) => '\n'.repeat(m.split('\n').length - 1)) : text;
	let tree: Root | undefined;
	try {
		tree = parseMdx(body);
	} catch (error) {
		const e = error as { line?: number; column?: number; reason?: string; message?: string };
		problems.push({
			name: 'MdxSyntax',
			file: path,
			line: e.line ?? 1,
			column: e.column ?? 1,
			message: `The page is not valid MDX: ${e.reason ?? e.message ?? 'syntax error'}. In prose write "less than"/"more than" instead of < and >, and avoid { }.`,
			severity: 'error',
		});
	}
	return { path, data, doc, lineCounter, frontmatterLine: 2, body, tree, problems };
}

/** Finds the line and column of the value at `path` in the frontmatter (or its nearest parent). */
export function locate(file: ContentFile, path: readonly (string | number)[]): { line: number; column: number } {
	let node: Node | null | undefined = file.doc?.contents as Node | undefined;
	let range = node?.range;
	for (const step of path) {
		if (isMap(node)) {
			const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === step);
			node = pair?.value as Node | undefined;
		} else if (isSeq(node) && typeof step === 'number') {
			node = node.items[step] as Node | undefined;
		} else {
			node = undefined;
		}
		if (!node?.range) break;
		range = node.range;
	}
	const pos = file.lineCounter.linePos(range?.[0] ?? 0);
	return { line: pos.line + file.frontmatterLine - 1, column: pos.col };
}

/** A problem at a frontmatter path, from the catalogue's InvalidFrontmatter entry. */
export function frontmatterProblem(
	file: ContentFile,
	path: readonly (string | number)[],
	detail: string,
	fix: string,
): Problem {
	return problem('InvalidFrontmatter', { file: file.path, ...locate(file, path) }, {
		field: path.join('.'),
		detail,
		fix,
	});
}
