// `astro build` on a copy of the project with a misspelt key and a finding whose number the source
// never reports fails once, listing both problems located, without a stack trace.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, copyProject } from './astro-build.ts';
import { afterAll, beforeAll, expect, test } from 'vitest';

const copy = copyProject('bpe-build-');
const page = 'content/techniques/swedish-massage.mdx';
const findingsFile = 'content/findings/cherkin2011.yaml';
let output = '';
let status: number | null = null;
let typo = { line: 0, column: 0 };
let statementLine = 0;

const FINDING = `
- id: seventy-two-percent
  techniques: [swedish-massage]
  conditions: [chronic-low-back-pain]
  statement: Relaxation massage gave a 72% reduction in pain.
  population: adults with chronic low back pain
  outcome: pain
  comparison: usual care
  followUp: 10 weeks
  direction: benefit
  certainty: low
  certaintySource: editors
  certaintyReason: One randomised trial.
  quote: "The adjusted mean RDQ score was 2.9 points"
  locator: abstract
`;

beforeAll(() => {
	const findings = readFileSync(join(copy, findingsFile), 'utf8');
	const appended = `${findings.trimEnd()}\n${FINDING}`;
	statementLine = appended.split('\n').findIndex((l) => l.includes('72%')) + 1;
	writeFileSync(join(copy, findingsFile), appended);
	let text = readFileSync(join(copy, page), 'utf8');
	const at = text.indexOf('[@cherkin2011]', text.indexOf('\n---', 4));
	text = `${text.slice(0, at)}[@smtih2011]${text.slice(at + '[@cherkin2011]'.length)}`;
	const before = text.slice(0, at).split('\n');
	typo = { line: before.length, column: (before.at(-1)?.length ?? 0) + 2 };
	writeFileSync(join(copy, page), text);
	({ output, status } = astroBuild(copy));
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

test('the build fails once, reporting every problem together, with no stack trace', () => {
	expect(status).not.toBe(0);
	expect(output).toContain('2 problems in content or bibliography; the build stops here.');
	expect(output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
});

test('a citation to [@smtih2011] is reported with its place and the closest key in the bibliography (moyer2011)', () => {
	expect(output).toContain(
		`${page}:${typo.line}:${typo.column} Unknown citation key "smtih2011". Add it to bibliography/ or fix the key (closest: "moyer2011").`,
	);
});

test('a finding of cherkin2011 stating "a 72% reduction in pain" is reported with its line, the number and the key', () => {
	expect(output).toContain(
		`${findingsFile}:${statementLine}:14 The number 72 in statement appears neither in the quote nor in the stored text of "cherkin2011".`,
	);
});
