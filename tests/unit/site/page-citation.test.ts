// "Cite this page" through templates must equal citeproc formatting every page itself, in every style.
import { describe, expect, test } from 'vitest';
import { buildLibrary } from '../../../src/lib/bibliography/library.ts';
import {
	formatPageCitations,
	pageCitationItem,
	type CitablePage,
} from '../../../src/site/page-citation.ts';
import { STYLE_IDS } from '../../../src/lib/bibliography/styles.ts';

const site = new URL('https://back-pain-evidence.example');
const library = buildLibrary([]);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const page = (url: string, title: string, reviewed: string): CitablePage => ({
	url,
	title,
	reviewed: day(reviewed),
	reviewedBy: 'An Editor',
});

const pages: CitablePage[] = [
	page('/techniques/swedish-massage/', 'Swedish massage', '2026-11-01'),
	page('/conditions/chronic-low-back-pain/', 'Chronic low back pain', '2026-11-01'),
	page('/conditions/sciatica/', 'Sciatica (lumbar radicular pain)', '2026-10-15'),
	page('/claims/massage-releases-toxins/', 'Massage releases toxins', '2025-02-28'),
	page('/guidelines/nice-ng59/', 'NICE NG59: low back pain and sciatica in over 16s', '2026-01-09'),
	page('/techniques/myofascial-release/', 'Myofascial release – soft tissue work', '2026-11-01'),
	page('/techniques/tuina/', 'Tuina', '2024-12-31'),
	page('/techniques/acupressure/', 'Acupressure, shiatsu and point pressure', '2026-05-05'),
	page('/techniques/spinal-mobilisation/', 'Spinal mobilisation: grades I–IV', '2026-05-05'),
	page('/techniques/massage-á-la-carte/', 'Massage à la carte', '2026-05-05'),
	// Not plain: quotes, apostrophes, a question mark, markup, a duplicate title in the same year.
	page('/claims/does-massage-help/', 'Does massage help?', '2026-11-01'),
	page('/claims/people-s-massage/', "People's massage", '2026-11-01'),
	page('/claims/quoted/', 'The "knots" claim', '2026-11-01'),
	page('/claims/markup/', 'Massage <i>and</i> pain & stiffness', '2026-11-01'),
	page('/techniques/cupping/', 'Cupping', '2026-03-03'),
	page('/claims/cupping/', 'Cupping', '2026-07-07'),
];

describe('formatPageCitations', () => {
	test.each(STYLE_IDS)('%s: every page equals citeproc on its own', (style) => {
		const fast = formatPageCitations(pages, site, (items) => library.formatItems(items, style));
		const direct = library.formatItems(
			pages.map((p) => pageCitationItem(p, site)),
			style,
		);
		expect(fast.size).toBe(pages.length);
		for (const p of pages) expect(fast.get(p.url), `${style} ${p.title}`).toBe(direct.get(p.url));
	});

	test('the template path formats one item per reviewed date, not one per page', () => {
		const formatted: number[] = [];
		const many = Array.from({ length: 300 }, (_, i) =>
			page(`/techniques/t-${i}/`, `Technique number ${i}`, i % 2 ? '2026-11-01' : '2026-10-01'),
		);
		formatPageCitations(many, site, (items) => {
			formatted.push(items.length);
			return library.formatItems(items, 'apa');
		});
		expect(formatted).toEqual([2]);
	});

	test('two pages with the same title and year are told apart by citeproc ("2026a", "2026b")', () => {
		const twins = [
			page('/techniques/cupping/', 'Cupping', '2026-03-03'),
			page('/claims/cupping/', 'Cupping', '2026-07-07'),
		];
		const out = formatPageCitations(twins, site, (items) => library.formatItems(items, 'apa'));
		expect([...out.values()].join(' ')).toMatch(/2026a.*2026b|2026b.*2026a/);
	});
});
