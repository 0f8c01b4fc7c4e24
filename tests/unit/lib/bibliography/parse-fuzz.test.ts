// Whatever bytes arrive, parsing the bibliography ends quickly, never throws, and never loses an
// entry without saying where. A seeded generator makes every run the same 10,000+ inputs: slices
// of the real bibliography and the fixtures, mutated (braces, quotes, @, commas, unicode, cuts,
// deep nesting), whole-file mutations, invalid bytes and inputs generated from a small grammar.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parseBibliography } from '../../../../src/lib/bibliography/parse.ts';
import { validateEntry } from '../../../../src/lib/bibliography/validate.ts';

const root = process.cwd();
const sources = readFileSync(join(root, 'bibliography/sources.bib'), 'utf8');
const fixtureDirs = [join(root, 'tests/fixtures/bibtex'), join(root, 'tests/fixtures/bib-files')];
const fixtures = fixtureDirs.flatMap((dir) =>
	readdirSync(dir)
		.filter((f) => f.endsWith('.bib'))
		.map((f) => readFileSync(join(dir, f), 'utf8')),
);
const corpus = [sources, ...fixtures];
const chunks = corpus.flatMap((text) => text.split(/\n(?=@)/));

/** mulberry32: a small, well-distributed seeded generator (public domain). */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const TOKENS = [
	'{',
	'}',
	'"',
	'@',
	',',
	'=',
	'#',
	'%',
	'\\',
	'$',
	'(',
	')',
	'\n',
	'\r\n',
	'\t',
	'~',
	'@article{',
	'@string{x = {y}}',
	'@comment{',
	'crossref = {cherkin2011}',
	'crossref = {constructor}',
	'__proto__',
	'constructor',
	' # undefinedmacro # ',
	'title = {dup}',
	'doi = {https://doi.org/10.1/x}',
	'url = {javascript:alert(1)}',
	'<script>',
	"{\\'\\i}",
	'\\"{o}',
	'{\\ss}',
	'$x^',
	'\\begin{x}',
	'\u0131\u0301',
	'e\u0301',
	'\u0000',
	'\u202e',
	'\ufeff',
	'\u{1f600}',
	'\ud800',
	'ß',
	'日本',
];

type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, list: readonly T[]): T => list[int(r, list.length)] as T;

/** Applies one random edit: delete, duplicate, insert a token, truncate, or nest deeply. */
function mutate(r: Rand, text: string): string {
	const at = int(r, text.length + 1);
	const len = 1 + int(r, 40);
	switch (int(r, 8)) {
		case 0:
			return text.slice(0, at) + text.slice(at + 1);
		case 1:
			return text.slice(0, at) + text.slice(at + len);
		case 2:
			return text.slice(0, at) + text.slice(at, at + len) + text.slice(at);
		case 3:
		case 4:
			return text.slice(0, at) + pick(r, TOKENS) + text.slice(at);
		case 5:
			return text.slice(0, at);
		case 6: {
			const depth = 1 + int(r, 40);
			return `${text.slice(0, at)}${'{'.repeat(depth)}${text.slice(at, at + len)}${'}'.repeat(depth)}${text.slice(at + len)}`;
		}
		default:
			return text.slice(0, at) + String.fromCodePoint(int(r, 0x2ffff)) + text.slice(at);
	}
}

const TYPES = [
	'article',
	'book',
	'inproceedings',
	'proceedings',
	'incollection',
	'collection',
	'misc',
	'online',
	'artcle',
	'thesis',
	'STRING',
];
const FIELDS = [
	'author',
	'title',
	'year',
	'journal',
	'doi',
	'url',
	'crossref',
	'note',
	'editor',
	'booktitle',
	'date',
	'Title',
];

/** Builds an input from a small BibTeX grammar: macros, entries, crossrefs, concatenations. */
function generate(r: Rand): string {
	const keys = Array.from({ length: 1 + int(r, 5) }, (_, i) =>
		r() < 0.05 ? pick(r, ['__proto__', 'constructor', 'toString']) : `k${i}`,
	);
	const value = (): string => {
		const parts = Array.from({ length: 1 + int(r, 3) }, () =>
			pick(r, [
				`{v${int(r, 9)}}`,
				`"q {${int(r, 9)}}"`,
				String(1990 + int(r, 40)),
				'jan',
				'mac',
				`{${'{'.repeat(int(r, 20))}x${'}'.repeat(int(r, 20))}}`,
			]),
		);
		return parts.join(' # ');
	};
	const out: string[] = [];
	if (r() < 0.3) out.push('@string{mac = {Macro value}}');
	for (const key of keys) {
		const fields = Array.from({ length: int(r, 6) }, () => {
			const name = pick(r, FIELDS);
			return `  ${name} = ${name.toLowerCase() === 'crossref' ? `{${pick(r, keys)}}` : value()}`;
		});
		const [open, close] = r() < 0.1 ? ['(', ')'] : ['{', '}'];
		out.push(`@${pick(r, TYPES)}${open}${key},\n${fields.join(',\n')}\n${close}`);
	}
	return out.join(r() < 0.1 ? '\nstray words\n' : '\n\n');
}

/** The entries a reader would count: lines starting with @type{ outside % comments. */
function visibleEntries(text: string): number {
	let n = 0;
	for (const m of text
		.replace(/\r\n?/g, '\n')
		.matchAll(/^[ \t]*@\s*([A-Za-z_][A-Za-z0-9_:+-]*)\s*[{(]/gm)) {
		if (!/^(comment|string|preamble)$/i.test(m[1] ?? '')) n++;
	}
	return n;
}

test('10,000+ generated and mutated inputs: no crash, under 1 s each, every loss located', () => {
	const r = random(20240607);
	const failures: string[] = [];
	let slowest = { ms: 0, label: '' };
	let inputs = 0;
	let withEntries = 0;
	const names = new Map<string, number>();
	const started = performance.now();
	const run = (label: string, bytes: Uint8Array, text: string | undefined) => {
		inputs++;
		const path = 'fuzz.bib';
		const t0 = performance.now();
		try {
			const { entries, problems } = parseBibliography([{ path, bytes }]);
			for (const entry of entries) problems.push(...validateEntry(entry));
			const ms = performance.now() - t0;
			if (entries.length > 0) withEntries++;
			for (const p of problems) names.set(p.name, (names.get(p.name) ?? 0) + 1);
			if (ms > slowest.ms) slowest = { ms, label };
			if (ms >= 1000) failures.push(`${label}: took ${Math.round(ms)} ms`);
			const expected = text === undefined ? 1 : visibleEntries(text);
			if ((entries.length === 0 || entries.length < expected) && problems.length === 0)
				failures.push(`${label}: ${entries.length} of ${expected} entries and no problem`);
			for (const p of problems) {
				if (p.file !== path || !Number.isInteger(p.line) || p.line < 1 || !p.message)
					failures.push(`${label}: unlocated problem ${JSON.stringify(p)}`);
			}
		} catch (error) {
			failures.push(`${label}: threw ${error instanceof Error ? error.stack : String(error)}`);
		}
	};
	const encoder = new TextEncoder();
	const runText = (label: string, text: string) => run(label, encoder.encode(text), text);

	for (let i = 0; i < 7000; i++) {
		const start = int(r, chunks.length);
		let text = chunks.slice(start, start + 1 + int(r, 3)).join('\n');
		const edits = 1 + int(r, 6);
		for (let e = 0; e < edits; e++) text = mutate(r, text);
		runText(`slice #${i}`, text);
	}
	for (let i = 0; i < 2500; i++) runText(`generated #${i}`, generate(r));
	for (let i = 0; i < 300; i++) {
		let text = pick(r, corpus);
		for (let e = 0; e < 1 + int(r, 4); e++) text = mutate(r, text);
		runText(`whole file #${i}`, text);
	}
	for (let i = 0; i < 300; i++) {
		const bytes = encoder.encode(pick(r, chunks));
		for (let e = 0; e < 1 + int(r, 3); e++) bytes[int(r, bytes.length)] = int(r, 256);
		run(`bytes #${i}`, bytes, undefined);
	}
	// Pathological shapes at 1 MiB: each must stay linear (no rescanning to the end per token).
	const fill = (unit: string) => unit.repeat(Math.floor(2 ** 20 / unit.length));
	const shapes: Record<string, string> = {
		'@ signs': fill('@'),
		'stray lines': fill('x\n'),
		'unclosed comments on one line': fill('@comment{ '),
		'open braces': `@article{k, title = ${fill('{')}`,
		quotes: `@article{k, title = ${fill('"')}`,
		'undefined macros': `@article{k, ${fill('a = x, ')}`,
		'keyless entries': fill('@article{,}\n'),
	};
	for (const [name, text] of Object.entries(shapes)) runText(`1 MiB of ${name}`, text);
	const total = performance.now() - started;
	const seen = [...names].sort((a, b) => b[1] - a[1]).map(([n, c]) => `${n} ${c}`);
	console.log(
		`fuzz: ${inputs} inputs (${withEntries} with entries) in ${Math.round(total)} ms; slowest ${slowest.ms.toFixed(1)} ms (${slowest.label})\nproblems: ${seen.join(', ')}`,
	);
	expect(inputs).toBeGreaterThanOrEqual(10_000);
	expect(failures.slice(0, 10)).toEqual([]);
}, 180_000);
