/**
 * Runs the project checks (src/lib/content/check-project.ts) before `astro build` and fails the build
 * once, listing every problem as `path:line:col message`, without a stack trace. Warnings are
 * printed, located, and the build goes on.
 *
 * A Vite plugin then guards every content page at the moment it is compiled: it receives the
 * exact text @astrojs/mdx compiles next, and unless that text is byte for byte a text the checks
 * passed, it checks it again and refuses it with the located problems. So a page edited while
 * `astro dev` runs is checked on its next request and shows the error instead of being served,
 * and in a build nothing reaches the compiler that the checks did not see.
 */
import { repoUrl } from '../site/editor-links.ts';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, type Problem } from '../errors.ts';
import {
	checkPage,
	checkPageFile,
	checkProject,
	projectContext,
} from '../lib/content/check-project.ts';
import { digestOf } from '../lib/content/page-file.ts';

/**
 * The error that refuses a page: located (Vite's overlay and Astro's error page show the file
 * and line), with the project's messages and no stack trace, which would only show this file.
 */
function refusal(path: string, file: string, errors: readonly Problem[]): Error {
	const first = errors[0];
	const error = new Error(
		`${errors.length} problem${errors.length === 1 ? '' : 's'} in ${path}; the page is not served until they are fixed:\n${errors.map(formatProblem).join('\n')}`,
	);
	error.name = 'ContentCheckError';
	error.stack = `${error.name}: ${error.message}`;
	Object.assign(error, {
		loc: { file, line: first?.line ?? 1, column: first?.column ?? 1 },
		hint: 'Fix the page; it is checked again when you save it.',
	});
	return error;
}

/** The integration; `astro dev` reports the same problems as warnings and keeps serving the rest. */
export function evidenceCheck(): AstroIntegration {
	let root = process.cwd();
	/** Hashes of page texts that passed every check, by absolute path. */
	const passed = new Map<string, string>();
	const report = (logger: AstroIntegrationLogger, problems: readonly Problem[]) => {
		for (const p of problems) {
			if (p.severity === 'error') console.error(formatProblem(p));
			else logger.warn(formatProblem(p));
		}
	};
	const isPage = (file: string) => {
		const path = relative(root, file).split('\\').join('/');
		return /^content\/[^/]+\/[^/]+\.mdx$/.test(path) ? path : undefined;
	};
	return {
		name: 'evidence-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger, updateConfig }) => {
				if (command !== 'build' && command !== 'dev') return;
				root = fileURLToPath(config.root);
				// A bad REPO_URL (src/site/editor-links.ts) stops the build here, in one line, rather
				// than with a stack trace from the first page that links to a line.
				try {
					repoUrl();
				} catch (error) {
					const failure = new AstroError(
						error instanceof Error ? error.message : String(error),
						'Fix or unset REPO_URL, then build again.',
					);
					failure.stack = '';
					throw failure;
				}
				const { problems, pages } = checkProject(root);
				report(logger, problems);
				const failed = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
				for (const page of pages) {
					if (!failed.has(page.file.path))
						passed.set(`${root}/${page.file.path}`.replace(/\/+/g, '/'), page.file.digest);
				}
				const errors = problems.filter((p) => p.severity === 'error');
				if (errors.length && command === 'build') {
					// Fail the build the Astro way: an AstroError, whose message and hint Astro prints. The
					// problems themselves were printed above, one located line each; the stack would only
					// point into this file, so it is left out.
					const failure = new AstroError(
						`${errors.length} problem${errors.length === 1 ? '' : 's'} in content or bibliography; the build stops here.`,
						'Fix each problem listed above at its file, line and column, then build again.',
					);
					failure.stack = '';
					throw failure;
				}
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'bpe-evidence-guard',
								// Before @astrojs/mdx (also 'pre'; this integration is listed first).
								enforce: 'pre',
								transform(code: string, id: string) {
									// The module @astrojs/mdx compiles: its transform matches /\.mdx$/, so an id with a
									// query (Astro's ?astroPropagatedAssets wrapper) is not page text.
									const file = id;
									const path = isPage(file);
									if (!path || passed.get(file) === digestOf(code)) return;
									const checked = checkPage(projectContext(root), path, code);
									const errors = checked.problems.filter((p) => p.severity === 'error');
									if (errors.length === 0) {
										passed.set(file, digestOf(code));
										return;
									}
									passed.delete(file);
									throw refusal(path, file, errors);
								},
							},
						],
					},
				});
			},
			'astro:server:setup': ({ server, logger }) => {
				// Print a changed page's problems as soon as it is saved; the guard above refuses to serve it.
				const recheck = (file: string) => {
					const path = isPage(file);
					if (path) report(logger, checkPageFile(projectContext(root), path).problems);
					// A changed source can change what any page's claims may say.
					else if (relative(root, file).startsWith('bibliography')) passed.clear();
				};
				server.watcher.on('change', recheck);
				server.watcher.on('add', recheck);
			},
		},
	};
}
