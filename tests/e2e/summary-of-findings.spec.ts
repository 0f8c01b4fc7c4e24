// The summary of findings answers "how much, against what, how sure" at the top of every technique
// and condition page with findings: one row per result with its plot, a link to the card, readable
// on a phone without sideways scroll, and plots that follow dark mode and print in black.
import { expect, test } from '@playwright/test';
import { checkProject } from '../../src/lib/content/check-project.ts';
import { findingsOf } from '../../src/lib/content/shown-findings.ts';
import { findingAnchor } from '../../src/schemas/finding.ts';

const { pages, findings } = checkProject(process.cwd());
const evidencePages = pages
	.filter((p) => p.kind === 'techniques' || p.kind === 'conditions')
	.map((p) => {
		const shown = findingsOf({ findings }, p.kind, p.slug, p.page);
		const rows = shown.filter((f) => f.direction !== 'no comparison');
		return { url: `/${p.kind}/${p.slug}/`, rows, withEffect: rows.filter((f) => f.effect) };
	});

test('on a phone, a reader reads one row of the summary and follows it to the finding', async ({
	page,
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/techniques/swedish-massage/');
	const sof = page.locator('#summary-of-findings');
	await expect(sof.getByRole('heading', { name: 'Summary of findings' })).toBeVisible();
	// Before the cards: the summary comes first in the page.
	const [sofTop, cardsTop] = await Promise.all([
		sof.evaluate((e) => e.getBoundingClientRect().top),
		page.locator('#findings').evaluate((e) => e.getBoundingClientRect().top),
	]);
	expect(sofTop).toBeLessThan(cardsTop);
	const row = sof
		.locator('tbody tr')
		.filter({ has: page.locator('svg.effect-plot') })
		.first();
	await row.scrollIntoViewIfNeeded();
	const words = (await row.locator('.effect-words').textContent())?.trim() ?? '';
	expect(words).toMatch(/ (better|worse) with |in favour of /);
	await expect(row.locator('svg.effect-plot')).toHaveAttribute('aria-label', words);
	await expect(row.locator('td').nth(1)).not.toHaveText('');
	await expect(row.locator('td').nth(2)).toContainText(/(high|moderate|low|very low) certainty/);
	// The legend is drawn by the style sheet (one copy for the site, not one per plot): read what
	// the reader sees, both ends, and that it is on screen.
	const legend = row.locator('.plot-legend');
	await expect(legend).toBeVisible();
	expect(
		await legend.evaluate((el) =>
			['::before', '::after'].map((p) => getComputedStyle(el, p).content).join(' '),
		),
	).toBe('"◀ favours comparison" "favours treatment ▶"');
	const noScroll = await page.evaluate(
		() => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
	);
	expect(noScroll, 'sideways scroll at 390 px').toBe(true);
	const link = row.locator('th a');
	const href = (await link.getAttribute('href')) ?? '';
	expect(href).toMatch(/^#finding-/);
	await link.click();
	await expect(page).toHaveURL(new RegExp(`${href}$`));
	const card = page.locator(`article.claim${href}`);
	await expect(card).toBeInViewport();
	await expect(card.locator('.effect-words')).toHaveText(words);
});

test('every technique and condition page with results has the summary, one row and plot per result', async ({
	page,
}) => {
	let checked = 0;
	for (const p of evidencePages) {
		await page.goto(p.url);
		const sof = page.locator('#summary-of-findings');
		if (p.rows.length === 0) {
			await expect(sof, p.url).toHaveCount(0);
			continue;
		}
		checked++;
		await expect(sof.locator('tbody tr'), p.url).toHaveCount(p.rows.length);
		await expect(sof.locator('svg.effect-plot'), p.url).toHaveCount(p.withEffect.length);
		const hrefs = await sof
			.locator('tbody th a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs.sort(), p.url).toEqual(p.rows.map((f) => `#${findingAnchor(f.key)}`).sort());
		for (const h of hrefs)
			await expect(page.locator(`article.claim${h}`), `${p.url}${h}`).toHaveCount(1);
		// At most one "What the evidence says" heading, and jump links to the page's sections.
		expect(
			await page.getByRole('heading', { name: 'What the evidence says' }).count(),
			p.url,
		).toBeLessThanOrEqual(1);
		await expect(
			page.locator('nav.on-this-page a[href="#summary-of-findings"]'),
			p.url,
		).toHaveCount(1);
	}
	expect(checked).toBeGreaterThan(15);
});

test('the plot follows dark mode and prints in black', async ({ page }) => {
	const colour = () =>
		page
			.locator('svg.effect-plot')
			.first()
			.evaluate((e) => getComputedStyle(e).color);
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/techniques/swedish-massage/');
	const light = await colour();
	await page.emulateMedia({ colorScheme: 'dark' });
	const dark = await colour();
	expect(dark).not.toBe(light);
	const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(dark).not.toBe(bg);
	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	expect(await colour()).toBe('rgb(0, 0, 0)');
});
