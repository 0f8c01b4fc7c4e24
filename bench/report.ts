/**
 * The benchmark's results, its budgets (each PASS, FAIL or n/a) and the printed table.
 */
import type { BuildFigures, FormattingFigures, Phases } from './build-output.ts';
import type { ProfileSummary } from './profile.ts';
import type { ContentScript, Transfer } from './transfer.ts';

/** One measured build. */
export interface BuildRun {
	variant: 'A' | 'B';
	label: string;
	exitCode: number;
	wallMs: number;
	peakTreeRssKb: number;
	maxProcessRssKb: number;
	htmlPages: number;
	/** One-minute load average when the build ended: above the CPU count, other work competed. */
	loadAverage: number;
	phases: Phases;
	/** When the tree's memory peaked, by phase. */
	memoryPeak: { phase: string; kb: number; ms: number } | undefined;
	figures: BuildFigures;
	log: string;
}

/** Everything one benchmark run found; written as bench-results.json. */
export interface BenchResults {
	params: {
		pages: number;
		refs: number;
		runs: number;
		seed: number;
		source: string;
		node: string;
		cpus: number;
		date: string;
	};
	corpus: {
		dir: string;
		kinds: Record<string, number>;
		references: number;
		mdxKiB: number;
		bibKiB: number;
	};
	builds: BuildRun[];
	pairs: { pair: number; aMs: number; bMs: number; ratio: number }[];
	rebuild: (BuildRun & { formatting: FormattingFigures | undefined }) | undefined;
	audit:
		| {
				exitCode: number;
				wallMs: number;
				auditMs: number | undefined;
				pagesPerSecond: number | undefined;
				summary: string;
		  }
		| undefined;
	transfers:
		| {
				queries: [string, string];
				contentPage: string;
				firstSearch: Transfer[];
				secondSearch: Transfer[];
				contentPageScripts: ContentScript[];
		  }
		| { error: string }
		| undefined;
	/** What a first visit to A's home page downloads, the offline shell included. */
	firstVisit: { files: number; gzip: number } | { error: string } | undefined;
	/** A's largest built HTML page. */
	largestHtml: { file: string; bytes: number } | undefined;
	profiles: { A: ProfileSummary; B: ProfileSummary } | undefined;
	budgets: Budget[];
}

/** One budget and whether the run kept it. */
export interface Budget {
	name: string;
	measured: string;
	status: 'PASS' | 'FAIL' | 'n/a';
	note?: string;
}

/** The median of a non-empty list (mean of the middle two for even lengths). */
export function median(values: readonly number[]): number {
	const s = [...values].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

const KB = 1024;
/** Bytes of the files a search fetches: Pagefind, scripts and the did-you-mean terms. */
export const searchBytes = (list: readonly Transfer[], key: 'raw' | 'gzip' = 'gzip'): number =>
	list.filter((t) => t.kind !== 'other').reduce((n, t) => n + t[key], 0);
const status = (ok: boolean): Budget['status'] => (ok ? 'PASS' : 'FAIL');

/** Checks every budget of the performance issue against the results. */
export function checkBudgets(r: Omit<BenchResults, 'budgets'>): Budget[] {
	const ok = r.builds.filter((b) => b.exitCode === 0);
	const ratio = r.pairs.length ? median(r.pairs.map((p) => p.ratio)) : undefined;
	const peakA = Math.max(0, ...ok.filter((b) => b.variant === 'A').map((b) => b.peakTreeRssKb));
	const peakB = Math.max(0, ...ok.filter((b) => b.variant === 'B').map((b) => b.peakTreeRssKb));
	const coldA = ok.filter((b) => b.variant === 'A' && b.label.startsWith('pair'));
	const coldMs = coldA.length ? median(coldA.map((b) => b.wallMs)) : undefined;
	const budgets: Budget[] = [
		ratio === undefined
			? { name: 'full build ≤ 1.25 × plain', measured: 'no pair built', status: 'n/a' }
			: {
					name: 'full build ≤ 1.25 × plain',
					measured: `${ratio.toFixed(2)} ×`,
					status: status(ratio <= 1.25),
				},
		{
			name: 'peak memory ≤ 1.1 × plain',
			measured:
				peakA && peakB
					? `${(peakA / peakB).toFixed(2)} × (A ${(peakA / KB / KB).toFixed(2)} GiB, B ${(peakB / KB / KB).toFixed(2)} GiB)`
					: 'not measured',
			status: peakA && peakB ? status(peakA <= 1.1 * peakB) : 'n/a',
		},
		r.rebuild && coldMs && r.rebuild.exitCode === 0
			? {
					name: 'rebuild after one edit ≤ 10% of a cold build',
					measured: `${(r.rebuild.wallMs / 1000).toFixed(1)} s, ${((100 * r.rebuild.wallMs) / coldMs).toFixed(0)}% of ${(coldMs / 1000).toFixed(1)} s`,
					status: status(r.rebuild.wallMs <= 0.1 * coldMs),
				}
			: {
					name: 'rebuild after one edit ≤ 10% of a cold build',
					measured: 'not run',
					status: 'n/a',
				},
		r.largestHtml
			? {
					name: 'largest HTML page ≤ 1 MB',
					measured: `${(r.largestHtml.bytes / 1e6).toFixed(2)} MB (${r.largestHtml.file})`,
					status: status(r.largestHtml.bytes <= 1e6),
				}
			: { name: 'largest HTML page ≤ 1 MB', measured: 'not measured', status: 'n/a' },
		r.firstVisit && 'gzip' in r.firstVisit
			? {
					name: 'first visit for offline ≤ 2 MB gzip',
					measured: `${(r.firstVisit.gzip / KB).toFixed(1)} KB, ${r.firstVisit.files} files`,
					status: status(r.firstVisit.gzip <= 2 * KB * KB),
				}
			: {
					name: 'first visit for offline ≤ 2 MB gzip',
					measured: r.firstVisit ? `error: ${r.firstVisit.error}` : 'not run',
					status: 'n/a',
				},
	];
	const f = r.rebuild?.formatting;
	budgets.push(
		f
			? {
					name: 'rebuild: reference formatting < 1 s',
					measured: `${Math.round(f.ms)} ms (${f.fromCache} from cache)`,
					status: status(f.ms < 1000),
				}
			: {
					name: 'rebuild: reference formatting < 1 s',
					measured: r.rebuild
						? `whole rebuild ${(r.rebuild.wallMs / 1000).toFixed(1)} s`
						: 'not run',
					status: 'n/a',
					note: 'the build prints no "formatted references:" line yet',
				},
	);
	const pps = r.audit?.pagesPerSecond;
	budgets.push({
		name: 'audit ≥ 2,000 pages/s',
		measured: pps === undefined ? 'not measured' : `${Math.round(pps)} pages/s`,
		status: pps === undefined ? 'n/a' : status(pps >= 2000),
	});
	const t = r.transfers;
	if (t && 'firstSearch' in t) {
		const first = searchBytes(t.firstSearch);
		const second = searchBytes(t.secondSearch);
		const js = t.contentPageScripts
			.filter((x) => x.purpose === 'other')
			.reduce((n, x) => n + x.bytes, 0);
		budgets.push(
			{
				name: 'first search ≤ 250 KB gzip',
				measured: `${(first / KB).toFixed(1)} KB`,
				status: status(first <= 250 * KB),
			},
			{
				name: 'second search ≤ 60 KB gzip',
				measured: `${(second / KB).toFixed(1)} KB`,
				status: status(second <= 60 * KB),
			},
			{
				name: 'content page JS 0 KB (no copy/search)',
				measured: `${(js / KB).toFixed(1)} KB`,
				status: status(js === 0),
			},
		);
	} else {
		for (const name of [
			'first search ≤ 250 KB gzip',
			'second search ≤ 60 KB gzip',
			'content page JS 0 KB (no copy/search)',
		])
			budgets.push({ name, measured: t ? `error: ${t.error}` : 'not run', status: 'n/a' });
	}
	return budgets;
}

const pad = (cells: readonly string[], widths: readonly number[]) =>
	cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
const table = (rows: readonly (readonly string[])[]): string => {
	const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
	return rows.map((r) => pad(r, widths)).join('\n');
};
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (kb: number) => `${Math.round(kb / KB)} MB`;

/** Renders the results as the table printed at the end of a run. */
export function formatReport(r: BenchResults): string {
	const out: string[] = [];
	const p = r.params;
	out.push(
		`Benchmark: ${p.pages} pages, ${p.refs} references, ${r.pairs.length} pair(s) of builds, code from ${p.source === 'head' ? 'the last commit' : 'the working tree'} (Node ${p.node}, ${p.cpus} CPUs)`,
	);
	out.push(
		`Corpus: ${r.corpus.dir} (${Object.entries(r.corpus.kinds)
			.map(([k, n]) => `${k} ${n}`)
			.join(', ')}; ${r.corpus.mdxKiB} KiB MDX, ${r.corpus.bibKiB} KiB BibTeX)`,
		'',
	);
	const of = (v: 'A' | 'B') => r.builds.filter((b) => b.variant === v && b.exitCode === 0);
	const med = (v: 'A' | 'B', f: (b: BuildRun) => number) =>
		of(v).length ? median(of(v).map(f)) : NaN;
	const phaseNames = [
		...new Set(r.builds.flatMap((b) => Object.keys(b.phases))),
	] as (keyof Phases)[];
	out.push(
		table([
			['builds (median)', 'A: project', 'B: plain', 'A/B'],
			[
				'wall time',
				s(med('A', (b) => b.wallMs)),
				s(med('B', (b) => b.wallMs)),
				(med('A', (b) => b.wallMs) / med('B', (b) => b.wallMs)).toFixed(2),
			],
			[
				'ms per corpus page',
				(med('A', (b) => b.wallMs) / p.pages).toFixed(1),
				(med('B', (b) => b.wallMs) / p.pages).toFixed(1),
				'',
			],
			[
				'HTML pages written',
				String(med('A', (b) => b.htmlPages)),
				String(med('B', (b) => b.htmlPages)),
				'',
			],
			[
				'ms per HTML page',
				med('A', (b) => b.wallMs / b.htmlPages).toFixed(1),
				med('B', (b) => b.wallMs / b.htmlPages).toFixed(1),
				'',
			],
			[
				'peak RSS, process tree',
				mb(med('A', (b) => b.peakTreeRssKb)),
				mb(med('B', (b) => b.peakTreeRssKb)),
				'',
			],
			[
				'load average at end',
				med('A', (b) => b.loadAverage).toFixed(1),
				med('B', (b) => b.loadAverage).toFixed(1),
				'',
			],
			[
				'peak RSS, largest process',
				mb(med('A', (b) => b.maxProcessRssKb)),
				mb(med('B', (b) => b.maxProcessRssKb)),
				'',
			],
			[
				'memory peaked during',
				of('A')[0]?.memoryPeak?.phase ?? '?',
				of('B')[0]?.memoryPeak?.phase ?? '?',
				'',
			],
			...phaseNames.map((n) => [
				`  phase: ${n}`,
				s(med('A', (b) => b.phases[n] ?? 0)),
				s(med('B', (b) => b.phases[n] ?? 0)),
				'',
			]),
		]),
		'',
	);
	out.push(
		table([
			['pair', 'A', 'B', 'A/B'],
			...r.pairs.map((x) => [String(x.pair), s(x.aMs), s(x.bMs), x.ratio.toFixed(2)]),
			['median', '', '', r.pairs.length ? median(r.pairs.map((x) => x.ratio)).toFixed(2) : '-'],
		]),
		'',
	);
	const failed = r.builds.filter((b) => b.exitCode !== 0);
	for (const b of failed) out.push(`FAILED BUILD ${b.label} (exit ${b.exitCode}); log: ${b.log}`);
	const a = of('A')[0];
	if (a?.figures.precachedKiB !== undefined)
		out.push(
			`A offline precache: ${a.figures.precachedFiles} files, ${(a.figures.precachedKiB / KB).toFixed(1)} MiB raw: the offline shell the service worker fetches on a first visit`,
		);
	if (r.rebuild)
		out.push(
			`A rebuild, caches kept, one page edited, bibliography unchanged: ${s(r.rebuild.wallMs)}${r.rebuild.formatting ? `, formatting ${Math.round(r.rebuild.formatting.ms)} ms` : ''}`,
		);
	if (r.audit)
		out.push(
			`audit over the corpus: ${r.audit.auditMs ?? '?'} ms in the audit, ${s(r.audit.wallMs)} with Node start-up; ${r.audit.summary}`,
		);
	const t = r.transfers;
	if (t && 'firstSearch' in t) {
		const parts = (list: readonly Transfer[]) =>
			(['pagefind', 'script', 'search terms'] as const)
				.map(
					(k) =>
						`${k} ${(list.filter((x) => x.kind === k).reduce((n, x) => n + x.gzip, 0) / KB).toFixed(1)}`,
				)
				.join(', ');
		out.push(
			`search "${t.queries[0]}" then "${t.queries[1]}": first ${t.firstSearch.length} files (${parts(t.firstSearch)} KB gzip), second ${t.secondSearch.length} files (${parts(t.secondSearch)} KB gzip)`,
		);
		const js = (p: ContentScript['purpose']) =>
			(
				t.contentPageScripts.filter((x) => x.purpose === p).reduce((n, x) => n + x.bytes, 0) / KB
			).toFixed(1);
		out.push(
			`content page ${t.contentPage} JavaScript: copy ${js('copy')} KB, search ${js('search')} KB, other ${js('other')} KB (raw)`,
		);
	}
	out.push(
		'',
		table([
			['budget', 'measured', 'result'],
			...r.budgets.map((b) => [b.name, b.measured, b.note ? `${b.status} (${b.note})` : b.status]),
		]),
	);
	if (r.profiles) {
		for (const v of ['A', 'B'] as const) {
			const pr = r.profiles[v];
			out.push(
				'',
				`CPU profile ${v} (${s(pr.totalMs)} sampled), self time by package:`,
				table(pr.packages.map((x) => [`  ${x.name}`, s(x.ms), `${(x.share * 100).toFixed(1)}%`])),
			);
			out.push(
				`top functions ${v}:`,
				table(
					pr.functions.map((x) => [
						`  ${x.name.slice(0, 90)}`,
						s(x.ms),
						`${(x.share * 100).toFixed(1)}%`,
					]),
				),
			);
		}
	}
	return `${out.join('\n')}\n`;
}
