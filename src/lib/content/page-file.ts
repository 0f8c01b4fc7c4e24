/**
 * Reads one content page (.mdx) the way Astro renders it, keeping positions. The fence and the
 * frontmatter data come from Astro's own `parseFrontmatter` (@astrojs/internal-helpers, the
 * function @astrojs/mdx calls both to read an entry's data and to cut the body it compiles), so
 * the checks read the same bytes and the same data that are published. On top of it, the
 * frontmatter is read a second time by a strict, located YAML reader (./yaml-read.ts), and the
 * file is refused wherever the two readings could differ: a fence that is not a line of its own,
 * TOML, text before the fence, anchors, aliases, merge keys, tags, duplicate keys, or any value
 * that the two parsers read differently.
 */
import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Root } from 'mdast';
import type { Document, LineCounter } from 'yaml';
import { problem, type Problem } from '../../errors.ts';
import { createHash } from 'node:crypto';
import { parseMdx } from './mdx-parse.ts';
import { firstDifference } from './same-data.ts';
import { offsetOf, placeOfValue, readYaml } from './yaml-read.ts';

/** The largest content page read, in bytes (our longest page is about 12 KB). */
export const MAX_PAGE_BYTES = 256 * 1024;

/** A parsed content page with what is needed to locate any value in it. */
export interface ContentFile {
	path: string;
	/** SHA-256 of the text that was read, so a later reader can prove it holds the same bytes. */
	digest: string;
	/** The frontmatter data exactly as Astro reads it; `{}` when the page was refused. */
	data: unknown;
	doc: Document | undefined;
	lineCounter: LineCounter | undefined;
	/** File line of the frontmatter text's first line (the line of the opening `---`). */
	frontmatterLine: number;
	/** The body Astro compiles: the frontmatter blanked to spaces, so offsets are file offsets. */
	body: string;
	tree: Root | undefined;
	problems: Problem[];
}

// Astro's fence: @astrojs/internal-helpers/frontmatter `frontmatterTypeRE`; the opening may follow
// a BOM or blank lines, and `+++` opens TOML.
const OPENING = /^(\uFEFF?|\s*\n)(---|\+\+\+)/;

/** Parses a page's text; problems are returned located, never thrown. */
export function parseContentFile(
	path: string,
	text: string,
	options: { mdx?: boolean } = {},
): ContentFile {
	const problems: Problem[] = [];
	const file: ContentFile = {
		path,
		digest: digestOf(text),
		data: {},
		doc: undefined,
		lineCounter: undefined,
		frontmatterLine: 1,
		body: text,
		tree: undefined,
		problems,
	};
	const lineOf = (offset: number) => placeOf(text, offset).line;
	const at = (offset: number, column?: number) => ({
		file: path,
		...placeOf(text, offset),
		...(column ? { column } : {}),
	});
	const bytes = new TextEncoder().encode(text).length;
	if (bytes > MAX_PAGE_BYTES) {
		problems.push(
			problem('PageTooLarge', { file: path, line: 1 }, { bytes, limit: MAX_PAGE_BYTES }),
		);
		return file;
	}
	const opening = OPENING.exec(text);
	const fence = readFence(text, opening);
	if (fence.problem) {
		problems.push(
			problem('FrontmatterFence', at(fence.problem.offset, fence.problem.column), fence.problem),
		);
		// The body check still runs on what Astro would compile, so hostile code is reported too.
		file.body = fence.body;
	} else if (fence.raw !== undefined) {
		file.frontmatterLine = lineOf(fence.rawStart);
		const read = readYaml(fence.raw, {
			file: path,
			firstLine: file.frontmatterLine,
			timestamps: true,
		});
		Object.assign(file, { doc: read.doc, lineCounter: read.lineCounter });
		problems.push(...read.problems);
		file.body = fence.body;
		if (read.problems.length === 0) {
			const astro = astroReading(text);
			if ('error' in astro) {
				problems.push(
					problem('FrontmatterMismatch', at(fence.rawStart), {
						field: '(frontmatter)',
						detail: `Astro's YAML parser rejects it: ${astro.error}`,
					}),
				);
			} else {
				const diff = firstDifference(read.data, astro.data);
				const bodyDiffers = astro.body !== fence.body;
				if (diff || bodyDiffers) {
					const offset = fence.rawStart + offsetOf(read.doc, diff ?? []);
					const field = diff?.join('.') || '(frontmatter)';
					problems.push(
						problem('FrontmatterMismatch', at(offset), {
							field,
							detail: bodyDiffers
								? 'Astro cuts the page body elsewhere'
								: 'Astro reads a different value',
						}),
					);
				} else {
					file.data = astro.data;
				}
			}
		}
	} else {
		problems.push(problem('NoFrontmatter', { file: path, line: 1, column: 1 }, {}));
	}
	try {
		file.tree = parseMdx(file.body, options);
	} catch (error) {
		const e = error as { line?: number; column?: number; reason?: string; message?: string };
		problems.push(
			problem(
				'MdxSyntax',
				{ file: path, line: e.line ?? 1, column: e.column ?? 1 },
				{ detail: e.reason ?? e.message ?? 'syntax error' },
			),
		);
	}
	return file;
}

interface Fence {
	/** The frontmatter text between the fences, as Astro extracts it. */
	raw?: string | undefined;
	/** Offset of `raw` in the file. */
	rawStart: number;
	/** The body Astro would compile. */
	body: string;
	problem?: { offset: number; column: number; detail: string; fix: string } | undefined;
}

/**
 * Finds the fence as Astro does and checks that it is a plain YAML fence: `---` alone on line 1
 * and `---` alone on the closing line. Astro ends the frontmatter at the first line that starts
 * with `---` or `+++`, whatever follows on that line.
 */
function readFence(text: string, opening: RegExpExecArray | null): Fence {
	// Astro's own fence reader (a regular expression; it does not parse the YAML).
	const raw = extractFrontmatter(text);
	if (!opening || raw === undefined) return { rawStart: 0, body: text };
	const [, lead = '', delims = ''] = opening;
	const rawStart = opening[0].length;
	const closeStart = rawStart + raw.length;
	const closing = text.slice(closeStart, closeStart + 3);
	const body = blanked(text, delims, raw);
	const fail = (offset: number, column: number, detail: string, fix: string): Fence => ({
		raw: raw,
		rawStart,
		body,
		problem: { offset, column, detail, fix },
	});
	if (delims === '+++' || closing === '+++')
		return fail(
			delims === '+++' ? lead.length : closeStart,
			1,
			'TOML frontmatter (+++) is not supported',
			'Write the fields as YAML between two lines of ---',
		);
	if (lead.replace(/^\uFEFF/, '') !== '')
		return fail(
			lead.length,
			1,
			'The frontmatter does not start on line 1',
			'Delete the blank lines before the opening ---',
		);
	const afterOpening = /^[ \t]*(\r?\n)/.exec(raw);
	if (!afterOpening)
		return fail(
			rawStart - 3,
			4,
			`The opening --- has text after it on the same line: ${JSON.stringify(excerpt(raw))}`,
			'Put --- alone on line 1 and the fields on the lines after it',
		);
	const rest = text.slice(closeStart + 3);
	if (!/^[ \t]*(\r?\n|$)/.test(rest))
		return fail(
			closeStart,
			4,
			`This line starts with --- and so ends the frontmatter, but text follows on the same line: ${JSON.stringify(excerpt(rest))}`,
			'Close the frontmatter with --- alone on its line; inside the frontmatter, indent the line or quote the value',
		);
	return { raw: raw, rawStart, body };
}

/**
 * The body exactly as Astro's `parseFrontmatter(code, { frontmatter: 'empty-with-spaces' })` makes
 * it: the first occurrence of delimiter + frontmatter + delimiter replaced by spaces, lines kept.
 * Checked against Astro's own output whenever the YAML is readable.
 */
function blanked(text: string, delims: string, raw: string): string {
	const whole = `${delims}${raw}${delims}`;
	const at = text.indexOf(whole);
	if (at < 0) return text;
	return `${text.slice(0, at)}   ${raw.replace(/[^\r\n]/g, ' ')}   ${text.slice(at + whole.length)}`;
}

/** What Astro reads: the data and the body @astrojs/mdx compiles. */
function astroReading(text: string): { data: unknown; body: string } | { error: string } {
	try {
		const parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
		return { data: parsed.frontmatter, body: parsed.content };
	} catch (error) {
		return {
			error:
				String((error as { reason?: string }).reason ?? (error as Error).message).split('\n')[0] ??
				'error',
		};
	}
}

/** The SHA-256 of a page's text, hex. */
export function digestOf(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

/** The 1-based line and column of an offset (only used for the few problems a page has). */
function placeOf(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

function excerpt(text: string): string {
	const line = text.split(/\r?\n/)[0] ?? '';
	return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}

/** Finds the line and column of the value at `path` in the frontmatter (or its nearest parent). */
export function locate(
	file: ContentFile,
	path: readonly (string | number)[],
): { line: number; column: number } {
	if (!file.doc || !file.lineCounter) return { line: file.frontmatterLine, column: 1 };
	const { line, column } = placeOfValue(file.doc, file.lineCounter, path);
	return { line: line + file.frontmatterLine - 1, column };
}

/** A problem at a frontmatter path, from the catalogue's InvalidFrontmatter entry. */
export function frontmatterProblem(
	file: ContentFile,
	path: readonly (string | number)[],
	detail: string,
	fix: string,
): Problem {
	return problem(
		'InvalidFrontmatter',
		{ file: file.path, ...locate(file, path) },
		{
			field: path.join('.'),
			detail,
			fix,
		},
	);
}
