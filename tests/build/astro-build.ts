/** Builds a project copy as `npm run build` does (src/publish/build-steps.ts): output text and exit code. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSteps } from '../../src/publish/build-steps.ts';

/** Builds the project at `cwd` with the project's own Astro; returns stdout+stderr and the status of the last step run. */
export function astroBuild(cwd: string): { output: string; status: number | null } {
	const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
	let output = '';
	let status: number | null = 0;
	for (const args of buildSteps()) {
		const run = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env });
		output += run.stdout + run.stderr;
		status = run.status;
		if (status !== 0) break;
	}
	return { output, status };
}

/**
 * A copy of the project in a temporary folder, ready to build or serve: the sources, content and
 * bibliography copied, and one link per package rather than one to node_modules, so Astro's data
 * store and Vite's cache (node_modules/.astro, .vite) stay in the copy and never touch the checkout's.
 */
export function copyProject(prefix: string): string {
	const copy = mkdtempSync(join(tmpdir(), prefix));
	for (const item of [
		'astro.config.mjs',
		'package.json',
		'tsconfig.json',
		'src',
		'content',
		'bibliography',
		'public',
	])
		cpSync(item, join(copy, item), { recursive: true });
	mkdirSync(join(copy, 'node_modules'));
	for (const name of readdirSync('node_modules'))
		if (!name.startsWith('.'))
			symlinkSync(join(process.cwd(), 'node_modules', name), join(copy, 'node_modules', name));
	return copy;
}
