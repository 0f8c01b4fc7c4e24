// The knowledge base meets the content issue's counts, and every reference says how it was verified.
import { expect, test } from 'vitest';
import { checkProject } from '../../../src/lib/content/check-project.ts';
import { contentStats } from '../../../src/lib/content/stats.ts';

const { pages, library, problems } = checkProject(process.cwd());
const stats = contentStats(pages, library, problems);

test('counts: 18+ techniques, 10+ conditions, 10+ common claims, 40+ references, 60+ claims, no failures', () => {
	console.log(JSON.stringify(stats));
	expect(stats.pages['techniques']).toBeGreaterThanOrEqual(18);
	expect(stats.pages['conditions']).toBeGreaterThanOrEqual(10);
	expect(stats.pages['claims']).toBeGreaterThanOrEqual(10);
	expect(stats.pages['guidelines']).toBeGreaterThanOrEqual(2);
	expect(stats.references).toBeGreaterThanOrEqual(40);
	expect(stats.claims).toBeGreaterThanOrEqual(60);
	expect(stats.unknownKeys).toBe(0);
	expect(stats.failedClaimChecks).toBe(0);
	expect(stats.pagesWithoutEvidenceOrStatement).toEqual([]);
});

test('every reference records how it was verified and its study type', () => {
	const missing = library.entries.filter((e) => !e.fields['verified'] || !e.fields['studytype']).map((e) => e.key);
	expect(missing).toEqual([]);
});

test('the pages NICE NG59 and ACP 2017 cover cite them', () => {
	const covered = ['swedish-massage', 'structural-massage', 'spinal-manipulation', 'joint-mobilisation', 'acupuncture', 'heat', 'exercise-therapy', 'yoga'];
	for (const slug of covered) {
		const page = pages.find((p) => p.kind === 'techniques' && p.slug === slug);
		expect(page, slug).toBeDefined();
		expect(page?.file.body, slug).toMatch(/@(nice2016|qaseem2017)\b/);
	}
});

test('no hype words in content', () => {
	const hype = /\b(proven|miracle|detox|guaranteed|breakthrough)\b/i;
	const offenders = pages.filter((p) => hype.test(p.file.body) || hype.test(JSON.stringify(p.file.data))).map((p) => p.file.path);
	expect(offenders).toEqual([]);
});
