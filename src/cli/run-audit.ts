/**
 * Runs every audit rule over the project's content (no paths) or over given files, and returns
 * the findings sorted by file and line. The CLI and the /editors/ page both call this.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sortProblems } from '../errors.ts';
import { checkProject, contentFiles } from '../lib/check-project.ts';
import { loadLibrary, projectPath } from '../lib/library.ts';
import { proseOf } from '../lib/prose.ts';
import { rule as bibliographyHygiene } from './checks/bibliography-hygiene.ts';
import { rule as citationsMiscited } from './checks/citations-miscited.ts';
import { rule as citationsUnresolved } from './checks/citations-unresolved.ts';
import { rule as claimsCheck } from './checks/claims-check.ts';
import { rule as claimsUncited } from './checks/claims-uncited.ts';
import type { AuditContext, AuditDocument, AuditRule, Finding } from './checks/types.ts';

/** Every rule, in report order. */
export const RULES: AuditRule[] = [claimsUncited, citationsUnresolved, citationsMiscited, claimsCheck, bibliographyHygiene];

/** File types the audit reads. */
export const AUDITED_EXTENSIONS = ['.mdx', '.md', '.txt', '.html', '.htm'];

/** Audits `paths` (project-relative or absolute), or the whole content/ when none are given. */
export function runAudit(root: string, paths: readonly string[] = [], now = new Date()): Finding[] {
	const library = loadLibrary(root);
	const project = paths.length === 0 ? checkProject(root) : undefined;
	const files = paths.length === 0 ? contentFiles(root).map((p) => resolve(root, p)) : paths.map((p) => resolve(p));
	const documents: AuditDocument[] = files.map((file) => {
		const source = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
		const path = projectPath(root, file);
		return { path, source, paragraphs: proseOf(path, source) };
	});
	const ctx: AuditContext = { library, documents, project, now };
	return sortProblems(RULES.flatMap((r) => r.run(ctx)));
}
