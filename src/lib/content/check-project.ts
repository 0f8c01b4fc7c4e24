/**
 * Checks the whole project, or one page, and returns every problem, located: the bibliography
 * and passages, each page's file name, frontmatter (read as Astro reads it, ./content-file.ts)
 * against its schema, its body's safety, every citation key, retracted sources wherever they are
 * cited, page slugs, the findings a page shows or names, and every finding against its source
 * (content/findings/, ./findings.ts and ./finding-checks.ts). The build
 * (src/integrations/evidence-check.ts), the dev-server guard and the editors' audit run these
 * same functions.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Text } from 'mdast';
import { globSync } from 'tinyglobby';
import { visit } from 'unist-util-visit';
import type { ZodType } from 'zod';
import { problem, sortProblems, type Problem } from '../../errors.ts';
import type { Finding } from '../../schemas/finding.ts';
import { isKind, KIND_NAMES, KINDS } from '../../schemas/kinds.ts';
import type { Page } from '../../schemas/page.ts';
import { retractionOf } from '../bibliography/rules.ts';
import { findCitations } from './citation-syntax.ts';
import { checkFinding, type FindingContext } from './finding-checks.ts';
import { loadFindings, locateInFindings, type FindingsFile } from './findings.ts';
import { findingsOf, splitSafety } from './shown-findings.ts';
import { closest } from '../closest.ts';
import {
	frontmatterProblem,
	locate,
	MAX_PAGE_BYTES,
	parseContentFile,
	type ContentFile,
} from './page-file.ts';
import { loadLibrary, type Library } from '../bibliography/library.ts';
import { checkMdxTree } from './mdx-safety.ts';
import { loadPassages, type Passage } from './passages.ts';
import { isPageSlug, pageSlugOf, suggestedSlug } from './page-slug.ts';
import { issueTexts } from './schema-issues.ts';
import { placeInSource } from '../source-position.ts';

/** A checked content page: its file, its kind and its validated frontmatter (if valid). */
export interface CheckedPage {
	kind: string;
	slug: string;
	file: ContentFile;
	page: Page | undefined;
}

/** What checking a page needs to know about the rest of the project. */
export interface ProjectContext {
	root: string;
	library: Library;
	passages: ReadonlyMap<string, readonly Passage[]>;
	/** Slugs of the condition and technique pages, from their file names. */
	slugs: { conditions: ReadonlySet<string>; techniques: ReadonlySet<string> };
	/** Every finding, by id, and the files they are read from. */
	findings: ReadonlyMap<string, Finding>;
	findingFiles: readonly FindingsFile[];
	/** Problems of the bibliography, the passages and the findings. */
	problems: Problem[];
}

/** Lists the content pages of a project (what Astro publishes) as project-relative paths. */
export function contentFiles(root: string): string[] {
	return globSync(`content/{${KIND_NAMES.join(',')}}/*.mdx`, { cwd: root }).sort();
}

/** Loads the bibliography, the passages and the page slugs once, for any number of page checks. */
export function projectContext(root: string): ProjectContext {
	const library = loadLibrary(root);
	const { passages, problems } = loadPassages(root, library.entries);
	const slugsOf = (kind: string) =>
		new Set(
			contentFiles(root)
				.filter((p) => p.split('/')[1] === kind)
				.map(pageSlugOf)
				.filter(isPageSlug),
		);
	const slugs = { conditions: slugsOf('conditions'), techniques: slugsOf('techniques') };
	const findings = loadFindings(root, library.entries.map((e) => e.key));
	const findingCtx: FindingContext = { byKey: library.byKey, passages, ...slugs };
	const findingProblems = findings.files.flatMap((file) =>
		file.findings.flatMap((f) =>
			checkFinding(f, findingCtx, (steps) => locateInFindings(file, f.key, steps)),
		),
	);
	return {
		root,
		library,
		passages,
		slugs,
		findings: findings.byKey,
		findingFiles: findings.files,
		problems: [...library.problems, ...problems, ...findings.problems, ...findingProblems],
	};
}

/** Runs every build check over the project at `root`. */
export function checkProject(root: string): {
	problems: Problem[];
	pages: CheckedPage[];
	library: Library;
	findings: ReadonlyMap<string, Finding>;
} {
	const ctx = projectContext(root);
	const problems: Problem[] = [...ctx.problems, ...unreadContentFiles(root)];
	const pages = contentFiles(root).flatMap((path) => {
		const checked = checkPageFile(ctx, path);
		problems.push(...checked.problems);
		return checked.page ? [checked.page] : [];
	});
	problems.push(...unshownFindings(ctx, pages));
	return { problems: sortProblems(problems), pages, library: ctx.library, findings: ctx.findings };
}

/** Checks one page on disk; a page over the size limit is reported without being read. */
export function checkPageFile(
	ctx: ProjectContext,
	path: string,
): { problems: Problem[]; page?: CheckedPage } {
	const bytes = statSync(resolve(ctx.root, path)).size;
	if (bytes > MAX_PAGE_BYTES)
		return {
			problems: [
				problem('PageTooLarge', { file: path, line: 1 }, { bytes, limit: MAX_PAGE_BYTES }),
			],
		};
	return checkPage(ctx, path, readFileSync(resolve(ctx.root, path), 'utf8'));
}

/** Checks one page's text, exactly the bytes Astro compiles; every problem of the page is reported. */
export function checkPage(
	ctx: ProjectContext,
	path: string,
	text: string,
	options: { kind?: string } = {},
): { problems: Problem[]; page: CheckedPage } {
	const kind = options.kind ?? path.split('/')[1] ?? '';
	const file = parseContentFile(path, text);
	const problems = [...file.problems];
	const slug = pageSlugOf(path);
	// The file name becomes the URL only inside content/ (a draft elsewhere is named when it moves).
	if (path.startsWith('content/') && !isPageSlug(slug))
		problems.push(
			problem(
				'InvalidFileName',
				{ file: path, line: 1, column: 1 },
				{ name: basename(path), suggested: `${suggestedSlug(slug)}.mdx` },
			),
		);
	// Hostile input: nothing in a body may run (imports, expressions, raw HTML, javascript: URLs).
	if (file.tree) problems.push(...checkMdxTree(path, file.tree, file.body));
	const schema: ZodType | undefined = isKind(kind) ? KINDS[kind].schema : undefined;
	const page =
		schema && !file.problems.some((p) => p.name !== 'MdxSyntax')
			? validateFrontmatter(file, schema, problems)
			: undefined;
	const checked: CheckedPage = { kind, slug, file, page };
	problems.push(...checkCitations(file, ctx.library), ...checkSlugLists(file, ctx));
	problems.push(...checkFindingRefs(file, ctx));
	const shown = findingsOf(ctx, kind, slug, page);
	// On technique and condition pages, safety findings have their own section: the page must still
	// show a finding on whether the technique works, or say what was searched.
	if (page && splitSafety(kind, shown).effects.length === 0 && !page.searched && isKind(kind))
		problems.push(
			problem(
				'NoSearchStatement',
				{ file: path, ...locate(file, []) },
				{
					what:
						kind === 'techniques' || kind === 'conditions'
							? `no finding in content/findings/ about its effects is tagged ${JSON.stringify(slug)}`
							: 'its findings: list is empty',
				},
			),
		);
	// A syntax tree carries positions on every node and nothing after this point reads it:
	// keeping every page's tree made memory grow with the site.
	file.tree = undefined;
	return { problems: sortProblems(problems), page: checked };
}

function validateFrontmatter(
	file: ContentFile,
	schema: ZodType,
	problems: Problem[],
): Page | undefined {
	const result = schema.safeParse(file.data);
	if (result.success) return result.data as Page;
	for (const issue of issueTexts(schema, file.data, result.error.issues))
		problems.push(frontmatterProblem(file, issue.path, issue.detail, issue.fix));
	return undefined;
}

/** A common-claim or guideline page's `findings:` must name existing findings. */
function checkFindingRefs(file: ContentFile, ctx: ProjectContext): Problem[] {
	const list = (file.data as { findings?: unknown }).findings;
	if (!Array.isArray(list)) return [];
	return list.flatMap((id, i) =>
		typeof id === 'string' && !ctx.findings.has(id)
			? [
					problem(
						'UnknownFinding',
						{ file: file.path, ...locate(file, ['findings', i]) },
						{ id, closest: closest(id, ctx.findings.keys()) },
					),
				]
			: [],
	);
}

/** A finding no page shows (no tag, no reference) would be checked and never read. */
function unshownFindings(ctx: ProjectContext, pages: readonly CheckedPage[]): Problem[] {
	const referenced = new Set(pages.flatMap((p) => (p.file.data as { findings?: string[] }).findings ?? []));
	return ctx.findingFiles.flatMap((file) =>
		file.findings
			.filter(
				(f) => f.techniques.length === 0 && f.conditions.length === 0 && !referenced.has(f.key),
			)
			.map((f) => problem('UnshownFinding', locateInFindings(file, f.key, ['id']), { key: f.key })),
	);
}

/**
 * Every citation key in the body must exist in the bibliography, and a body
 * citation of a retracted source must say so (`[@key, retracted]`); a superseded one warns.
 */
function checkCitations(file: ContentFile, library: Library): Problem[] {
	const out: Problem[] = [];
	const cited = new Set(
		findCitations(file.body)
			.flatMap((m) => m.items.map((i) => i.key))
			.filter((k) => library.byKey.has(k)),
	);
	const unknown = (key: string, where: { line: number; column: number }) =>
		out.push(
			problem(
				'UnknownCitationKey',
				{ file: file.path, ...where },
				{ key, closest: closest(key, library.byKey.keys(), cited) },
			),
		);
	if (file.tree) {
		visit(file.tree, 'text', (node: Text, _i, parent) => {
			if (parent?.type === 'link' || node.position?.start.offset === undefined) return;
			const start = node.position.start.offset;
			for (const match of findCitations(node.value)) {
				for (const item of match.items) {
					const where = placeInSource(file.body, start, item.offset, `@${item.key}`);
					const fields = library.byKey.get(item.key)?.fields;
					if (!fields) {
						unknown(item.key, where);
						continue;
					}
					const retraction = retractionOf(fields);
					if (retraction && !/\bretracted\b/i.test(item.locator))
						out.push(
							problem(
								'RetractedCitation',
								{ file: file.path, ...where },
								{ key: item.key, how: retraction },
							),
						);
					const newer = fields['supersededby'];
					if (newer)
						out.push(
							problem(
								'SupersededSource',
								{ file: file.path, ...where },
								{ key: item.key, newer },
								'warning',
							),
						);
				}
			}
		});
	}
	return out;
}

/** The `conditions:` and `techniques:` lists of a page must name existing pages. */
function checkSlugLists(file: ContentFile, ctx: ProjectContext): Problem[] {
	const out: Problem[] = [];
	const data = file.data as Record<string, unknown>;
	for (const [field, kind] of [
		['conditions', 'condition'],
		['techniques', 'technique'],
	] as const) {
		const list = data[field];
		if (!Array.isArray(list)) continue;
		const known = ctx.slugs[field];
		list.forEach((slug, i) => {
			// A value that is not slug-shaped is already reported by the schema.
			if (typeof slug === 'string' && isPageSlug(slug) && !known.has(slug))
				out.push(
					problem(
						'UnknownSlug',
						{ file: file.path, ...locate(file, [field, i]) },
						{ kind, slug, closest: closest(slug, known) },
					),
				);
		});
	}
	return out;
}

/** Files in the content folders that Astro would silently skip: other extensions, subfolders. */
function unreadContentFiles(root: string): Problem[] {
	const out: Problem[] = [];
	for (const path of globSync(`content/{${KIND_NAMES.join(',')}}/**/*`, {
		cwd: root,
		dot: true,
	}).sort()) {
		const parts = path.split('/');
		const name = parts.at(-1) ?? '';
		if (parts.length === 3 && name.endsWith('.mdx')) continue;
		const nested = parts.length > 3;
		out.push(
			problem(
				'UnreadContentFile',
				{ file: path, line: 1, column: 1 },
				{
					name,
					why: nested
						? `the build reads only the files directly inside content/${parts[1]}/, not subfolders`
						: 'the build reads only .mdx files',
					fix: nested
						? `Move it to content/${parts[1]}/ or delete it`
						: `Rename it to ${suggestedSlug(name.replace(/\.[^.]*$/, ''))}.mdx or delete it`,
				},
			),
		);
	}
	return out;
}
