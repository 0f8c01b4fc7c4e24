/** Runs `astro build` in a project copy, the way the build tests need it: output text and exit code. */
import { spawnSync } from 'node:child_process';

/** Builds the project at `cwd` with the project's own Astro; returns stdout+stderr and the status. */
export function astroBuild(cwd: string): { output: string; status: number | null } {
	const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	return { output: run.stdout + run.stderr, status: run.status };
}
