// The project check reports every problem of a site together, each located and fixable.
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { formatProblem } from '../../../src/errors.ts';
import { checkProject } from '../../../src/lib/check-project.ts';

const site = (name: string) => join(import.meta.dirname, 'fixtures', name);

test('site with a citation to an unknown key', () => {
	const { problems } = checkProject(site('site with a citation to an unknown key'));
	expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
		[
		  "content/techniques/swedish-massage.mdx:11:52 Unknown citation key "smtih2011". Add it to bibliography/ or fix the key (closest: "cherkin2011").",
		  "content/techniques/swedish-massage.mdx:12:58 Unknown citation key "furlan2051". Add it to bibliography/ or fix the key (closest: "cherkin2011").",
		]
	`);
});

test('the project itself has no problems', () => {
	const { problems, pages } = checkProject(process.cwd());
	expect(problems.map(formatProblem)).toEqual([]);
	expect(pages.length).toBeGreaterThanOrEqual(5);
});
