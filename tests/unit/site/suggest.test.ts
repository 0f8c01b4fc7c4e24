// "Did you mean" from one first-letter shard gives what the whole list gives whenever the first letter is right.
import { describe, expect, test } from 'vitest';
import { knows, shardOf, shardTerms, suggest, termsOf } from '../../../src/site/suggest.ts';

const terms = termsOf([
	{
		title: 'Sciatica',
		aliases: ['lumbar radicular pain', 'trapped nerve'],
		url: '/conditions/sciatica/',
	},
	{
		title: 'Myofascial release',
		aliases: ['fascia release'],
		url: '/techniques/myofascial-release/',
	},
	{
		title: 'Swedish massage',
		aliases: ['relaxation massage', 'classic massage'],
		url: '/techniques/swedish-massage/',
	},
	{
		title: 'Trigger point therapy',
		aliases: ['knots', 'neuromuscular therapy'],
		url: '/techniques/trigger-point-therapy/',
	},
	{
		title: 'Spinal manipulation',
		aliases: ['chiropractic'],
		url: '/techniques/spinal-manipulation/',
	},
	{ title: '2011 trial summary', aliases: [], url: '/claims/x/' },
]);
const shards = shardTerms(terms);

describe('shards', () => {
	test('a term is in the shard of its name and of each word that suggest() compares', () => {
		expect(shards.get('s')?.map((t) => t.term)).toEqual([
			'Sciatica',
			'Swedish massage',
			'Spinal manipulation',
			'2011 trial summary',
		]);
		expect(shards.get('t')?.map((t) => t.term)).toEqual([
			'trapped nerve',
			'Trigger point therapy',
			'neuromuscular therapy',
			'2011 trial summary',
		]);
		expect(shards.get('m')?.map((t) => t.term)).toContain('Swedish massage');
		expect(shards.get('2')?.map((t) => t.term)).toEqual(['2011 trial summary']);
		expect(shardOf(' Élan')).toBe('_');
	});

	test.each([
		'sciatcia',
		'myofacial',
		'masage',
		'chiropractc',
		'releese',
		'trigger',
		'therapy',
		'swedish massage',
		'knots',
		'fascai',
	])('"%s": its shard gives the same answer as the whole list', (query) => {
		const shard = shards.get(shardOf(query)) ?? [];
		expect(suggest(query, shard)).toEqual(suggest(query, terms));
		expect(knows(query, shard)).toBe(knows(query, terms));
	});

	test('a known name or word is known, and gets no suggestion', () => {
		expect(knows('Sciatica', terms)).toBe(true);
		expect(knows('massage', terms)).toBe(true);
		expect(knows('sciatcia', terms)).toBe(false);
		expect(suggest('sciatcia', terms).map((t) => t.title)).toEqual(['Sciatica']);
	});
});
