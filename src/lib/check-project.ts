/**
 * Checks the whole project in one pass and returns every problem, located: the bibliography,
 * each page's frontmatter against its schema, and every citation key in bodies and claims.
 * The build (src/integrations/evidence-check.ts) and the editors' CLI run this same function.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ZodType } from 'zod';
import { globSync } from 'tinyglobby';
import { problem, sortProblems, type Problem } from '../errors.ts';
import { CommonClaimSchema } from '../schemas/common-claim.ts';
import { ConditionSchema } from '../schemas/condition.ts';
import { GuidelineSchema } from '../schemas/guideline.ts';
import type { Page } from '../schemas/page.ts';
import { TechniqueSchema } from '../schemas/technique.ts';
import { findCitations } from './citation-syntax.ts';
import { citedKeys } from './cited-keys.ts';
import { placeInSource } from './source-position.ts';
import { checkClaim, type ClaimContext } from './claim-checks.ts';
import { closest } from './closest.ts';
import { loadPassages } from './passages.ts';
import { frontmatterProblem, locate, parseContentFile, type ContentFile } from './content-file.ts';
import { loadLibrary, type Library } from './library.ts';
import { checkMdxTree, MAX_PAGE_BYTES } from './mdx-safety.ts';

/** Content folders and the schema each one's frontmatter must satisfy. */
export const CONTENT_KINDS: Record<string, ZodType> = {
	techniques: TechniqueSchema,
	conditions: ConditionSchema,
	claims: CommonClaimSchema,
	guidelines: GuidelineSchema,
};

/** A checked content page: its file, its kind and its validated frontmatter (if valid). */
export interface CheckedPage {
	kind: string;
	slug: string;
	file: ContentFile;
	page: Page | undefined;
}

/** Lists the content pages of a project as project-relative paths. */
export function contentFiles(root: string): string[] {
	return globSync(`content/{${Object.keys(CONTENT_KINDS).join(',')}}/*.mdx`, { cwd: root }).sort();
}

/** Runs every build check over the project at `root`. */
export function checkProject(root: string): { problems: Problem[]; pages: CheckedPage[]; library: Library } {
	const library = loadLibrary(root);
	const problems: Problem[] = [...library.problems];
	const pages = contentFiles(root).flatMap((path) => {
		const kind = path.split('/')[1] ?? '';
		const bytes = statSync(resolve(root, path)).size;
		if (bytes > MAX_PAGE_BYTES) {
			problems.push(problem('PageTooLarge', { file: path, line: 1 }, { bytes, limit: MAX_PAGE_BYTES }));
			return [];
		}
		const file = parseContentFile(path, readFileSync(resolve(root, path), 'utf8'));
		problems.push(...file.problems);
		// Hostile input: nothing in a body may run (imports, expressions, raw HTML, javascript: URLs).
		if (file.tree) problems.push(...checkMdxTree(path, file.tree, file.body));
		const page = validateFrontmatter(file, CONTENT_KINDS[kind], problems);
		const checked: CheckedPage = { kind, slug: path.split('/').pop()?.replace(/\.mdx$/, '') ?? '', file, page };
		problems.push(...checkCitations(checked, library));
		// A syntax tree carries positions on every node and nothing after this point reads it:
		// keeping every page's tree made memory grow with the site.
		file.tree = undefined;
		return [checked];
	});
	const { passages, problems: passageProblems } = loadPassages(root, library.entries);
	problems.push(...passageProblems);
	const conditions = new Set(pages.filter((p) => p.kind === 'conditions').map((p) => p.slug));
	const ctx: ClaimContext = { byKey: library.byKey, passages, conditions };
	for (const checked of pages) problems.push(...checkClaims(checked, ctx));
	return { problems: sortProblems(problems), pages, library };
}

function validateFrontmatter(file: ContentFile, schema: ZodType | undefined, problems: Problem[]): Page | undefined {
	if (!schema || file.problems.length) return undefined;
	const result = schema.safeParse(file.data);
	if (result.success) return result.data as Page;
	for (const issue of result.error.issues) {
		const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
		problems.push(frontmatterProblem(file, path, issueText(issue), 'Fix the value as the README\'s "Adding a page" section shows'));
	}
	return undefined;
}

function issueText(issue: { code: string; message: string; input?: unknown }): string {
	if (issue.code === 'invalid_type' && issue.input === undefined) return 'is missing';
	return issue.message.replace(/^Invalid input: /, 'is invalid: ');
}

/** Runs the claim checks of src/lib/claim-checks.ts on every claim of a page. */
function checkClaims(checked: CheckedPage, ctx: ClaimContext): Problem[] {
	const out: Problem[] = [];
	const seen = new Set<string>();
	checked.page?.evidence.forEach((claim, i) => {
		const at = (path: readonly (string | number)[]) => ({ file: checked.file.path, ...locate(checked.file, ['evidence', i, ...path]) });
		if (seen.has(claim.id)) out.push(problem('DuplicateClaimId', at(['id']), { id: claim.id }));
		seen.add(claim.id);
		out.push(...checkClaim(claim, ctx, at));
	});
	return out;
}

/** Every citation key in the body and in claims must exist in the bibliography. */
function checkCitations(checked: CheckedPage, library: Library): Problem[] {
	const out: Problem[] = [];
	const { file } = checked;
	const known = new Set(citedKeys(file.body, checked.page?.evidence ?? []).filter((k) => library.byKey.has(k)));
	const unknown = (key: string, where: { line: number; column: number }) =>
		out.push(
			problem('UnknownCitationKey', { file: file.path, ...where }, {
				key,
				closest: closest(key, library.byKey.keys(), known),
			}),
		);
	if (file.tree) {
		visit(file.tree, 'text', (node: Text, _i, parent) => {
			if (parent?.type === 'link' || node.position?.start.offset === undefined) return;
			const start = node.position.start.offset;
			for (const match of findCitations(node.value)) {
				for (const item of match.items) {
					if (!library.byKey.has(item.key)) unknown(item.key, placeInSource(file.body, start, item.offset, `@${item.key}`));
				}
			}
		});
	}
	checked.page?.evidence.forEach((claim, i) => {
		claim.sources.forEach((key, j) => {
			if (!library.byKey.has(key)) unknown(key, locate(file, ['evidence', i, 'sources', j]));
		});
	});
	return out;
}
