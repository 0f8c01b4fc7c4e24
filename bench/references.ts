/**
 * Synthetic bibliography entries for the benchmark: realistic articles (authors, journal, volume,
 * pages, a DOI under the reserved test prefix 10.5555) whose abstract states one numeric finding.
 * Claims quote that sentence, so the build's claim checks pass on the corpus.
 */
import { stringify } from 'yaml';
import type { Random } from './random.ts';
import type { EffectType } from '../src/schemas/finding.ts';
import { GIVEN, JOURNALS, SURNAMES, slugify } from './topics.ts';
import { sentence, type Vocabulary } from './words.ts';

/** The one numeric result an entry reports, as claims will restate it. */
export interface Finding {
	measure: string;
	direction: 'benefit' | 'no difference';
	type: EffectType;
	estimate: number;
	ciLow: number;
	ciHigh: number;
	weeks: number;
	participants: number;
	outcome: string;
	comparison: string;
	/** The sentence of the abstract that claims quote. */
	result: string;
}

/** One generated entry with what pages need to cite it and to write claims about it. */
export interface BenchReference {
	key: string;
	studytype: string;
	technique: string;
	condition: string;
	conditionSlug: string;
	finding: Finding;
	bibtex: string;
	/** YAML of bibliography/passages/<key>.yaml, for some entries. */
	passages: string | undefined;
}

const STUDY_TYPES = [
	'RCT',
	'RCT',
	'RCT',
	'RCT',
	'RCT',
	'RCT',
	'systematic review',
	'systematic review',
	'systematic review',
	'guideline',
	'observational',
	'narrative review',
];
const OUTCOMES = [
	'pain intensity',
	'disability (RDQ)',
	'disability (ODI)',
	'symptom bothersomeness',
	'pain interference',
	'physical function',
	'sleep quality',
	'global improvement',
];
const COMPARISONS = [
	'usual care',
	'sham massage',
	'self-care education',
	'exercise alone',
	'waiting list',
	'heat packs',
	'advice to stay active',
	'placebo ultrasound',
];

const fmt = (n: number): string => String(n);

/** Draws one finding: a mean difference, a standardised mean difference or a risk ratio. */
function finding(random: Random, technique: string, condition: string): Finding {
	const weeks = random.pick([4, 6, 8, 10, 12, 26, 52]);
	const participants = random.int(40, 620);
	const outcome = random.pick(OUTCOMES);
	const comparison = random.pick(COMPARISONS);
	const benefit = random.chance(0.75);
	const kind = random.pick(['md', 'md', 'smd', 'rr'] as const);
	const common = {
		weeks,
		participants,
		outcome,
		comparison,
		direction: benefit ? ('benefit' as const) : ('no difference' as const),
	};
	const t = technique.toLowerCase();
	if (kind === 'rr') {
		const estimate = benefit ? random.decimal(1.25, 2.4, 2) : random.decimal(0.9, 1.15, 2);
		const half = benefit ? random.decimal(0.05, estimate - 1.1, 2) : random.decimal(0.2, 0.4, 2);
		const [ciLow, ciHigh] = [
			Number((estimate - half).toFixed(2)),
			Number((estimate + half).toFixed(2)),
		];
		const result = `The risk ratio for ${outcome} with ${t} compared with ${comparison} was ${fmt(estimate)} (95% CI ${fmt(ciLow)} to ${fmt(ciHigh)}) at ${weeks} weeks`;
		return {
			...common,
			type: 'risk ratio' as const,
			measure: `risk ratio, ${outcome} (higher is better)`,
			estimate,
			ciLow,
			ciHigh,
			result,
		};
	}
	if (kind === 'smd') {
		const estimate = benefit ? -random.decimal(0.2, 0.9, 2) : random.decimal(-0.15, 0.1, 2);
		const half = benefit
			? random.decimal(0.05, Math.abs(estimate) - 0.03, 2)
			: random.decimal(0.2, 0.35, 2);
		const [ciLow, ciHigh] = [
			Number((estimate - half).toFixed(2)),
			Number((estimate + half).toFixed(2)),
		];
		const result = `${t} changed ${outcome} compared with ${comparison} in people with ${condition.toLowerCase()} (SMD ${fmt(estimate)}, 95% CI ${fmt(ciLow)} to ${fmt(ciHigh)}) at ${weeks} weeks`;
		return {
			...common,
			type: 'standardised mean difference' as const,
			measure: `standardised mean difference, ${outcome} (negative favours ${t})`,
			estimate,
			ciLow,
			ciHigh,
			result: result.charAt(0).toUpperCase() + result.slice(1),
		};
	}
	const estimate = benefit ? random.decimal(0.8, 4.5, 1) : random.decimal(-0.4, 0.6, 1);
	const half = benefit ? random.decimal(0.3, estimate - 0.2, 1) : random.decimal(0.6, 1.2, 1);
	const [ciLow, ciHigh] = [
		Number((estimate - half).toFixed(1)),
		Number((estimate + half).toFixed(1)),
	];
	const result = `The adjusted mean ${outcome} score was ${fmt(estimate)} points (95% CI, ${fmt(ciLow)} to ${fmt(ciHigh)} points) lower with ${t} than with ${comparison} at ${weeks} weeks`;
	return {
		...common,
		type: 'mean difference' as const,
		measure: `mean difference, ${outcome} points (lower is better)`,
		estimate,
		ciLow,
		ciHigh,
		result,
	};
}

/** Generates `count` entries about the given techniques and conditions. */
export function generateReferences(
	random: Random,
	vocabulary: Vocabulary,
	count: number,
	techniques: readonly string[],
	conditions: readonly string[],
): BenchReference[] {
	const keys = new Set<string>();
	const out: BenchReference[] = [];
	for (let i = 0; i < count; i++) {
		const authors = Array.from(
			{ length: random.int(1, 8) },
			() =>
				`${random.pick(SURNAMES)}, ${random.pick(GIVEN)} ${String.fromCharCode(65 + random.int(0, 25))}.`,
		);
		const year = random.int(1995, 2025);
		const stem = `${slugify(authors[0]?.split(',')[0] ?? 'anon').replace(/-/g, '')}${year}`;
		let key = stem;
		for (let n = 0; keys.has(key); n++) key = `${stem}${n < 26 ? String.fromCharCode(97 + n) : n}`;
		keys.add(key);
		const studytype = random.pick(STUDY_TYPES);
		const technique = random.pick(techniques);
		const condition = random.pick(conditions);
		const f = finding(random, technique, condition);
		const design =
			studytype === 'RCT'
				? 'a randomised controlled trial'
				: studytype === 'guideline'
					? 'a clinical practice guideline'
					: `a ${studytype}`;
		const title = `${technique} versus ${f.comparison} for ${condition.toLowerCase()}: ${design}`;
		const methods =
			studytype === 'RCT'
				? `We randomised ${f.participants} adults with ${condition.toLowerCase()} to ${technique.toLowerCase()} or ${f.comparison} for ${f.weeks} weeks.`
				: `We included ${random.int(3, 40)} trials with ${f.participants} participants comparing ${technique.toLowerCase()} with ${f.comparison}.`;
		const abstract = `Background: ${sentence(random, vocabulary)}. Methods: ${methods} Results: ${f.result}. ${sentence(random, vocabulary)}. Conclusions: ${sentence(random, vocabulary)}.`;
		const start = random.int(1, 900);
		const fields: [string, string][] = [
			['author', authors.join(' and ')],
			['title', title],
			['journal', random.pick(JOURNALS)],
			['year', String(year)],
			['volume', String(random.int(1, 180))],
			['number', String(random.int(1, 12))],
			['pages', `${start}--${start + random.int(5, 14)}`],
			['doi', `10.5555/bench.${i}`],
			['abstract', abstract],
			['studytype', studytype],
			['verified', 'Synthetic entry generated for the performance benchmark; not a real source.'],
		];
		const bibtex = `@article{${key},\n${fields.map(([k, v]) => `  ${k.padEnd(9)} = {${v}}`).join(',\n')}\n}\n`;
		const passages =
			i % 3 === 0
				? stringify([
						{ text: methods, locator: 'abstract', url: `https://doi.org/10.5555/bench.${i}` },
						{
							text: `${sentence(random, vocabulary)}.`,
							locator: 'discussion',
							url: `https://doi.org/10.5555/bench.${i}`,
						},
					])
				: undefined;
		out.push({
			key,
			studytype,
			technique,
			condition,
			conditionSlug: slugify(condition),
			finding: f,
			bibtex,
			passages,
		});
	}
	return out;
}
