/**
 * Runs every audit rule over the project's content (no paths) or over given files, and returns
 * the findings sorted by file and line. The CLI and the /editors/ page both call this. A page
 * (.mdx) gets every check the build runs on it, through the same functions, with the same
 * messages and limits; outside articles (.md, .txt, .html) get the prose rules.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { problem, sortProblems, type Problem } from '../../errors.ts';
import {
	checkPage,
	checkProject,
	contentFiles,
	projectContext,
	type CheckedPage,
} from '../content/check-project.ts';
import { isKind } from '../../schemas/kinds.ts';
import { MAX_PAGE_BYTES } from '../content/page-file.ts';
import { projectPath } from '../bibliography/library.ts';
import { proseOf } from './prose.ts';
import { rule as bibliographyHygiene } from './rules/bibliography-hygiene.ts';
import { rule as citationsMiscited } from './rules/citations-miscited.ts';
import { rule as citationsUnresolved } from './rules/citations-unresolved.ts';
import { rule as claimsCheck } from './rules/build-checks.ts';
import { rule as claimsUncited } from './rules/claims-uncited.ts';
import type { AuditContext, AuditDocument, AuditRule, Finding } from './types.ts';

/** Every rule, in report order. */
export const RULES: AuditRule[] = [
	claimsUncited,
	citationsUnresolved,
	citationsMiscited,
	claimsCheck,
	bibliographyHygiene,
];

/** File types the audit reads. */
export const AUDITED_EXTENSIONS = ['.mdx', '.md', '.txt', '.html', '.htm'];

/**
 * The largest outside article audited, in bytes; pages (.mdx) have the build's own limit. The
 * audit is linear in its input (about 1 s per MB on this project's machine), so the limit bounds
 * a run to seconds.
 */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** Audits `paths` (project-relative or absolute), or the whole content/ when none are given. */
export function runAudit(root: string, paths: readonly string[] = [], now = new Date()): Finding[] {
	const whole = paths.length === 0;
	const project = whole ? checkProject(root) : undefined;
	const ctx = projectContext(root);
	const files = whole
		? contentFiles(root).map((p) => resolve(root, p))
		: paths.map((p) => resolve(p));
	const pages: CheckedPage[] = project?.pages ?? [];
	const problems: Problem[] = project?.problems ?? [];
	const documents: AuditDocument[] = files.flatMap((file) => {
		const path = projectPath(root, file);
		const page = path.endsWith('.mdx');
		const limit = page ? MAX_PAGE_BYTES : MAX_ARTICLE_BYTES;
		const bytes = statSync(file).size;
		if (bytes > limit) {
			if (!whole || !page)
				problems.push(
					problem(
						page ? 'PageTooLarge' : 'ArticleTooLarge',
						{ file: path, line: 1 },
						{ bytes, limit },
					),
				);
			return [];
		}
		const text = readFileSync(file, 'utf8');
		if (page && !whole) {
			const checked = checkPage(ctx, path, text, { kind: kindOf(path) });
			problems.push(...checked.problems);
			pages.push(checked.page);
		}
		const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
		return [{ path, source, paragraphs: proseOf(path, source) }];
	});
	const audit: AuditContext = {
		library: ctx.library,
		documents,
		project: { pages, problems, findings: ctx.findings, whole },
		now,
	};
	return sortProblems(RULES.flatMap((r) => r.run(audit)));
}

/**
 * The kind a page is checked as: its content folder, or for a draft elsewhere the name of its
 * folder when that is a kind (drafts/techniques/x.mdx), else a technique page (the shared fields).
 */
function kindOf(path: string): string {
	const folders = path.split('/').slice(0, -1);
	return [...folders].reverse().find((f) => isKind(f)) ?? 'techniques';
}
