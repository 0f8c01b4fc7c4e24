/** Builds a project copy as `npm run build` does (src/lib/build-steps.ts): output text and exit code. */
import { spawnSync } from 'node:child_process';
import { buildSteps } from '../../../src/lib/build-steps.ts';

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
