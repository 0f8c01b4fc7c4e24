/**
 * `npm run bench -- --pages N --refs M [--runs R] [--seed S] [--profile auto|always|never]
 * [--source worktree|head]`: builds a synthetic corpus as this project (A) and as a plain Astro +
 * MDX site (B), R pairs in turn, then a warm rebuild of A, the audit, and a first and second search
 * in Chromium. Prints a table with every budget marked and writes bench-results.json next to the
 * corpus.
 */
import {
	appendFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildFigures, buildPhases, formattingFromOutput, memoryPeak } from './build-output.ts';
import { generateCorpus, kindCounts } from './corpus.ts';
import { runMeasured, type TimedLine } from './measure.ts';
import { summariseProfiles } from './profile.ts';
import { checkBudgets, formatReport, median, type BenchResults, type BuildRun } from './report.ts';
import { launchChromium, measureFirstVisit, measureTransfers, startPreview } from './transfer.ts';
import { cleanBuild, prepareVariantA, prepareVariantB, type CodeSource } from './variants.ts';
import { buildSteps } from '../src/publish/build-steps.ts';

const { values } = parseArgs({
	options: {
		pages: { type: 'string', default: '200' },
		refs: { type: 'string', default: '100' },
		runs: { type: 'string', default: '3' },
		seed: { type: 'string', default: '20261121' },
		profile: { type: 'string', default: 'auto' },
		source: { type: 'string', default: 'worktree' },
	},
});
const [pages, refs, runs, seed] = [values.pages, values.refs, values.runs, values.seed].map(
	Number,
) as [number, number, number, number];
if (
	![pages, refs, runs].every((n) => Number.isInteger(n) && n > 0) ||
	!['auto', 'always', 'never'].includes(values.profile) ||
	!['worktree', 'head'].includes(values.source)
) {
	console.error(
		'Usage: npm run bench -- --pages N --refs M [--runs R] [--seed S] [--profile auto|always|never] [--source worktree|head]. N, M and R are positive integers.',
	);
	process.exit(2);
}

const root = process.cwd();
const dir = join(tmpdir(), `bpe-bench-${pages}-${refs}`);
const dirs = { A: join(dir, 'a'), B: join(dir, 'b') } as const;
const astroBin = resolve(root, 'node_modules/astro/bin/astro.mjs');
// A is built as deployed: editors' links go to the repository's web view (REPO_URL), so no
// source view is prerendered per content file.
const env = {
	ASTRO_TELEMETRY_DISABLED: '1',
	FORCE_COLOR: '0',
	REPO_URL: 'https://git.example.org/bench/corpus/blob/main',
};
const progress = (text: string) => process.stderr.write(`${text}\n`);
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
mkdirSync(join(dir, 'logs'), { recursive: true });

const countHtml = (path: string): number =>
	existsSync(path)
		? readdirSync(path, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))
				.length
		: 0;

/** Builds one variant in a child process; `cold` removes its output and caches first. */
async function build(
	variant: 'A' | 'B',
	label: string,
	options: { cold: boolean; nodeArgs?: string[] },
): Promise<{ result: BuildRun; lines: TimedLine[] }> {
	const cwd = dirs[variant];
	if (options.cold) cleanBuild(cwd);
	const log = join(dir, 'logs', `${label.replace(/[^a-z0-9]+/gi, '-')}-${variant}.log`);
	progress(`${label}: ${variant} building…`);
	const started = Date.now();
	const ticker = setInterval(
		() => progress(`${label}: ${variant} still building (${secs(Date.now() - started)})`),
		30_000,
	);
	// A is built as `npm run build` builds it (astro build, then the search index and offline
	// precache in a second process); B is the usual setup, Pagefind inside astro build.
	const steps = (variant === 'A' ? buildSteps(astroBin) : [[astroBin, 'build']]).map((args) => [
		process.execPath,
		...(options.nodeArgs ?? []),
		...args,
	]);
	const quote = (a: string) => `'${a.replace(/'/g, "'\\''")}'`;
	const [command = process.execPath, ...args] =
		steps.length === 1
			? (steps[0] ?? [])
			: ['/bin/sh', '-c', steps.map((s) => s.map(quote).join(' ')).join(' && ')];
	const run = await runMeasured(command, args, { cwd, env, logFile: log });
	clearInterval(ticker);
	const result: BuildRun = {
		variant,
		label,
		exitCode: run.exitCode,
		wallMs: Math.round(run.wallMs),
		peakTreeRssKb: run.peakTreeRssKb,
		maxProcessRssKb: run.maxProcessRssKb,
		htmlPages: countHtml(join(cwd, 'dist')),
		loadAverage: loadavg()[0] ?? 0,
		phases: buildPhases(run.lines, run.wallMs),
		memoryPeak: memoryPeak(run.lines, run.wallMs, run.memory),
		figures: buildFigures(run.lines),
		log,
	};
	const memory = `${Math.round(run.peakTreeRssKb / 1024)} MB peak`;
	progress(
		run.exitCode === 0
			? `${label}: ${variant} built in ${secs(run.wallMs)}, ${memory}`
			: `${label}: ${variant} FAILED (exit ${run.exitCode}) after ${secs(run.wallMs)}; last lines:\n${run.lines
					.slice(-15)
					.map((l) => `  ${l.text}`)
					.join('\n')}`,
	);
	return { result, lines: run.lines };
}

/** The largest HTML file under `path`, as built. */
function largestPage(path: string): BenchResults['largestHtml'] {
	if (!existsSync(path)) return undefined;
	let best: BenchResults['largestHtml'];
	for (const file of readdirSync(path, { recursive: true, encoding: 'utf8' })) {
		if (!file.endsWith('.html')) continue;
		const bytes = statSync(join(path, file)).size;
		if (!best || bytes > best.bytes) best = { file, bytes };
	}
	return best;
}

progress(`generating ${pages} pages and ${refs} references in ${dir}…`);
const corpus = generateCorpus(pages, refs, seed);
prepareVariantA(root, dirs.A, corpus, values.source as CodeSource);
prepareVariantB(root, dirs.B, corpus);
const size = (prefix: string) =>
	Math.round(
		[...corpus.files]
			.filter(([p]) => p.startsWith(prefix))
			.reduce((n, [, t]) => n + Buffer.byteLength(t), 0) / 1024,
	);

const builds: BuildRun[] = [];
const pairs: BenchResults['pairs'] = [];
for (let pair = 1; pair <= runs; pair++) {
	// Alternate which variant goes first, so drift (caches, thermals) does not favour one side.
	const order = pair % 2 ? (['A', 'B'] as const) : (['B', 'A'] as const);
	const done: Partial<Record<'A' | 'B', BuildRun>> = {};
	for (const v of order)
		builds.push((done[v] = (await build(v, `pair ${pair}/${runs}`, { cold: true })).result));
	if (done.A?.exitCode === 0 && done.B?.exitCode === 0)
		pairs.push({
			pair,
			aMs: done.A.wallMs,
			bMs: done.B.wallMs,
			ratio: done.A.wallMs / done.B.wallMs,
		});
}

let rebuild: BenchResults['rebuild'];
if (builds.some((b) => b.variant === 'A' && b.exitCode === 0)) {
	const lastA = builds.filter((b) => b.variant === 'A').at(-1);
	if (lastA?.exitCode !== 0) await build('A', 'warm-up', { cold: true });
	const page = corpus.pages[0];
	if (page)
		appendFileSync(
			join(dirs.A, 'content', page.kind, `${page.slug}.mdx`),
			'\nAn editor added this sentence before the rebuild.\n',
		);
	const { result, lines } = await build('A', 'rebuild', { cold: false });
	rebuild = { ...result, formatting: formattingFromOutput(lines) };
}

progress('audit: running npm run audit over the corpus…');
const auditRun = await runMeasured(
	process.execPath,
	['--experimental-strip-types', '--no-warnings=ExperimentalWarning', 'src/cli/audit.ts'],
	{ cwd: dirs.A, logFile: join(dir, 'logs', 'audit.log') },
);
const summary =
	auditRun.lines
		.map((l) => l.text)
		.filter((t) => /\(\d+ ms\)\.$/.test(t))
		.at(-1) ?? 'no summary line';
const auditMs = Number(/\((\d+) ms\)\.$/.exec(summary)?.[1] ?? NaN);
const audit = {
	exitCode: auditRun.exitCode,
	wallMs: Math.round(auditRun.wallMs),
	auditMs: Number.isNaN(auditMs) ? undefined : auditMs,
	pagesPerSecond: Number.isNaN(auditMs) ? undefined : pages / (Math.max(auditMs, 1) / 1000),
	summary,
};
progress(`audit: ${summary}`);

let transfers: BenchResults['transfers'];
let firstVisit: BenchResults['firstVisit'];
const largestHtml = largestPage(join(dirs.A, 'dist'));
if (existsSync(join(dirs.A, 'dist', 'index.html'))) {
	progress(`search: measuring "${corpus.queries[0]}" then "${corpus.queries[1]}" in Chromium…`);
	const preview = await startPreview(dirs.A).catch((e: unknown) => e as Error);
	const browser =
		preview instanceof Error ? undefined : await launchChromium().catch(() => undefined);
	try {
		if (preview instanceof Error) throw preview;
		if (!browser) throw new Error('Chromium could not start; set CHROMIUM_PATH');
		transfers = {
			queries: corpus.queries,
			contentPage: corpus.samplePage,
			...(await measureTransfers(browser, preview.url, corpus.queries, corpus.samplePage)),
		};
		progress('offline: measuring a first visit to the home page in Chromium…');
		const context = await browser.newContext({ baseURL: preview.url });
		try {
			const visit = await measureFirstVisit(context, '/');
			firstVisit = { files: visit.files.length, gzip: visit.gzip };
		} catch (error) {
			firstVisit = {
				error: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error),
			};
		} finally {
			await context.close();
		}
	} catch (error) {
		transfers = {
			error: error instanceof Error ? (error.message.split('\n')[0] ?? 'unknown') : String(error),
		};
	} finally {
		await browser?.close();
		if (!(preview instanceof Error)) preview.server.kill();
	}
}

const partial = {
	params: {
		pages,
		refs,
		runs,
		seed,
		source: values.source,
		node: process.version,
		cpus: cpus().length,
		date: new Date().toISOString(),
	},
	corpus: {
		dir,
		kinds: kindCounts(pages),
		references: refs,
		mdxKiB: size('content/'),
		bibKiB: size('bibliography/'),
	},
	builds,
	pairs,
	rebuild,
	audit,
	transfers,
	firstVisit,
	largestHtml,
	profiles: undefined as BenchResults['profiles'],
};
const ratio = pairs.length ? median(pairs.map((p) => p.ratio)) : 0;
if (values.profile === 'always' || (values.profile === 'auto' && ratio > 1.25)) {
	const profiles: Partial<Record<'A' | 'B', ReturnType<typeof summariseProfiles>>> = {};
	for (const v of ['A', 'B'] as const) {
		const profileDir = join(dir, 'profiles', `${v}-${Date.now()}`);
		await build(v, 'profile', {
			cold: true,
			nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
		});
		profiles[v] = summariseProfiles(profileDir);
	}
	if (profiles.A && profiles.B) partial.profiles = { A: profiles.A, B: profiles.B };
}

const results: BenchResults = { ...partial, budgets: checkBudgets(partial) };
writeFileSync(join(dir, 'bench-results.json'), `${JSON.stringify(results, null, '\t')}\n`);
process.stdout.write(formatReport(results));
process.stdout.write(
	`\nResults: ${join(dir, 'bench-results.json')}; build logs in ${join(dir, 'logs')}.\n`,
);
process.exitCode =
	builds.some((b) => b.exitCode !== 0) || results.budgets.some((b) => b.status === 'FAIL') ? 1 : 0;
