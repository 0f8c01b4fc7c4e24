// Incremental builds on a copy of the project: an unchanged rebuild renders no keyed page again;
// after editing one technique page only that page renders; after editing one reference only the
// pages that show it render; and the result is byte for byte what a full build writes.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildSteps } from '../../src/publish/build-steps.ts';
import { copyProject } from './astro-build.ts';

const copy = copyProject('bpe-incremental-');
const manifest = join(copy, 'node_modules/.astro/incremental-build.json');

/** `astro build` in the copy; the paths it rendered and those it took from the cache. */
function build(): { rendered: Set<string>; reused: Set<string> } {
	const [astro] = buildSteps();
	const run = spawnSync(process.execPath, astro ?? [], {
		cwd: copy,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
	});
	expect(run.status, run.stdout + run.stderr).toBe(0);
	const rendered = new Set<string>();
	const reused = new Set<string>();
	// With several pages rendering at once, one page's log line can run into the next.
	// Astro colours its log when CI is set (the CI run failed on it): strip colour codes.
	const log = run.stdout.replace(/\u001b\[[0-9;]*m/g, '');
	for (const chunk of log.split('├─ ').slice(1)) {
		const path = /^(\/\S+?)(?=\d\d:\d\d:\d\d|\s|$)/.exec(chunk)?.[1];
		// An endpoint is logged as "/export/library.bib/"; its output file has no slash.
		if (path)
			(/^\S+\s+\((cached|restored)\)/.test(chunk) ? reused : rendered).add(path.replace(/\/$/, ''));
	}
	return { rendered, reused };
}

/** The output files that carry a cacheKey, from Astro's incremental manifest. */
function keyedFiles(): Set<string> {
	const data = JSON.parse(readFileSync(manifest, 'utf8')) as {
		routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
	};
	return new Set(
		Object.values(data.routes).flatMap((r) =>
			Object.values(r.paths).map((p) => `/${p.outputFile.replace(/^\//, '')}`),
		),
	);
}

function files(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => statSync(join(dir, f)).isFile())
		.sort();
}

let cold: ReturnType<typeof build>;
let warm: ReturnType<typeof build>;
let afterPage: ReturnType<typeof build>;
let afterReference: ReturnType<typeof build>;
let keyed: Set<string>;
const showing: string[] = [];
const citing: string[] = [];
/** Editors' pages that list the technique page's audit findings, by line. */
const listingCupping: string[] = [];
const TITLE =
	'Effectiveness of myofascial release: systematic review of randomized controlled trials';

beforeAll(() => {
	cold = build();
	keyed = keyedFiles();
	for (const file of keyed) {
		const text = readFileSync(join(copy, 'dist', file), 'utf8');
		if (text.includes(TITLE)) showing.push(file);
		if (text.includes('ajimsha2015')) citing.push(file);
		if (file.startsWith('/editors/rules/') && text.includes('content/techniques/cupping.mdx'))
			listingCupping.push(file);
	}
	warm = build();
	const page = join(copy, 'content/techniques/cupping.mdx');
	const text = readFileSync(page, 'utf8');
	writeFileSync(page, text.replace(/\n## /, '\nAn edited sentence.\n\n## '));
	afterPage = build();
	const bib = join(copy, 'bibliography/sources.bib');
	writeFileSync(bib, readFileSync(bib, 'utf8').replace(TITLE, `${TITLE}: edited`));
	afterReference = build();
}, 300_000);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

test('a cold build renders every page and records a key for each content, reference and export page', () => {
	expect(cold.reused.size).toBe(0);
	expect(keyed.size).toBeGreaterThan(500);
	for (const prefix of [
		'/techniques/',
		'/conditions/',
		'/claims/',
		'/guidelines/',
		'/references/',
		'/export/',
	])
		expect(
			[...keyed].some((f) => f.startsWith(prefix)),
			prefix,
		).toBe(true);
});

test('an unchanged rebuild renders none of the keyed pages again', () => {
	expect([...warm.rendered].filter((f) => keyed.has(f))).toEqual([]);
	expect(warm.reused.size).toBe(keyed.size);
});

test("after editing one technique page, only that page and the editors' pages listing its lines render again", () => {
	const again = [...afterPage.rendered].filter((f) => keyed.has(f));
	expect(again).toContain('/techniques/cupping/index.html');
	// The edit moves the page's lines down, so the audit findings an editors' page lists for it move.
	for (const file of again)
		expect(['/techniques/cupping/index.html', ...listingCupping], file).toContain(file);
	expect(readFileSync(join(copy, 'dist/techniques/cupping/index.html'), 'utf8')).toContain(
		'An edited sentence.',
	);
});

test('after editing one reference, exactly the pages that show it render again, with the new text', () => {
	const again = [...afterReference.rendered].filter((f) => keyed.has(f)).sort();
	expect(showing.length).toBeGreaterThan(3);
	for (const file of showing) expect(again, file).toContain(file);
	for (const file of again) expect(citing, file).toContain(file);
	for (const file of showing)
		expect(readFileSync(join(copy, 'dist', file), 'utf8'), file).toContain(`${TITLE}: edited`);
});

test('the incremental result is byte for byte what a full build writes', () => {
	const incremental = join(copy, 'dist-incremental');
	cpSync(join(copy, 'dist'), incremental, { recursive: true });
	rmSync(manifest);
	const full = build();
	expect(full.reused.size).toBe(0);
	const dist = join(copy, 'dist');
	expect(files(incremental)).toEqual(files(dist));
	const differ = files(dist).filter(
		(f) => !readFileSync(join(dist, f)).equals(readFileSync(join(incremental, f))),
	);
	expect(differ.map((f) => relative(copy, join(dist, f)))).toEqual([]);
}, 120_000);
