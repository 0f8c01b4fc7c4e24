/**
 * BibLaTeX-style crossref resolution: a child inherits the fields it lacks from its parent (and
 * the parent's parent), with the parent's title becoming the child's booktitle, maintitle or
 * journaltitle. Keys live in Maps, never in plain objects (a key named "constructor" must stay a
 * key), and chains are walked with a loop and a visited set, so a cycle is reported, not recursed.
 * citation-js has its own resolver, but it recurses without a cycle check and looks keys up in a
 * plain object, so bibliography.ts strips `crossref` before calling it.
 */
import { problem, type Problem } from '../../errors.ts';
import type { BibEntry } from './entry.ts';
import { NO_INHERIT, TITLE_INHERITANCE } from './rules.ts';
import { closest } from '../closest.ts';

/** What resolution needs to know about one entry, and where its `crossref` field is written. */
export type CrossrefNode = Pick<
	BibEntry,
	'key' | 'type' | 'file' | 'line' | 'column' | 'fields'
> & {
	crossrefAt?: { line: number; column: number } | undefined;
};

const TITLE_FIELDS = ['title', 'subtitle', 'titleaddon'];
const TITLE_ONLY = new Set([
	...TITLE_FIELDS,
	'shorttitle',
	'sorttitle',
	'indextitle',
	'indexsorttitle',
]);
const BOOK_PART = new Set(['inbook', 'bookinbook', 'suppbook']);

/**
 * Resolves every entry's crossref chain. Returns key (lower case) → fields with the inherited ones
 * added; reports dangling crossrefs (unless the parent exists but could not be read, `knownKeys`)
 * and each cycle once, naming every key in it with its place.
 */
export function resolveCrossrefs(
	nodes: readonly CrossrefNode[],
	knownKeys: ReadonlySet<string>,
	problems: Problem[],
): Map<string, Record<string, string>> {
	const byId = new Map(nodes.map((n) => [n.key.toLowerCase(), n]));
	const resolved = new Map<string, Record<string, string>>();
	const parentId = (n: CrossrefNode) => n.fields['crossref']?.trim().toLowerCase() || undefined;
	for (const node of nodes) {
		if (resolved.has(node.key.toLowerCase())) continue;
		const chain = [node];
		const seen = new Set([node.key.toLowerCase()]);
		for (let cur = node; ;) {
			const pid = parentId(cur);
			if (pid === undefined || resolved.has(pid)) break;
			const parent = byId.get(pid);
			if (!parent) {
				if (!knownKeys.has(pid)) dangling(cur, byId, problems);
				break;
			}
			if (seen.has(pid)) {
				cycle(chain.slice(chain.indexOf(parent)), problems);
				break;
			}
			seen.add(pid);
			chain.push(parent);
			cur = parent;
		}
		// From the farthest ancestor down, so each parent is complete before its child inherits.
		for (let i = chain.length - 1; i >= 0; i--) {
			const child = chain[i];
			if (!child || resolved.has(child.key.toLowerCase())) continue;
			const pid = parentId(child);
			const parent = pid === undefined ? undefined : byId.get(pid);
			const base = pid === undefined ? undefined : resolved.get(pid);
			resolved.set(
				child.key.toLowerCase(),
				parent && base ? inherit(child, parent.type, base) : { ...child.fields },
			);
		}
	}
	return resolved;
}

/** The child's fields plus what it inherits from its (already resolved) parent's fields. */
function inherit(
	child: CrossrefNode,
	parentType: string,
	parent: Record<string, string>,
): Record<string, string> {
	const out = { ...child.fields };
	const rule = TITLE_INHERITANCE.get(parentType);
	const prefix = rule?.children.has(child.type) ? rule.prefix : undefined;
	const give = (name: string, value: string) => {
		if (!Object.hasOwn(out, name) || out[name] === '') out[name] = value;
	};
	for (const [name, value] of Object.entries(parent)) {
		if (NO_INHERIT.has(name)) continue;
		if (prefix && TITLE_ONLY.has(name)) {
			if (TITLE_FIELDS.includes(name) && !(prefix === 'journal' && name === 'titleaddon'))
				give(prefix + name, value);
			continue;
		}
		give(name, value);
		if (
			name === 'author' &&
			(parentType === 'book' || parentType === 'mvbook') &&
			BOOK_PART.has(child.type)
		)
			give('bookauthor', value);
	}
	return out;
}

const place = (n: CrossrefNode) => `${n.file}:${n.line}`;

function dangling(
	node: CrossrefNode,
	byId: ReadonlyMap<string, CrossrefNode>,
	problems: Problem[],
): void {
	const parent = node.fields['crossref']?.trim() ?? '';
	const near = closest(
		parent,
		[...byId.values()].map((n) => n.key).filter((k) => k !== node.key),
	);
	const at = node.crossrefAt ?? { line: node.line, column: node.column };
	problems.push(
		problem(
			'DanglingCrossref',
			{ file: node.file, ...at },
			{ key: node.key, parent, closest: near },
		),
	);
}

function cycle(members: readonly CrossrefNode[], problems: Problem[]): void {
	const names = members.map((n) => `"${n.key}" (${place(n)})`);
	const list =
		names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
	const first = members[0];
	if (first)
		problems.push(
			problem(
				'CrossrefCycle',
				{ file: first.file, line: first.line, column: first.column },
				{ cycle: list },
			),
		);
}
