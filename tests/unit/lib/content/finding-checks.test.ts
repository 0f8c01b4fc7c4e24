// Each finding check, one fixture finding per sentence in "site with findings" (its id names the
// sentence); messages are snapshots of what the build prints.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../../src/errors.ts';
import { checkProject } from '../../../../src/lib/content/check-project.ts';
import {
	comparableText,
	quoteProblem,
	nullValueOf,
	numbersIn,
} from '../../../../src/lib/content/finding-checks.ts';

const root = join(process.cwd(), 'tests', 'fixtures', 'sites', 'site with findings');
const { problems } = checkProject(root);
/** The file and line range of the finding whose id is the sentence, as a slug. */
function placeOf(sentence: string): { file: string; from: number; to: number } {
	const id = sentence.toLowerCase().replace(/ /g, '-');
	for (const file of ['cherkin2011', 'cherkn2011', 'doe2019', 'furlan2008', 'furlan2015']) {
		const path = `content/findings/${file}.yaml`;
		const lines = readFileSync(join(root, path), 'utf8').split('\n');
		const from = lines.findIndex((l) => l === `- id: "${id}"`);
		if (from < 0) continue;
		const next = lines.findIndex((l, i) => i > from && l.startsWith('- id:'));
		return { file: path, from: from + 1, to: next < 0 ? lines.length : next };
	}
	throw new Error(`no fixture finding ${id}`);
}
const on = (sentence: string) => {
	const { file, from, to } = placeOf(sentence);
	return problems
		.filter((p) => p.file === file && p.line >= from && p.line <= to)
		.map((p) => `${p.severity}: ${formatProblem(p)}`);
};

describe('finding checks', () => {
	test('a faithful claim passes', () => {
		expect(on('a faithful claim passes')).toEqual([]);
	});
	test('a misquoted claim fails', () => {
		expect(on('a misquoted claim fails')).toMatchInlineSnapshot(`
			[
			  "error: content/findings/cherkin2011.yaml:67:10 The quote "Design—Double-blind parallel group randomized controlled trial." is not in the stored text of "cherkin2011". Copy the quote verbatim from bibliography/passages/<key>.yaml or the entry's abstract, or add the passage there from the source itself.",
			]
		`);
	});
	test('a claim whose number is absent from the source fails', () => {
		expect(on('a claim whose number is absent from the source fails')).toMatchInlineSnapshot(`
			[
			  "error: content/findings/cherkin2011.yaml:20:14 The number 72 in statement appears neither in the quote nor in the stored text of "cherkin2011". Use the number exactly as the source reports it, or remove it.",
			]
		`);
	});
	test('a findings file named after no source fails with the closest key', () => {
		expect(problems.filter((p) => p.file === 'content/findings/cherkn2011.yaml').map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "content/findings/cherkn2011.yaml:1:1 The findings file belongs to no bibliography entry: there is no key "cherkn2011". Name the file after its source's citation key (closest: "cherkin2011").",
			]
		`);
	});
	test('high certainty from one trial fails', () => {
		expect(on('high certainty from one trial fails')).toMatchInlineSnapshot(`
			[
			  "error: content/findings/cherkin2011.yaml:79:14 Certainty "high" needs a systematic review or guideline among the sources, but "cherkin2011" has none. Lower the certainty or cite the review that grades this evidence.",
			]
		`);
	});
	test('a ci crossing zero with benefit fails', () => {
		expect(on('a ci crossing zero with benefit fails')).toMatchInlineSnapshot(`
			[
			  "error: content/findings/furlan2015.yaml:10:14 The 95% CI -0.62 to 0.13 includes 0 (no effect), so the direction cannot be "benefit". Use direction "no difference" or "mixed", or check the interval against the source.",
			]
		`);
	});
	test('a retracted source fails', () => {
		expect(on('a retracted source fails')).toMatchInlineSnapshot(`
			[
			  "error: content/findings/doe2019.yaml:18:7 The source "doe2019" is marked retracted (Retraction notice, Journal of Examples 2020). Remove the finding, cite a source that has not been retracted, or set citesRetracted: true to show it on purpose (readers then see a retraction notice).",
			]
		`);
	});
	test('a retracted source cited on purpose with cites retracted passes', () => {
		expect(on('a retracted source cited on purpose with cites retracted passes')).toEqual([]);
	});
	test('a superseded source warns and names the newer version', () => {
		expect(on('a superseded source warns and names the newer version')).toMatchInlineSnapshot(`
			[
			  "warning: content/findings/furlan2008.yaml:2:7 The source "furlan2008" is superseded by "furlan2015". Cite "furlan2015" instead, unless the older version is the point.",
			]
		`);
	});
	test('a claim about an unknown condition fails', () => {
		expect(on('a claim about an unknown condition fails')).toMatchInlineSnapshot(`
			[
			  "error: content/findings/cherkin2011.yaml:4:16 There is no condition page "chronic-lowback-pain". Use a file name from content/conditions/ (closest: "chronic-low-back-pain").",
			]
		`);
	});
	test('no other problems in the fixture site', () => {
		expect(problems.filter((p) => !p.file.startsWith('content/findings/')).map(formatProblem)).toEqual([]);
	});
});

describe('comparison helpers', () => {
	test.each([
		['Design—Single-blind', 'design-single-blind'],
		['“Quoted”  and ‘single’', '"quoted" and \'single\''],
		['SMD ‐0.37 … −0.13', 'smd -0.37 ... -0.13'],
	])('comparableText(%j)', (input, expected) => expect(comparableText(input)).toBe(expected));

	test('a quote split by [...] matches piecewise and in order', () => {
		const source = 'Alpha beta gamma. Delta epsilon.';
		expect(quoteProblem('alpha beta [...] delta', [source])).toBeUndefined();
		expect(quoteProblem('Delta [...] Alpha', [source])).toEqual({ piece: 'Alpha', stitched: false });
	});

	test('numbers are read without sign and thousands separators', () => {
		expect(numbersIn('3,096 participants; SMD −0.37 (95% CI −0.62 to −0.13)')).toEqual([
			3096, 0.37, 95, 0.62, 0.13,
		]);
	});

	test('ratios have no effect at 1, differences at 0', () => {
		expect(nullValueOf('risk ratio')).toBe(1);
		expect(nullValueOf('odds ratio')).toBe(1);
		expect(nullValueOf('mean difference')).toBe(0);
		expect(nullValueOf('standardised mean difference')).toBe(0);
	});
});
