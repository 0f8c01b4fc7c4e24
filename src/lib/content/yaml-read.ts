/**
 * Reads YAML written by editors (page frontmatter, passage files) strictly and boundedly, with
 * every problem located in the file. What it refuses is what two YAML readers may read
 * differently, or what can make one reader do unbounded work:
 * - anchors and aliases (`&a`, `*a`): an alias bomb grows exponentially when expanded, and even
 *   100 harmless aliases stopped the previous reader with an uncaught error;
 * - merge keys (`<<:`): an ordinary key in YAML 1.2, a merge for js-yaml, the parser Astro uses,
 *   so a claim could carry fields the checks never saw;
 * - explicit tags (`!!str`, `!foo`): readers resolve them differently or not at all;
 * - a key set twice in one mapping (named with both lines), keys that are not plain text, and
 *   the names that would change an object's prototype (`__proto__`).
 */
import {
	isAlias,
	isMap,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	visit,
	type Document,
	type Node,
} from 'yaml';
import { problem, type Problem } from '../../errors.ts';
import { isReservedName } from '../bibliography/rules.ts';

/** Most problems listed for one YAML text; an alias bomb would otherwise list thousands. */
export const MAX_YAML_PROBLEMS = 20;

/** Deepest nesting of mappings and sequences read (a page's claims are 3 deep). */
export const MAX_YAML_DEPTH = 32;

/** A YAML text read strictly: the document (for locating values) and its data when valid. */
export interface YamlRead {
	doc: Document | undefined;
	data: unknown;
	lineCounter: LineCounter;
	problems: Problem[];
}

/** Where the YAML text sits in its file, so problems carry file positions. */
export interface YamlPlace {
	file: string;
	/** The file line of the text's first line (1 when the text is the whole file). */
	firstLine?: number;
	/** Read `2026-11-21` as a date, as js-yaml (Astro's frontmatter parser) does. */
	timestamps?: boolean;
}

/** Parses `text` strictly; problems are returned located, never thrown. */
export function readYaml(text: string, place: YamlPlace): YamlRead {
	const lineCounter = new LineCounter();
	const problems: Problem[] = [];
	const firstLine = place.firstLine ?? 1;
	const at = (offset: number) => {
		const pos = lineCounter.linePos(offset);
		return { file: place.file, line: pos.line + firstLine - 1, column: pos.col };
	};
	const depth = nestingDepth(text);
	if (depth.depth > MAX_YAML_DEPTH) {
		// Checked before parsing: the parser and toJS recurse, and a deep enough text overflows the stack.
		lineCounter.addNewLine(0);
		for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
			lineCounter.addNewLine(i + 1);
		problems.push(
			problem('YamlLimit', at(depth.offset), {
				what: `The YAML is nested more than ${MAX_YAML_DEPTH} levels deep`,
				limit: `${MAX_YAML_DEPTH} levels`,
			}),
		);
		return { doc: undefined, data: undefined, lineCounter, problems };
	}
	const doc = parseDocument(text, {
		lineCounter,
		prettyErrors: false,
		uniqueKeys: false,
		merge: false,
		strict: true,
		...(place.timestamps ? { customTags: ['timestamp' as const] } : {}),
	});
	for (const error of [...doc.errors, ...doc.warnings]) {
		problems.push(
			problem('YamlSyntax', at(error.pos[0]), {
				detail:
					error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ??
					'syntax error',
			}),
		);
	}
	const where = (node: { range?: readonly number[] | null | undefined }) =>
		at(node.range?.[0] ?? 0);
	// Each alias name is reported once, where it is first used, with its count: a bomb uses a
	// handful of names thousands of times.
	const aliases = new Map<string, { first: ReturnType<typeof at>; count: number }>();
	visit(doc, {
		Alias(_, node) {
			const seen = aliases.get(node.source);
			if (seen) seen.count++;
			else aliases.set(node.source, { first: where(node), count: 1 });
		},
		Node(_, node) {
			// A node's range starts at its value; its anchor and tag are written just before it.
			const before = (mark: string) => {
				const start = node.range?.[0] ?? 0;
				const at = text.lastIndexOf(mark, start);
				return at >= 0 && !text.slice(at, start).includes('\n') ? at : start;
			};
			if (node.anchor)
				problems.push(
					problem('YamlAlias', at(before(`&${node.anchor}`)), {
						what: 'anchor',
						name: `&${node.anchor}`,
					}),
				);
			if (node.tag && !isAlias(node))
				problems.push(
					problem('YamlTag', at(before('!')), {
						tag: node.tag.replace(/^tag:yaml\.org,2002:/, '!!'),
					}),
				);
		},
		Map(_, map) {
			const seen = new Map<string, number>();
			for (const pair of map.items) {
				const key = pair.key as Node | null;
				const keyAt = key ? where(key) : where(map);
				if (
					!isScalar(key) ||
					(typeof key.value !== 'string' &&
						typeof key.value !== 'number' &&
						typeof key.value !== 'boolean')
				) {
					problems.push(problem('YamlKey', keyAt, { detail: 'is not plain text' }));
					continue;
				}
				const name = String(key.value);
				if (name === '<<' && key.type === 'PLAIN')
					problems.push(problem('YamlMergeKey', keyAt, {}));
				else if (isReservedName(name) && name.startsWith('__'))
					problems.push(
						problem('YamlKey', keyAt, {
							detail: `${JSON.stringify(name)} is a reserved JavaScript name`,
						}),
					);
				const first = seen.get(name);
				if (first !== undefined)
					problems.push(problem('DuplicateKey', keyAt, { key: name, first }));
				else seen.set(name, keyAt.line);
			}
		},
	});
	for (const [name, { first, count }] of aliases)
		problems.push(problem('YamlAlias', first, { what: 'alias', name: `*${name}`, count }));
	if (problems.length > MAX_YAML_PROBLEMS) {
		const rest = problems.length - MAX_YAML_PROBLEMS;
		problems.length = MAX_YAML_PROBLEMS;
		const last = problems[MAX_YAML_PROBLEMS - 1];
		problems.push(
			problem(
				'YamlLimit',
				last ? { file: last.file, line: last.line, column: last.column } : at(0),
				{
					what: `${rest} more problem${rest === 1 ? '' : 's'} in this YAML, not listed`,
					limit: `${MAX_YAML_PROBLEMS} listed`,
				},
			),
		);
	}
	if (problems.length) return { doc, data: undefined, lineCounter, problems };
	return { doc, data: doc.toJS({ maxAliasCount: 0 }), lineCounter, problems };
}

/**
 * How deeply flow brackets and indentation nest, and where the deepest point is: a cheap
 * upper bound that needs no parse. Block nesting counts one level per two columns of indent.
 */
function nestingDepth(text: string): { depth: number; offset: number } {
	let deepest = { depth: 0, offset: 0 };
	let flow = 0;
	let lineStart = 0;
	let indent = 0;
	let inIndent = true;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10) {
			lineStart = i + 1;
			indent = 0;
			inIndent = true;
			continue;
		}
		if (inIndent) {
			if (c === 32 || c === 45)
				indent++; // spaces and "- " of nested sequences
			else inIndent = false;
		}
		if (c === 91 || c === 123) flow++;
		else if ((c === 93 || c === 125) && flow > 0) flow--;
		const depth = flow + Math.floor(indent / 2);
		if (depth > deepest.depth) deepest = { depth, offset: c === 91 || c === 123 ? i : lineStart };
	}
	return deepest;
}

/** The line and column (from 1) of the value at `path` in a document (or of its nearest parent). */
export function placeOfValue(
	doc: Document | undefined,
	lineCounter: LineCounter,
	path: readonly (string | number)[],
): { line: number; column: number } {
	const pos = lineCounter.linePos(offsetOf(doc, path));
	return { line: pos.line, column: pos.col };
}

/** Finds the node at `path` in a document (or its nearest parent) and its start offset. */
export function offsetOf(doc: Document | undefined, path: readonly (string | number)[]): number {
	let node: Node | null | undefined = doc?.contents as Node | undefined;
	let offset = node?.range?.[0] ?? 0;
	for (const step of path) {
		if (isMap(node)) {
			const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === step);
			node = pair?.value as Node | undefined;
			// A key with no value (`title:`) still has a place: the key's.
			if (!node?.range && pair?.key) offset = (pair.key as Node).range?.[0] ?? offset;
		} else if (isSeq(node) && typeof step === 'number') {
			node = node.items[step] as Node | undefined;
		} else {
			node = undefined;
		}
		if (!node?.range) break;
		offset = node.range[0];
	}
	return offset;
}
