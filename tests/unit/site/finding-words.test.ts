// Sentences are built only from fields that hold a fact: no "vs not applicable", no "at not stated".
import { expect, test } from 'vitest';
import { basisWords, comparisonWords, followUpWords } from '../../../src/site/finding-words.ts';

test('a comparison that compares nothing is left out', () => {
	expect(comparisonWords({ comparison: 'usual care', direction: 'benefit' })).toBe('usual care');
	for (const comparison of ['none', 'not applicable', 'Not applicable (guideline recommendation)'])
		expect(comparisonWords({ comparison, direction: 'recommended' }), comparison).toBeUndefined();
	expect(comparisonWords({ comparison: 'usual care', direction: 'no comparison' })).toBeUndefined();
	// "no treatment, usual care or placebo" is a comparison, not an empty field.
	expect(
		comparisonWords({ comparison: 'no treatment, usual care or placebo', direction: 'benefit' }),
	).toBe('no treatment, usual care or placebo');
});

test('a follow-up the source does not give is left out', () => {
	expect(followUpWords({ followUp: '10 weeks' })).toBe('10 weeks');
	expect(followUpWords({ followUp: 'after a course of massage' })).toBe(
		'after a course of massage',
	);
	for (const followUp of [
		'not stated in our sources',
		'not given in our sources (treatment lasted five weeks)',
		'not applicable (design feature)',
	])
		expect(followUpWords({ followUp }), followUp).toBeUndefined();
});

test('studies and people are named only when the source gives them', () => {
	expect(basisWords({ studies: 12, participants: 964 })).toBe('12 studies, 964 people');
	expect(basisWords({ participants: 401 })).toBe('401 people');
	expect(basisWords({ studies: 1 })).toBe('1 study');
	expect(basisWords({})).toBeUndefined();
});
