import { expect, test } from 'vitest';
import { jsonLdText } from '../../../src/site/json-ld.ts';
import { linkTerms } from '../../../src/site/glossary.ts';

test('JSON-LD cannot close its script element or open a comment, and still parses to the same data', () => {
	const data = { name: '</script><script>alert(1)</script><!-- & \u2028' };
	const text = jsonLdText(data);
	expect(text).not.toMatch(/[<>&\u2028]/);
	expect(JSON.parse(text)).toEqual(data);
});

test('the first mention of each glossary term is linked, once', () => {
	const pieces = linkTerms(
		'-0.31 (95% CI -0.5 to -0.1), standardised mean difference, pain; SMD again',
	);
	expect(pieces.filter((p) => p.term).map((p) => [p.text, p.term?.id])).toEqual([
		['95% CI', 'ci'],
		['standardised mean difference', 'smd'],
	]);
	expect(pieces.map((p) => p.text).join('')).toBe(
		'-0.31 (95% CI -0.5 to -0.1), standardised mean difference, pain; SMD again',
	);
	expect(
		linkTerms('mean difference, RDQ points')
			.filter((p) => p.term)
			.map((p) => p.term?.id),
	).toEqual(['md', 'rdq']);
});
