// The knowledge base meets the content issue's counts, and every reference says how it was verified.
import { expect, test } from 'vitest';
import { checkProject } from '../../../src/lib/content/check-project.ts';
import { findingsOf } from '../../../src/lib/content/shown-findings.ts';
import { contentStats } from '../../../src/lib/content/stats.ts';
import { effectWords, sizeWords } from '../../../src/site/effect-size.ts';
import { GLOSSARY } from '../../../src/site/glossary.ts';

const { pages, library, findings, problems } = checkProject(process.cwd());
const stats = contentStats(pages, library, findings, problems);

test('counts: 18+ techniques, 10+ conditions, 10+ common claims, 40+ references, 60+ findings, no failures', () => {
	console.log(JSON.stringify(stats));
	expect(stats.pages['techniques']).toBeGreaterThanOrEqual(18);
	expect(stats.pages['conditions']).toBeGreaterThanOrEqual(10);
	expect(stats.pages['claims']).toBeGreaterThanOrEqual(10);
	expect(stats.pages['guidelines']).toBeGreaterThanOrEqual(2);
	expect(stats.references).toBeGreaterThanOrEqual(40);
	expect(stats.findings).toBeGreaterThanOrEqual(60);
	expect(stats.unknownKeys).toBe(0);
	expect(stats.failedFindingChecks).toBe(0);
});

test('every page shows findings or says what was searched', () => {
	const silent = pages
		.filter((p) => findingsOf({ findings }, p.kind, p.slug, p.page).length === 0 && !p.page?.searched)
		.map((p) => p.file.path);
	expect(silent).toEqual([]);
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
	// Aliases and heardAs quote the words readers search for and hear ("detox cupping", "proven
	// effective"): they are the claim under test, not our writing. Everything else is checked.
	const ours = (data: unknown) => {
		const { aliases: _a, heardAs: _h, ...rest } = (data ?? {}) as Record<string, unknown>;
		return JSON.stringify(rest);
	};
	const offenders = pages
		.filter((p) => hype.test(p.file.body) || hype.test(ours(p.file.data)))
		.map((p) => p.file.path);
	expect(offenders).toEqual([]);
});

test('every effect states in words which arm it favours and how large it is, or that no threshold exists', () => {
	const unjudged: string[] = [];
	for (const f of findings.values()) {
		if (!f.effect) continue;
		const words = effectWords(f) ?? '';
		expect(words, f.key).toMatch(/ (better|worse) with |in favour of |no difference/);
		expect(words, f.key).not.toMatch(/-\d/); // no sign left to decode
		const size = sizeWords(f.effect);
		expect(size?.words, f.key).toBeTruthy();
		if (size?.words === 'not judged') unjudged.push(f.key);
	}
	// Searched for on 2026-12-01 in the stored sources: none of them gives a threshold for these
	// measures (SF-MPQ points, Hayden's rescaled function, a relative reduction in "significant
	// disability", the 23-point modified RDQ, a percentage difference in pain reduction). A new
	// effect without a threshold shows up here; so does one that gains a threshold.
	// Added 2026-12-02 with issue 17's sources: ratios (odds and risk ratios of adverse events,
	// response rates, recurrence), pain differences whose stored abstracts do not name the scale
	// (franke2014, franke2017, santos2022, walker2011, dezoete2021, anheyer2022, salemi2021), and
	// scales with no threshold in our sources (0 to 5 pain relief, Northwick Park, Quebec, SF-36).
	expect(unjudged.sort()).toEqual([
		'anheyer2022/pain-vs-passive-control-short-term',
		'arguisuelas2017/sf-mpq-vs-sham',
		'carnes2010/fewer-adverse-events-than-drugs',
		'carnes2010/more-adverse-events-than-usual-care',
		'cramer2015/more-nonserious-adverse-events-than-education',
		'denneny2019/tpmt-patient-global-response',
		'dezoete2021/pain-similar-to-recommended-interventions',
		'flynn2003/pop-odds-of-dramatic-improvement',
		'franke2014/omt-pain-acute-and-chronic-3-months',
		'franke2014/omt-pain-chronic-3-months',
		'franke2014/omt-pain-pregnancy',
		'franke2017/omt-pain-postpartum',
		'franke2017/omt-pain-pregnancy',
		'french2006/heat-wrap-vs-oral-placebo-pain-5-days',
		'hayden2021/function-vs-no-treatment-or-usual-care',
		'hsieh2006/significant-disability-vs-physical-therapy',
		'li2021/added-to-acupuncture-response-rate',
		'li2021/response-rate-vs-tuina',
		'licciardone2013/omt-moderate-pain-improvement-week-12',
		'licciardone2013/omt-substantial-pain-improvement-week-12',
		'macpherson2015/acupuncture-npq-12-months',
		'macpherson2015/alexander-lessons-npq-12-months',
		'nice2016b/manipulation-biomechanical-vs-aerobic-exercise-function',
		'nice2016b/massage-exercise-vs-alexander-physical-quality-of-life',
		'salemi2021/pain-vs-sham-follow-up',
		'salemi2021/pain-vs-sham-post-treatment',
		'santos2022/met-chronic-lbp-pain-small-vs-other',
		'santos2022/met-subacute-lbp-pain-vs-control',
		'saper2017/less-pain-medication-than-education',
		'saper2017/yoga-not-superior-to-education-function',
		'sherman2011/function-vs-self-care-book',
		'steffens2016/education-alone-no-effect',
		'steffens2016/exercise-alone-may-prevent-episodes',
		'steffens2016/exercise-with-education-prevents-episodes',
		'walker2011/acute-long-term-pain-no-difference',
		'walker2011/acute-medium-term-pain-small-benefit',
		'yip2004/acupoint-stimulation-lavender-vs-usual-care',
	]);
});

test('the glossary names the thresholds and their sources', () => {
	const term = GLOSSARY.find((t) => t.id === 'effect-size');
	expect(term?.definition).toContain('<0.40 = small, 0.40 to 0.70 = moderate, >0.70 = large');
	expect(term?.definition).toMatch(/15 points .* 2 on a 0 to 10 .* 5 on the Roland .* 10 on the Oswestry/);
	expect(term?.source?.url).toMatch(/handbook/);
	expect(term?.also?.map((a) => a.title).join(' ')).toMatch(/Ostelo/);
});
