/**
 * Runs a command in a child process and measures it: wall time, peak memory of the whole process
 * tree (polled from /proc) and of its largest process (GNU time's %M, when /usr/bin/time exists),
 * and the time each output line arrived, so build phases can be told apart afterwards.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/** One output line and when it arrived, in ms after the start. */
export interface TimedLine {
	ms: number;
	text: string;
}

/** What one measured run gives. */
export interface RunResult {
	exitCode: number;
	wallMs: number;
	/** Peak of the summed resident memory of the process and all its descendants, polled. */
	peakTreeRssKb: number;
	/** Largest resident memory of any single process of the tree (GNU time %M); 0 when unknown. */
	maxProcessRssKb: number;
	/** The process tree's resident memory over time, one sample per poll: [ms, KiB]. */
	memory: [number, number][];
	lines: TimedLine[];
}

/** Options of a measured run. */
export interface RunOptions {
	cwd: string;
	env?: NodeJS.ProcessEnv;
	/** Where the full output is written. */
	logFile?: string;
	/** How often /proc is polled, in ms. */
	pollMs?: number;
}

const GNU_TIME = '/usr/bin/time';
const PAGE_KB = 4;
// https://en.wikipedia.org/wiki/ANSI_escape_code#CSI_(Control_Sequence_Introducer)_sequences
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

/** Strips terminal colour codes from a line. */
export const stripAnsi = (text: string): string => text.replace(ANSI, '');

/** Sums the resident memory (KiB) of `root` and all its descendants, read from /proc. */
export function treeRssKb(root: number): number {
	const children = new Map<number, number[]>();
	const rss = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			const ppid = Number(fields[1]);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
			rss.set(Number(name), Number(fields[21]) * PAGE_KB);
		} catch {
			// The process ended between listing and reading; it no longer holds memory.
		}
	}
	let total = 0;
	const stack = [root];
	while (stack.length) {
		const pid = stack.pop() ?? 0;
		total += rss.get(pid) ?? 0;
		stack.push(...(children.get(pid) ?? []));
	}
	return total;
}

/** Runs `command args` measured; never throws for a non-zero exit (see `exitCode`). */
export function runMeasured(
	command: string,
	args: readonly string[],
	options: RunOptions,
): Promise<RunResult> {
	const timeFile = `${options.logFile ?? `/tmp/bpe-bench-${process.pid}`}.time`;
	const useTime = existsSync(GNU_TIME);
	const [cmd, argv] = useTime
		? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]]
		: [command, [...args]];
	const started = performance.now();
	const child = spawn(cmd, argv, {
		cwd: options.cwd,
		env: { ...process.env, ...options.env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const lines: TimedLine[] = [];
	const raw: string[] = [];
	const rest = { stdout: '', stderr: '' };
	const take = (stream: 'stdout' | 'stderr', text: string, end = false) => {
		const ms = performance.now() - started;
		const parts = (rest[stream] + text).split('\n');
		rest[stream] = end ? '' : (parts.pop() ?? '');
		for (const part of parts) {
			raw.push(part);
			lines.push({ ms, text: stripAnsi(part) });
		}
	};
	child.stdout.on('data', (chunk: Buffer) => take('stdout', chunk.toString('utf8')));
	child.stderr.on('data', (chunk: Buffer) => take('stderr', chunk.toString('utf8')));
	let peak = 0;
	const memory: [number, number][] = [];
	const poll = setInterval(() => {
		if (!child.pid) return;
		const kb = treeRssKb(child.pid);
		peak = Math.max(peak, kb);
		memory.push([Math.round(performance.now() - started), kb]);
	}, options.pollMs ?? 200);
	return new Promise((done, fail) => {
		child.on('error', fail);
		child.on('close', (code) => {
			clearInterval(poll);
			const wallMs = performance.now() - started;
			for (const stream of ['stdout', 'stderr'] as const) if (rest[stream]) take(stream, '', true);
			let maxProcessRssKb = 0;
			if (useTime && existsSync(timeFile)) {
				maxProcessRssKb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop()) || 0;
				rmSync(timeFile, { force: true });
			}
			if (options.logFile) writeFileSync(options.logFile, `${raw.join('\n')}\n`);
			done({
				exitCode: code ?? 1,
				wallMs,
				peakTreeRssKb: Math.max(peak, maxProcessRssKb),
				maxProcessRssKb,
				memory,
				lines,
			});
		});
	});
}
