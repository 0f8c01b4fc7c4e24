/**
 * Reads what an `astro build` printed: when each phase ended (from line arrival times), the
 * figures our integrations log (Pagefind pages and time, offline precache size) and the
 * reference-formatting line of the formatted-reference cache.
 */
import type { TimedLine } from './measure.ts';

/** Time spent in each phase of a build, in ms; a phase the build did not log is absent. */
export type Phases = Partial<
	Record<
		| 'startup and checks'
		| 'content sync'
		| 'types and build info'
		| 'bundle'
		| 'render pages'
		| 'pagefind'
		| 'offline precache'
		| 'finish',
		number
	>
>;

/** Figures the build logs about itself. */
export interface BuildFigures {
	pagesBuilt: number | undefined;
	pagefindPages: number | undefined;
	pagefindMs: number | undefined;
	precachedFiles: number | undefined;
	precachedKiB: number | undefined;
}

/** Reference formatting as the formatted-reference cache reports it. */
export interface FormattingFigures {
	formatted: number;
	fromCache: number;
	ms: number;
}

const at = (lines: readonly TimedLine[], pattern: RegExp): TimedLine | undefined =>
	lines.find((l) => pattern.test(l.text));
const num = (line: TimedLine | undefined, pattern: RegExp, group = 1): number | undefined => {
	const m = line ? pattern.exec(line.text) : null;
	return m?.[group] === undefined ? undefined : Number(m[group]);
};

/** Reads the build's own figures from its output. */
export function buildFigures(lines: readonly TimedLine[]): BuildFigures {
	const pagefind = at(lines, /\[pagefind\] indexed \d+ pages in \d+ ms/);
	const offline = at(lines, /\[offline\] precached \d+ files \(\d+ KiB\)/);
	return {
		pagesBuilt: num(at(lines, /\[build\] \d+ page\(s\) built in/), /(\d+) page\(s\) built/),
		pagefindPages: num(pagefind, /indexed (\d+) pages/),
		pagefindMs: num(pagefind, /in (\d+) ms/),
		precachedFiles: num(offline, /precached (\d+) files/),
		precachedKiB: num(offline, /\((\d+) KiB\)/),
	};
}

type PhaseName = keyof Phases;

/** The phases of a build as [name, start ms, end ms], in order, from the lines that end each. */
export function phaseSpans(
	lines: readonly TimedLine[],
	wallMs: number,
): [PhaseName, number, number][] {
	const syncing = at(lines, /\[content\] Syncing content/)?.ms;
	const synced = at(lines, /\[content\] Synced content/)?.ms;
	const bundling = at(lines, /Building static entrypoints/)?.ms;
	const rearranged = at(lines, /Rearranging server assets/)?.ms;
	const pagefindLine = at(lines, /\[pagefind\] indexed/);
	const pagefindMs = num(pagefindLine, /in (\d+) ms/);
	const offline = at(lines, /\[offline\] precached/)?.ms;
	const spans: [PhaseName, number | undefined, number | undefined][] = [
		['startup and checks', 0, syncing],
		['content sync', syncing, synced],
		['types and build info', synced, bundling],
		['bundle', bundling, rearranged],
		[
			'render pages',
			rearranged,
			pagefindLine && pagefindMs !== undefined ? pagefindLine.ms - pagefindMs : undefined,
		],
		[
			'pagefind',
			pagefindLine && pagefindMs !== undefined ? pagefindLine.ms - pagefindMs : undefined,
			pagefindLine?.ms,
		],
		['offline precache', pagefindLine?.ms, offline],
		['finish', offline ?? pagefindLine?.ms, wallMs],
	];
	return spans.filter(
		(x): x is [PhaseName, number, number] => x[1] !== undefined && x[2] !== undefined,
	);
}

/** Splits a build's wall time into phases by the lines that end each phase. */
export function buildPhases(lines: readonly TimedLine[], wallMs: number): Phases {
	return Object.fromEntries(phaseSpans(lines, wallMs).map(([name, from, to]) => [name, to - from]));
}

/** The phase during which the process tree's memory peaked, with the peak in KiB. */
export function memoryPeak(
	lines: readonly TimedLine[],
	wallMs: number,
	memory: readonly [number, number][],
): { phase: string; kb: number; ms: number } | undefined {
	const top = memory.reduce<[number, number] | undefined>(
		(best, s) => (!best || s[1] > best[1] ? s : best),
		undefined,
	);
	if (!top) return undefined;
	const span = phaseSpans(lines, wallMs).find(([, from, to]) => top[0] >= from && top[0] <= to);
	return { phase: span?.[0] ?? 'unknown', kb: top[1], ms: top[0] };
}

/**
 * The reference-formatting figures of a build, read from the lines
 * `formatted references: <n> formatted, <m> from cache, <ms> ms` that the formatted-reference
 * cache prints (summed, as each build step that formats prints its own); undefined when the
 * build prints none.
 */
export function formattingFromOutput(lines: readonly TimedLine[]): FormattingFigures | undefined {
	const pattern = /formatted references: (\d+) formatted, (\d+) from cache, (\d+(?:\.\d+)?) ms/g;
	const found = lines.flatMap((l) => [...l.text.matchAll(pattern)]);
	if (found.length === 0) return undefined;
	return found.reduce(
		(sum, m) => ({
			formatted: sum.formatted + Number(m[1]),
			fromCache: sum.fromCache + Number(m[2]),
			ms: sum.ms + Number(m[3]),
		}),
		{ formatted: 0, fromCache: 0, ms: 0 },
	);
}
