// The README's finding example is valid as written and is the real finding it says it is, so an
// editor who copies it starts from something the build accepts.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkProject } from '../../src/lib/content/check-project.ts';
import { FindingSchema } from '../../src/schemas/finding.ts';

const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## Writing a finding'));
const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';

test('the README example of a finding passes the schema', () => {
	const [finding] = parse(example) as unknown[];
	const result = FindingSchema.safeParse(finding);
	expect(result.error?.issues ?? []).toEqual([]);
});

test('the example is the stored finding it copies: same effect and quote', () => {
	const [example0] = parse(example) as { id: string; quote: string; effect: object }[];
	const stored = checkProject(process.cwd()).findings.get(`cherkin2011/${example0?.id}`);
	expect(stored).toBeDefined();
	expect(stored?.quote).toBe(example0?.quote);
	expect(stored?.effect).toEqual(example0?.effect);
});
