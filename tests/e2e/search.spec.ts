// Search: the words people use land on the right page first; filters narrow; typos get suggestions.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SEARCH_INDEXED_FOLDERS } from '../../src/site/site-pages.ts';

/** Query → the URL that must come first. The list is the contract; add to it, do not remove. */
const FIRST: [query: string, url: RegExp][] = [
	['sciatica', /\/conditions\/sciatica\/$/],
	['trigger point', /\/techniques\/trigger-point-therapy\/$/],
	['relaxation massage', /\/techniques\/swedish-massage\/$/],
	['knots', /\/techniques\/(trigger-point-therapy|myofascial-release)\/$/],
	['Cherkin', /\/references\/cherkin20\d\d\/$/],
	['endorphins', /\/claims\/massage-releases-endorphins\/$/],
	['NG59', /\/guidelines\/nice-ng59\/$/],
	// Our own ten.
	['lumbago', /\/conditions\/(chronic|acute)-low-back-pain\/$/],
	['slipped disc', /\/conditions\/herniated-disc\/$/],
	['deep tissue massage', /\/techniques\/structural-massage\/$/],
	['shiatsu', /\/techniques\/acupressure\/$/],
	['DOMS', /\/conditions\/post-exercise-muscle-soreness\/$/],
	['chiropractic', /\/techniques\/spinal-manipulation\/$/],
	['massage gun', /\/techniques\/massage-devices\/$/],
	['toxins', /\/claims\/massage-flushes-toxins\/$/],
	['American College of Physicians', /\/guidelines\/acp-2017\/$/],
	['21727288', /\/references\/cherkin2011\/$/],
	// The pages issue 17 added.
	['cupping', /\/techniques\/cupping\/$/],
	['reflexology', /\/techniques\/reflexology\/$/],
	['osteopathy', /\/techniques\/osteopathic-manipulative-treatment\/$/],
	['muscle energy technique', /\/techniques\/muscle-energy-technique\/$/],
	['massage in pregnancy', /\/conditions\/pregnancy-low-back-and-pelvic-pain\/$/],
	['WHO guideline', /\/guidelines\/who-2023\/$/],
	['adverse events', /\/safety\/$/],
];

async function search(page: Page, query: string) {
	await page.goto(`/search/?q=${encodeURIComponent(query)}`);
	const first = page.locator('.pagefind-ui__result-link').first();
	await expect(first).toBeVisible();
	return page.locator('.pagefind-ui__result-link');
}

for (const [query, url] of FIRST) {
	test(`"${query}" puts the right page first`, async ({ page }) => {
		const links = await search(page, query);
		await expect(links.first()).toHaveAttribute('href', url);
	});
}

test('results show the bottom line and the best certainty', async ({ page }) => {
	await search(page, 'sciatica');
	await expect(page.locator('.pagefind-ui__result-excerpt').first()).toContainText(
		/certainty|no trials found/,
	);
});

test('filters "condition: Sciatica" and "type: Technique" leave only techniques with claims about sciatica', async ({
	page,
}) => {
	await search(page, 'massage');
	// Pagefind's UI re-renders its filter blocks while counts load, which can close a block just
	// opened: open each until its checkbox shows. Click only a block that is closed, so a retry on
	// a slow machine never closes the block the previous try opened.
	const openFilter = async (block: RegExp, option: RegExp) => {
		const details = page.locator('details.pagefind-ui__filter-block', {
			has: page.locator('summary', { hasText: block }),
		});
		await expect(async () => {
			const box = page.getByRole('checkbox', { name: option });
			if (
				!(await box.isVisible()) &&
				!(await details.evaluate((d) => (d as HTMLDetailsElement).open))
			)
				await details.locator('summary').click();
			await expect(box).toBeVisible({ timeout: 3000 });
		}).toPass({ timeout: 30_000 });
	};
	await openFilter(/^\s*type\s*$/i, /^Technique/);
	const message = page.locator('.pagefind-ui__message');
	const all = await message.textContent();
	await page.getByRole('checkbox', { name: /^Technique/ }).check();
	await expect(message).not.toHaveText(all ?? '');
	const techniques = await message.textContent();
	await openFilter(/^\s*condition\s*$/i, /^Sciatica/);
	await page.getByRole('checkbox', { name: /^Sciatica/ }).check();
	await expect(message).not.toHaveText(techniques ?? '');
	// The count can change before the result list re-renders, so read the list until it settles:
	// every result must be a technique page that carries the Sciatica filter.
	await expect(async () => {
		const hrefs = await page
			.locator('.pagefind-ui__result-link')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of hrefs) {
			expect(href).toMatch(/^\/techniques\//);
			const html = await (await page.request.get(href ?? '')).text();
			expect(html, href ?? '').toContain('<span data-pagefind-filter="condition">Sciatica');
		}
	}).toPass({ timeout: 15_000 });
});

for (const [typo, suggestion] of [
	['sciatcia', /Sciatica/],
	['myofacial', /Myofascial/],
] as const) {
	test(`a misspelt query "${typo}" offers the right suggestion`, async ({ page }) => {
		await page.goto(`/search/?q=${typo}`);
		await expect(page.locator('#did-you-mean')).toContainText(suggestion);
	});
}

test('every page marked for the index lies in a folder Pagefind reads', () => {
	const dist = join(import.meta.dirname, '../../dist');
	const marked = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
		(f) =>
			f.endsWith('.html') && readFileSync(join(dist, f), 'utf8').includes('data-pagefind-body'),
	);
	const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	expect(marked.length).toBeGreaterThan(0);
	expect(entry.languages['en']?.page_count).toBe(marked.length);
	const outside = marked.filter((f) => !SEARCH_INDEXED_FOLDERS.includes(f.split(/[\\/]/)[0] ?? ''));
	expect(outside).toEqual([]);
});
