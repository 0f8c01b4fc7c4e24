// Each claim check, one fixture page per sentence in "site with claims"; messages are snapshots.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../../src/errors.ts';
import { checkProject } from '../../../../src/lib/content/check-project.ts';
import {
	comparableText,
	quoteProblem,
	nullValueOf,
	numbersIn,
} from '../../../../src/lib/content/claim-checks.ts';

const { problems } = checkProject(join(process.cwd(), 'tests', 'fixtures', 'sites', 'site with claims'));
/** Fixture pages are named as the sentence they prove, as a slug (a file name must be one). */
const slug = (sentence: string) => sentence.toLowerCase().replace(/ /g, '-');
const on = (sentence: string) =>
	problems
		.filter((p) => p.file === `content/techniques/${slug(sentence)}.mdx`)
		.map((p) => `${p.severity}: ${formatProblem(p)}`);

describe('claim checks', () => {
	test('a faithful claim passes', () => {
		expect(on('a faithful claim passes')).toEqual([]);
	});
	test('a misquoted claim fails', () => {
		expect(on('a misquoted claim fails')).toMatchInlineSnapshot(`
			[
			  "error: content/techniques/a-misquoted-claim-fails.mdx:17:12 The quote "Design—Double-blind parallel group randomized controlled trial." is not in the stored text of "cherkin2011". Copy the quote verbatim from bibliography/passages/<key>.yaml or the entry's abstract, or add the passage there from the source itself.",
			]
		`);
	});
	test('a claim whose number is absent from the source fails', () => {
		expect(on('a claim whose number is absent from the source fails')).toMatchInlineSnapshot(`
			[
			  "error: content/techniques/a-claim-whose-number-is-absent-from-the-source-fails.mdx:14:16 The number 72 in statement appears neither in the quote nor in the stored text of "cherkin2011". Use the number exactly as the source reports it, or remove it.",
			]
		`);
	});
	test('a claim citing an unknown key fails with the closest key', () => {
		expect(on('a claim citing an unknown key fails with the closest key')).toMatchInlineSnapshot(`
			[
			  "error: content/techniques/a-claim-citing-an-unknown-key-fails-with-the-closest-key.mdx:7:15 Unknown citation key "cherkn2011". Add it to bibliography/ or fix the key (closest: "cherkin2011").",
			]
		`);
	});
	test('high certainty from one trial fails', () => {
		expect(on('high certainty from one trial fails')).toMatchInlineSnapshot(`
			[
			  "error: content/techniques/high-certainty-from-one-trial-fails.mdx:15:16 Certainty "high" needs a systematic review or guideline among the sources, but "cherkin2011" has none. Lower the certainty or cite the review that grades this evidence.",
			]
		`);
	});
	test('a ci crossing zero with benefit fails', () => {
		expect(on('a ci crossing zero with benefit fails')).toMatchInlineSnapshot(`
			[
			  "error: content/techniques/a-ci-crossing-zero-with-benefit-fails.mdx:15:121 The 95% CI -0.62 to 0.13 includes 0 (no effect), so the direction cannot be "benefit". Use direction "no difference" or "mixed", or check the interval against the source.",
			]
		`);
	});
	test('a retracted source fails', () => {
		expect(on('a retracted source fails')).toMatchInlineSnapshot(`
			[
			  "error: content/techniques/a-retracted-source-fails.mdx:7:15 The source "doe2019" is marked retracted (Retraction notice, Journal of Examples 2020). Remove the claim, cite a source that has not been retracted, or set citesRetracted: true to cite it on purpose (readers then see a retraction notice).",
			]
		`);
	});
	test('a retracted source cited on purpose with cites retracted passes', () => {
		expect(on('a retracted source cited on purpose with cites retracted passes')).toEqual([]);
	});
	test('a superseded source warns and names the newer version', () => {
		expect(on('a superseded source warns and names the newer version')).toMatchInlineSnapshot(`
			[
			  "warning: content/techniques/a-superseded-source-warns-and-names-the-newer-version.mdx:7:15 The source "furlan2008" is superseded by "furlan2015". Cite "furlan2015" instead, unless the older version is the point.",
			]
		`);
	});
	test('a claim about an unknown condition fails', () => {
		expect(on('a claim about an unknown condition fails')).toMatchInlineSnapshot(`
			[
			  "error: content/techniques/a-claim-about-an-unknown-condition-fails.mdx:8:16 There is no condition page "chronic-lowback-pain". Use a file name from content/conditions/ (closest: "chronic-low-back-pain").",
			]
		`);
	});
	test('no other problems in the fixture site', () => {
		expect(problems.filter((p) => !p.file.startsWith('content/techniques/'))).toEqual([]);
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
