import { expect, test } from 'vitest';
import {
	REFERENCES_PER_PAGE,
	referenceListUrl,
	referencePages,
} from '../../../src/site/reference-pages.ts';
import type { Reference } from '../../../src/schemas/reference.ts';

const ref = (text: string) => ({ key: text, formatted: { apa: text } }) as unknown as Reference;

test('a bibliography that fits one page has one page, sorted as the list shows it', () => {
	expect(referencePages([ref('b'), ref('a')]).map((p) => p.map((r) => r.key))).toEqual([
		['a', 'b'],
	]);
	expect(referencePages([])).toEqual([[]]);
});

test('a larger one is cut into pages of REFERENCES_PER_PAGE in sorted order, at /references/page/N/', () => {
	const refs = Array.from({ length: 2 * REFERENCES_PER_PAGE + 100 }, (_, i) =>
		ref(`r${String(i).padStart(4, '0')}`),
	).reverse();
	const pages = referencePages(refs);
	expect(pages.map((p) => p.length)).toEqual([REFERENCES_PER_PAGE, REFERENCES_PER_PAGE, 100]);
	expect(pages[1]?.[0]?.key).toBe(`r${String(REFERENCES_PER_PAGE).padStart(4, '0')}`);
	expect([1, 2, 3].map(referenceListUrl)).toEqual([
		'/references/',
		'/references/page/2/',
		'/references/page/3/',
	]);
});
