// Differential fuzz of the one-parse promise: for thousands of generated pages whose frontmatter
// carries merge keys, anchors and aliases, fence-like lines, a BOM, CRLF, tabs, duplicate keys,
// tags, TOML and JSON fences, either the data the checks saw equals the data Astro renders (read
// through @astrojs/mdx's own content entry type, as Astro's glob loader reads it) and the body
// the checks saw is the body @astrojs/mdx compiles, or the page is refused with located messages.
// Nothing throws. A seeded generator makes every run the same inputs.
import mdx from '@astrojs/mdx';
// What vite-plugin-mdx calls on the file text before it compiles the body (not in the package's exports).
import { safeParseFrontmatter } from '../../../../node_modules/@astrojs/mdx/dist/utils.js';
import { expect, test } from 'vitest';
import { parseContentFile } from '../../../../src/lib/content/page-file.ts';
import { firstDifference } from '../../../../src/lib/content/same-data.ts';
import { createRandom, type Random } from '../../../../bench/random.ts';

/** The frontmatter problems: anything else (MDX syntax of the body) does not decide the data. */
const FRONTMATTER =
	/^(NoFrontmatter|FrontmatterFence|FrontmatterMismatch|Yaml\w+|DuplicateKey|PageTooLarge)$/;

type EntryInfo = (params: {
	fileUrl: URL;
	contents: string;
}) => Promise<{ data: Record<string, unknown>; body: string }>;

/** Astro's reader: the content entry type @astrojs/mdx registers, as the glob loader calls it. */
async function astroEntryInfo(): Promise<EntryInfo> {
	let getEntryInfo: EntryInfo | undefined;
	const setup = mdx().hooks['astro:config:setup'] as unknown as (
		params: Record<string, unknown>,
	) => Promise<void>;
	await setup({
		config: { root: new URL('file:///project/') },
		updateConfig: () => undefined,
		addPageExtension: () => undefined,
		addRenderer: () => undefined,
		addContentEntryType: (type: { getEntryInfo: EntryInfo }) => (getEntryInfo = type.getEntryInfo),
	});
	if (!getEntryInfo) throw new Error('@astrojs/mdx registered no content entry type');
	return getEntryInfo;
}

const VALUES = [
	'Probe',
	'"quoted: text"',
	"'single'",
	'2026-11-21',
	'2026-11-21T10:00:00Z',
	'1',
	'-0',
	'-.5',
	'0.5',
	'1e3',
	'0x1F',
	'0o17',
	'1_000',
	'.inf',
	'.nan',
	'yes',
	'no',
	'true',
	'~',
	'null',
	'',
	'[a, b]',
	'{a: 1}',
	'{a: 1, a: 2}',
	'"<script>alert(1)</script>"',
	'>-\n  folded text\n  ---x indented',
	'|\n  literal\n  +++',
	'x # comment',
	'"\\u00e9"',
	'é',
	'2026-02-30',
	'12:30',
	'0777',
	'+1',
	'!!str 5',
	'!!binary aGVsbG8=',
	'!foo bar',
	'&a anchored',
	'*a',
	'*missing',
];
const KEYS = [
	'title',
	'bottomLine',
	'reviewed',
	'aliases',
	'evidence',
	'noTrialsFound',
	'conditions',
	'x',
	'title',
	'<<',
	'"<<"',
	'__proto__',
	'constructor',
	'? complex',
	'[a]',
	'a b',
	'ключ',
	'1',
	'true',
];
const HOSTILE_LINES = [
	'---x: <script>alert(1)</script>',
	'--- ',
	'---',
	'+++',
	'...',
	'-- not a fence',
	'  ---',
	'\t---',
	'<<: {title: merged}',
	'<<: [{a: 1}, {b: 2}]',
	'x: &a {title: anchored}',
	'y: *a',
	'<<: *a',
	'%YAML 1.2',
	'? key\n: value',
	'key:\tvalue',
	'\tindented: tab',
	'evidence:\n  - id: a\n    <<: {statement: merged}',
	'- list at top',
	'"unterminated: x',
];

const PLAIN = [
	'Probe',
	'"quoted: text"',
	'2026-11-21',
	'0.5',
	'[chronic-low-back-pain]',
	'text with spaces',
];

function line(r: Random, i: number): string {
	if (r.chance(0.12)) return r.pick(HOSTILE_LINES);
	// Mostly distinct keys, so duplicates are one case among others, not the common one.
	const key = r.chance(0.6) ? `field${i}` : r.pick(KEYS);
	const value = r.chance(0.4) ? r.pick(PLAIN) : r.pick(VALUES);
	return `${key}: ${value}`;
}

/** One generated page: an envelope (BOM, blank lines, fences, line ends) around random lines. */
function page(r: Random): string {
	const lines = Array.from({ length: r.int(0, 6) }, (_, i) => line(r, i));
	const open = r.chance(0.8) ? '---' : r.pick(['+++', '---x', ';;;', '{', '--- ']);
	const close = r.chance(0.8)
		? '---'
		: r.pick(['+++', '---x: <img src=x onerror=alert(1)>', '...', '']);
	const lead = r.chance(0.7) ? '' : r.pick(['\uFEFF', '\n', '\n\n', ' \n', '\uFEFF\n']);
	const body = r.pick([
		'\nA page body.\n',
		'\n<script>alert(1)</script>\n',
		'\n---\nmore\n',
		'',
		'\n{1 + 1}\n',
		'\ntext [@cherkin2011]\n',
	]);
	let text = `${lead}${open}\n${lines.join('\n')}\n${close}${body}`;
	if (r.chance(0.2)) text = text.replace(/\n/g, '\r\n');
	if (r.chance(0.1)) text = text.replace(/ /g, '\t');
	return text;
}

test('2,000+ generated frontmatter blocks: the checks see what Astro renders, or refuse the page with located messages', async () => {
	const entryInfo = await astroEntryInfo();
	const r = createRandom(14);
	let accepted = 0;
	let refused = 0;
	for (let i = 0; i < 2400; i++) {
		const text = page(r);
		const path = `content/techniques/fuzz-${i}.mdx`;
		const started = performance.now();
		const file = parseContentFile(path, text);
		expect(performance.now() - started, text).toBeLessThan(1000);
		const lines = text.split('\n').length;
		for (const p of file.problems) {
			expect(p.file).toBe(path);
			expect(p.line, `${p.message}\n${JSON.stringify(text)}`).toBeGreaterThanOrEqual(1);
			expect(p.line, `${p.message}\n${JSON.stringify(text)}`).toBeLessThanOrEqual(lines);
			expect(p.message).not.toMatch(/\n\s+at /);
		}
		if (file.problems.some((p) => FRONTMATTER.test(String(p.name)))) {
			refused++;
			continue;
		}
		accepted++;
		// Accepted: Astro must read the same data and compile the same body.
		const astro = await entryInfo({ fileUrl: new URL(`file:///project/${path}`), contents: text });
		expect(firstDifference(file.data, astro.data), JSON.stringify(text)).toBeUndefined();
		expect(file.body, JSON.stringify(text)).toBe(safeParseFrontmatter(text, path).content);
	}
	// Both outcomes are exercised, so the test can fail either way.
	expect(accepted).toBeGreaterThan(200);
	expect(refused).toBeGreaterThan(200);
}, 60_000);
