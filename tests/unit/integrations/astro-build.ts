/** Builds a project copy as `npm run build` does (astro build, then the search index and precache): output text and exit code. */
import { spawnSync } from 'node:child_process';

/** Builds the project at `cwd` with the project's own Astro; returns stdout+stderr and the status. */
export function astroBuild(cwd: string): { output: string; status: number | null } {
	const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
	const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd, encoding: 'utf8', env });
	if (astro.status !== 0) return { output: astro.stdout + astro.stderr, status: astro.status };
	const finish = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', 'src/cli/finish-build.ts'], { cwd, encoding: 'utf8', env });
	return { output: astro.stdout + astro.stderr + finish.stdout + finish.stderr, status: finish.status };
}
