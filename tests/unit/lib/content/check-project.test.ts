// The project check reports every problem of a site together, each located and fixable.
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { formatProblem } from '../../../../src/errors.ts';
import { checkProject } from '../../../../src/lib/content/check-project.ts';

const site = (name: string) => join(process.cwd(), 'tests', 'fixtures', 'sites', name);

test('site with a citation to an unknown key', () => {
	const { problems } = checkProject(site('site with a citation to an unknown key'));
	expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
		[
		  "content/techniques/swedish-massage.mdx:10:52 Unknown citation key "smtih2011". Add it to bibliography/ or fix the key (closest: "cherkin2011").",
		  "content/techniques/swedish-massage.mdx:11:58 Unknown citation key "furlan2051". Add it to bibliography/ or fix the key (closest: "cherkin2011").",
		]
	`);
});

test('the project itself has no problems', () => {
	const { problems, pages } = checkProject(process.cwd());
	expect(problems.map(formatProblem)).toEqual([]);
	expect(pages.length).toBeGreaterThanOrEqual(5);
});

test('a page over the size limit is reported and skipped, quickly, without being parsed', async () => {
	const { cpSync, mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
	const { tmpdir } = await import('node:os');
	const dir = mkdtempSync(join(tmpdir(), 'bpe-big-page-'));
	try {
		cpSync(site('site with a citation to an unknown key'), dir, { recursive: true });
		// A pathological page: 300 KB of nested emphasis and braces would be slow to parse as MDX.
		writeFileSync(
			join(dir, 'content/techniques/huge page.mdx'),
			`---\ntitle: Huge\n---\n${'*_{'.repeat(100_000)}`,
		);
		const start = performance.now();
		const { problems } = checkProject(dir);
		expect(performance.now() - start).toBeLessThan(5000);
		expect(problems.map(formatProblem).filter((m) => m.includes('huge page')))
			.toMatchInlineSnapshot(`
			[
			  "content/techniques/huge page.mdx:1 The page is 300020 bytes, over the limit of 262144 bytes, so it was not read. Split it into several pages, or move long material to the sources it summarises.",
			]
		`);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
