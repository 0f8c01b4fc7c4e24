/**
 * Effects in words a therapist can read: which arm an effect favours, its size against a
 * documented threshold, the number needed to treat from reported event rates, and the numbers
 * of an interval plot. Pure: the summary table, the cards and the tests call the same functions.
 *
 * Thresholds, with their sources (shown on the glossary page):
 * - standardised mean differences: the Cochrane Handbook's rule of thumb, in the variation it
 *   gives as "<0.40 = small, 0.40 to 0.70 = moderate, >0.70 = large" [@higgins2011handbook12];
 * - mean differences on pain and disability scales: the minimal important change for one
 *   person's improvement proposed by Ostelo et al. [@ostelo2008] (15 on a 0-100 pain scale, 2 on
 *   a 0-10 scale, 5 on the Roland Disability Questionnaire, 10 on the Oswestry index). It is a
 *   threshold for one person's change, so a difference between group means below it can still
 *   matter to some people; the words say so.
 */
import {
	EFFECT_TYPES,
	type Certainty,
	type Effect,
	type Finding,
	type Instrument,
} from '../schemas/finding.ts';

/** The minimal important change of each known instrument, in its own points (Ostelo et al.). */
export const MINIMAL_IMPORTANT_CHANGE: Record<Instrument, { points: number; scale: string }> = {
	'pain 0-100': { points: 15, scale: 'a 0 to 100 pain scale' },
	'pain 0-10': { points: 2, scale: 'a 0 to 10 pain scale' },
	RDQ: { points: 5, scale: 'the Roland Disability Questionnaire' },
	ODI: { points: 10, scale: 'the Oswestry Disability Index' },
};

/**
 * The Cochrane Handbook's bands for standardised mean differences: "<0.40 = small, 0.40 to 0.70 =
 * moderate, >0.70 = large" (both ends of the middle band are moderate).
 */
export function smdBand(size: number): 'small' | 'moderate' | 'large' {
	return size < 0.4 ? 'small' : size <= 0.7 ? 'moderate' : 'large';
}

const ratio = (e: Effect) => EFFECT_TYPES[e.type] === 1;

/**
 * The sign that turns the source's numbers into "positive favours the technique": +1 when a
 * larger value favours the technique, -1 when a smaller one does.
 */
export function orientation(e: Effect): 1 | -1 {
	const centre = ratio(e) ? 1 : 0;
	const side = Math.sign(e.estimate - centre) || 1;
	if (e.favours === 'neither') return 1;
	return (e.favours === 'technique' ? side : -side) as 1 | -1;
}

/** An effect on an axis where 0 is no effect and positive favours the technique (ratios in log). */
export function normalised(e: Effect): { value: number; low?: number; high?: number } {
	const s = orientation(e);
	const f = (v: number) => s * (ratio(e) ? Math.log(v) : v);
	const value = f(e.estimate);
	if (e.ciLow === undefined || e.ciHigh === undefined) return { value };
	const [a, b] = [f(e.ciLow), f(e.ciHigh)].sort((x, y) => x - y) as [number, number];
	return { value, low: a, high: b };
}

const fmt = (n: number) => {
	const rounded = Number(n.toPrecision(3));
	return String(Math.abs(rounded) < 1e-9 ? 0 : rounded).replace('-', '−');
};

/** Decimals written in a number (YAML reads "4.0" as 4, so an interval takes its widest). */
const decimalsOf = (n: number) => (String(n).split('.')[1] ?? '').length;

/** The numbers of one effect with the same decimals: "1.8 to 4.0", not "1.8 to 4". */
const fmtIn = (e: Effect) => {
	const places = Math.max(
		...[e.estimate, e.ciLow, e.ciHigh].filter((v) => v !== undefined).map(decimalsOf),
	);
	return (n: number) =>
		decimalsOf(Math.abs(Number(n.toPrecision(3)))) >= places
			? fmt(n)
			: `${n < 0 ? '−' : ''}${Math.abs(n).toFixed(places)}`;
};

/** The effect in words: "2.9 points better with relaxation massage (95% CI 1.8 to 4.0)". */
export function effectWords(f: Pick<Finding, 'effect' | 'intervention'>): string | undefined {
	const e = f.effect;
	if (!e) return undefined;
	const arm = f.intervention ?? 'the technique';
	const ci =
		e.ciLow !== undefined && e.ciHigh !== undefined
			? ` (95% CI ${ratio(e) ? `${fmtIn(e)(e.ciLow)} to ${fmtIn(e)(e.ciHigh)}` : intervalWords(e)})`
			: ' (no CI in our sources)';
	const size = Math.abs(e.estimate);
	const side =
		e.favours === 'neither' ? 'no difference' : e.favours === 'technique' ? 'better' : 'worse';
	// A unitless difference says which arm it favours, or that the source finds no difference.
	const towards =
		e.favours === 'neither'
			? ', no difference'
			: ` in favour of ${e.favours === 'technique' ? arm : 'the comparison'}`;
	switch (e.type) {
		case 'mean difference':
			return `${fmtIn(e)(size)} points ${side} with ${arm}${ci}`;
		case 'standardised mean difference':
			return `a standardised difference of ${fmt(size)}${towards}${ci}`;
		case 'risk difference':
			return `a risk difference of ${fmt(size)}${towards}${ci}`;
		case 'percent change':
			return `${fmt(size)}% ${e.favours === 'neither' ? 'change, no difference' : `in favour of ${e.favours === 'technique' ? arm : 'the comparison'}`}${ci}`;
		default:
			return `${e.type} ${fmt(e.estimate)}, ${e.favours === 'neither' ? 'no difference' : `in favour of ${e.favours === 'technique' ? arm : 'the comparison'}`}${ci}`;
	}
}

/** The interval on the axis of the words: "1.8 to 4.0" better, "0.5 to 2.0" worse, "−0.8 to 0.8". */
function intervalWords(e: Effect): string {
	const n = normalised(e);
	if (n.low === undefined || n.high === undefined) return '';
	// On the axis the words use: "worse with the technique (95% CI 0.5 to 2.0)".
	const s = e.favours === 'comparison' ? -1 : 1;
	const [low, high] = [s * n.low, s * n.high].sort((a, b) => a - b) as [number, number];
	const f = fmtIn(e);
	const u = e.type === 'percent change' ? '%' : '';
	return `${f(low)}${u} to ${f(high)}${u}`;
}

/**
 * The size of an effect in words, with the threshold it was judged by: a standardised difference
 * by the Handbook's bands; a difference by the smallest one its own source counts as clinically
 * important and, on a scale with a published minimal important change, beside that change.
 */
export function sizeWords(e: Effect | undefined): { words: string; basis: string } | undefined {
	if (!e) return undefined;
	const size = Math.abs(e.estimate);
	if (e.type === 'standardised mean difference')
		return {
			words: smdBand(size),
			basis:
				'the Cochrane Handbook’s rule of thumb for standardised differences (below 0.40 small, 0.40 to 0.70 moderate, above 0.70 large)',
		};
	const words: string[] = [];
	const basis: string[] = [];
	const unit = e.type === 'percent change' ? '%' : '-point';
	if (e.importantDifference !== undefined) {
		const d = e.importantDifference;
		words.push(
			`${size < d ? 'below' : 'at least'} the ${fmt(d)}${unit} difference the source counts as clinically important`,
		);
		basis.push('the threshold the source itself set');
	}
	if (e.type === 'mean difference' && e.instrument) {
		const mic = MINIMAL_IMPORTANT_CHANGE[e.instrument];
		words.push(
			size < mic.points
				? `smaller than the ${mic.points}-point change one person notices`
				: `at least the ${mic.points}-point change one person notices`,
		);
		basis.push(
			`the minimal important change on ${mic.scale} (Ostelo et al. 2008)${size < mic.points ? "; it is set for one person's change, so a smaller average difference can still matter to some" : ''}`,
		);
	}
	if (words.length === 0)
		return {
			words: 'not judged',
			basis: 'no threshold for this measure in our sources',
		};
	return { words: words.join('; '), basis: basis.join('; ') };
}

/**
 * The number needed to treat: how many people must be treated for one more of them to have the
 * event (`rates.event` is a verb phrase: "report no pain at follow-up"), from the two reported
 * percentages. When the difference is bad for patients (more of a bad event, fewer of a good one)
 * it is a number needed to harm. No interval: our sources give percentages, not counts.
 */
export function numberNeededToTreat(
	rates: Finding['rates'],
): { n: number; label: 'NNT' | 'NNH'; words: string } | undefined {
	if (!rates || rates.technique === rates.comparison) return undefined;
	const n = Math.ceil(100 / Math.abs(rates.technique - rates.comparison));
	const more = rates.technique > rates.comparison;
	return {
		n,
		label: more === rates.good ? 'NNT' : 'NNH',
		words: `${n} treated for one ${more ? 'more' : 'fewer'} person to ${rates.event}`,
	};
}

/** GRADE's symbols for a certainty level: four circles, filled as far as the level reaches. */
export function gradeSymbols(certainty: Certainty): string {
	const filled = { high: 4, moderate: 3, low: 2, 'very low': 1 }[certainty];
	return '⊕'.repeat(filled) + '◯'.repeat(4 - filled);
}

/** What an interval plot draws, in a 0..1 frame: the line of no effect, the interval, the point. */
export function plotGeometry(e: Effect): {
	zero: number;
	point: number;
	low?: number;
	high?: number;
} {
	const n = normalised(e);
	const reach =
		Math.max(Math.abs(n.value), Math.abs(n.low ?? 0), Math.abs(n.high ?? 0)) * 1.15 || 1;
	const x = (v: number) => 0.5 + v / (2 * reach);
	return {
		zero: 0.5,
		point: x(n.value),
		...(n.low !== undefined && n.high !== undefined ? { low: x(n.low), high: x(n.high) } : {}),
	};
}
