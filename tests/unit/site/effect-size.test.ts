// Effects in words: which arm an effect favours with no sign to decode, its size by a documented
// threshold, the number needed to treat from reported rates, GRADE's symbols and the plot's frame.
import { expect, test } from 'vitest';
import type { Effect } from '../../../src/schemas/finding.ts';
import {
	effectWords,
	gradeSymbols,
	normalised,
	numberNeededToTreat,
	plotGeometry,
	sizeWords,
	smdBand,
} from '../../../src/site/effect-size.ts';

const md = (e: Partial<Effect>): Effect => ({
	type: 'mean difference',
	measure: 'points',
	estimate: 2.9,
	ciLow: 1.8,
	ciHigh: 4,
	favours: 'technique',
	...e,
});

test('the same result reads the same whichever sign the source prints', () => {
	// cherkin2011 prints "2.9 points lower" as a positive difference, hsieh2006 "−3.8" as negative:
	// both favour the technique, and both read "better with", with the interval in that order.
	const positive = effectWords({ intervention: 'relaxation massage', effect: md({}) });
	const negative = effectWords({
		intervention: 'acupressure',
		effect: md({ estimate: -3.8, ciLow: -5.7, ciHigh: -1.9 }),
	});
	expect(positive).toBe('2.9 points better with relaxation massage (95% CI 1.8 to 4.0)');
	expect(negative).toBe('3.8 points better with acupressure (95% CI 1.9 to 5.7)');
	expect(normalised(md({ estimate: -3.8, ciLow: -5.7, ciHigh: -1.9 }))).toEqual({
		value: 3.8,
		low: 1.9,
		high: 5.7,
	});
	expect(
		effectWords({ effect: md({ estimate: -1, ciLow: -2, ciHigh: -0.5, favours: 'comparison' }) }),
	).toBe('1.0 points worse with the technique (95% CI 0.5 to 2.0)');
	expect(
		effectWords({ effect: md({ estimate: 0.2, ciLow: -0.8, ciHigh: 0.8, favours: 'neither' }) }),
	).toMatch(/no difference .*\(95% CI −0.8 to 0.8\)$/);
});

test('a unitless difference the source finds no difference in says so, never a bare number', () => {
	// ceballoslaita2024: OMT against sham, SMD −0.15 (−0.38 to 0.08), which the review reads as no
	// difference: the words once printed only "a standardised difference of 0.15", no side at all.
	const smd = md({
		type: 'standardised mean difference',
		estimate: -0.15,
		ciLow: -0.38,
		ciHigh: 0.08,
		favours: 'neither',
	});
	expect(effectWords({ intervention: 'OMT', effect: smd })).toBe(
		'a standardised difference of 0.15, no difference (95% CI −0.38 to 0.08)',
	);
	const rd = md({
		type: 'risk difference',
		estimate: 0.1,
		ciLow: undefined,
		ciHigh: undefined,
		favours: 'neither',
	});
	expect(effectWords({ effect: rd })).toBe(
		'a risk difference of 0.1, no difference (no CI in our sources)',
	);
	expect(
		effectWords({
			intervention: 'OMT',
			effect: { ...smd, estimate: -0.37, ciLow: -0.62, ciHigh: -0.13, favours: 'technique' },
		}),
	).toBe('a standardised difference of 0.37 in favour of OMT (95% CI 0.13 to 0.62)');
});

test('an interval that crosses no effect keeps its crossing in the words and the plot', () => {
	const e = md({ estimate: 1, ciLow: -0.5, ciHigh: 2.5 });
	expect(effectWords({ effect: e })).toBe(
		'1.0 points better with the technique (95% CI −0.5 to 2.5)',
	);
	const g = plotGeometry(e);
	expect(g.low).toBeLessThan(g.zero);
	expect(g.high).toBeGreaterThan(g.zero);
	expect(g.point).toBeGreaterThan(g.zero);
	for (const v of [g.low, g.high, g.point]) {
		expect(v).toBeGreaterThanOrEqual(0);
		expect(v).toBeLessThanOrEqual(1);
	}
});

test('standardised differences are banded as the Cochrane Handbook says, both ends of moderate included', () => {
	expect([0.2, 0.39, 0.4, 0.55, 0.7, 0.71, 1.2].map(smdBand)).toEqual([
		'small',
		'small',
		'moderate',
		'moderate',
		'moderate',
		'large',
		'large',
	]);
	expect(
		sizeWords({ ...md({}), type: 'standardised mean difference', estimate: -0.37 })?.words,
	).toBe('small');
});

test('a mean difference is set beside the threshold its source names and the scale’s minimal important change', () => {
	expect(sizeWords(md({ instrument: 'RDQ', importantDifference: 2 }))?.words).toBe(
		'at least the 2-point difference the source counts as clinically important; smaller than the 5-point change one person notices',
	);
	expect(
		sizeWords(md({ estimate: 1.4, ciLow: 0.8, ciHigh: 1.9, importantDifference: 1.5 }))?.words,
	).toBe('below the 1.5-point difference the source counts as clinically important');
	expect(sizeWords(md({ estimate: 15, instrument: 'pain 0-100' }))?.words).toBe(
		'at least the 15-point change one person notices',
	);
	expect(sizeWords(md({ instrument: 'ODI', estimate: 9.9 }))?.basis).toMatch(
		/Oswestry.*can still matter to some/,
	);
	// No threshold: said so, never guessed.
	expect(sizeWords(md({}))).toEqual({
		words: 'not judged',
		basis: 'no threshold for this measure in our sources',
	});
	expect(sizeWords(undefined)).toBeUndefined();
});

test('the number needed to treat comes only from two reported rates, rounded up', () => {
	expect(
		numberNeededToTreat({ event: 'be pain-free', technique: 55, comparison: 20, good: true }),
	).toEqual({
		n: 3,
		label: 'NNT',
		words: '3 treated for one more person to be pain-free',
	});
	expect(
		numberNeededToTreat({ event: 'report no pain', technique: 63, comparison: 27, good: true })?.n,
	).toBe(3);
	// Fewer people with a good result is harm; fewer with a bad one is benefit.
	expect(
		numberNeededToTreat({ event: 'x', technique: 30, comparison: 40, good: true }),
	).toMatchObject({
		label: 'NNH',
		n: 10,
		words: '10 treated for one fewer person to x',
	});
	expect(
		numberNeededToTreat({ event: 'x', technique: 30, comparison: 40, good: false })?.label,
	).toBe('NNT');
	expect(
		numberNeededToTreat({ event: 'x', technique: 40, comparison: 30, good: false })?.label,
	).toBe('NNH');
	expect(
		numberNeededToTreat({ event: 'x', technique: 30, comparison: 30, good: true }),
	).toBeUndefined();
	expect(numberNeededToTreat(undefined)).toBeUndefined();
});

test('GRADE symbols fill one circle per level', () => {
	expect(['high', 'moderate', 'low', 'very low'].map((c) => gradeSymbols(c as 'high'))).toEqual([
		'⊕⊕⊕⊕',
		'⊕⊕⊕◯',
		'⊕⊕◯◯',
		'⊕◯◯◯',
	]);
});
