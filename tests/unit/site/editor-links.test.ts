import { expect, test } from 'vitest';
import { editUrl, localSourceViews, repoUrl } from '../../../src/site/editor-links.ts';
import { ruleSlug, byFile } from '../../../src/site/editors-queue.ts';

const REPO = 'https://git.example.org/team/back-pain-evidence/blob/main/';

test('without REPO_URL, a line links to the site source view', () => {
	expect(editUrl('content/techniques/cupping.mdx', 12, false, undefined)).toBe(
		'/editors/source/content/techniques/cupping.mdx/#L12',
	);
	expect(localSourceViews(false, undefined)).toBe(true);
});

test('with REPO_URL, a production build links to the repository web view; the dev server keeps the local view', () => {
	const repo = repoUrl(REPO);
	expect(editUrl('content/techniques/cupping.mdx', 12, false, repo)).toBe(
		'https://git.example.org/team/back-pain-evidence/blob/main/content/techniques/cupping.mdx#L12',
	);
	expect(editUrl('bibliography/a b.bib', 3, false, repo)).toBe(
		'https://git.example.org/team/back-pain-evidence/blob/main/bibliography/a%20b.bib#L3',
	);
	expect(localSourceViews(false, repo)).toBe(false);
	expect(editUrl('content/x.mdx', 1, true, repo)).toBe('/editors/source/content/x.mdx/#L1');
});

test('a REPO_URL that is not an http(s) address is refused with what to set', () => {
	expect(() => repoUrl('git@example.org:team/repo.git')).toThrow(
		/REPO_URL "git@example.org:team\/repo.git" is not a URL\. Set it to the web view/,
	);
	expect(() => repoUrl('ftp://example.org/repo')).toThrow(/uses "ftp:"; it must be an https:\/\//);
	expect(repoUrl('  ')).toBeUndefined();
});

test('rule slugs and grouping by file', () => {
	expect(ruleSlug('claims:uncited')).toBe('claims-uncited');
	const f = (file: string, line: number) =>
		({ file, line, column: 1, name: 'r', severity: 'warning', message: 'm' }) as never;
	expect(byFile([f('a', 1), f('a', 2), f('b', 1)]).map(([file, l]) => [file, l.length])).toEqual([
		['a', 2],
		['b', 1],
	]);
});
