/**
 * Runs the project checks (src/lib/check-project.ts) before `astro build` and fails the build
 * once, listing every problem as `path:line:col message`, without a stack trace.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../errors.ts';
import { checkProject } from '../lib/check-project.ts';

/** The integration; `astro dev` reports the same problems as warnings and keeps serving. */
export function evidenceCheck(): AstroIntegration {
	return {
		name: 'evidence-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				if (command !== 'build' && command !== 'dev') return;
				const { problems } = checkProject(fileURLToPath(config.root));
				const errors = problems.filter((p) => p.severity === 'error');
				for (const p of problems) (p.severity === 'error' ? console.error : logger.warn)(formatProblem(p));
				if (errors.length && command === 'build') {
					console.error(`\n${errors.length} problem${errors.length === 1 ? '' : 's'} in content or bibliography; the build stops here.`);
					process.exit(1);
				}
			},
		},
	};
}
