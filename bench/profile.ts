/**
 * Summarises V8 CPU profiles (`node --cpu-prof`): self time per function and per package, so a
 * slow build can be traced to the code that spends the time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface CpuProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
	nodes: CpuProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

/** Self time of one function or package, in ms and as a share of the profile. */
export interface SelfTime {
	name: string;
	ms: number;
	share: number;
}

/** Where the time of one or more profiles went. */
export interface ProfileSummary {
	totalMs: number;
	functions: SelfTime[];
	packages: SelfTime[];
}

/** The package (or `project`, `node` or a V8 pseudo-frame) that a script URL belongs to. */
export function packageOf(url: string, functionName: string): string {
	if (!url) return functionName.startsWith('(') ? functionName : '(native)';
	if (url.startsWith('node:')) return 'node (built-in)';
	const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
	if (m?.[1]) return m[1];
	const src = /\/(src\/[^/]+|content|astro\.config\.mjs|dist|\.astro)/.exec(url);
	return src?.[1] ? `project ${src[1]}` : url.replace(/^file:\/\//, '');
}

/** Summarises every `.cpuprofile` in `dir`; `top` rows per table. */
export function summariseProfiles(dir: string, top = 15): ProfileSummary {
	const byFunction = new Map<string, number>();
	const byPackage = new Map<string, number>();
	let total = 0;
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
		const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
		const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
		profile.samples.forEach((id, i) => {
			const ms = (profile.timeDeltas[i] ?? 0) / 1000;
			const frame = nodes.get(id)?.callFrame;
			if (!frame) return;
			total += ms;
			const where = frame.url
				? `${frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(src\/)/, '$1')}:${frame.lineNumber + 1}`
				: '';
			const name = `${frame.functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
			byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
			const pkg = packageOf(frame.url, frame.functionName);
			byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
		});
	}
	const rows = (map: Map<string, number>) =>
		[...map]
			.sort((a, b) => b[1] - a[1])
			.slice(0, top)
			.map(([name, ms]) => ({ name, ms: Math.round(ms), share: total ? ms / total : 0 }));
	return { totalMs: Math.round(total), functions: rows(byFunction), packages: rows(byPackage) };
}
