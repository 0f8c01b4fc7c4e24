// What a reader does: home → technique → citation → reference page → DOI; search finds a page.
import { expect, test } from '@playwright/test';

test('a reader follows a citation from a technique page to the reference and its DOI', async ({
	page,
}) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Relaxation (Swedish) massage' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Swedish');
	const marker = page.locator('.prose a.cite[href="#ref-cherkin2011"]').first();
	await marker.click();
	await expect(page).toHaveURL(/#ref-cherkin2011$/);
	const item = page.locator('#ref-cherkin2011');
	await expect(item).toBeVisible();
	await expect(item).toContainText('Cherkin');
	await item.getByRole('link', { name: /Details/ }).click();
	await expect(page).toHaveURL(/\/references\/cherkin2011\/$/);
	const doi = page.getByRole('link', { name: '10.7326/0003-4819-155-1-201107050-00002' });
	await expect(doi).toHaveAttribute(
		'href',
		'https://doi.org/10.7326/0003-4819-155-1-201107050-00002',
	);
});

test('search for a word from a page reaches that page', async ({ page }) => {
	await page.goto('/search/');
	await page.getByRole('search').getByRole('textbox', { name: 'Search' }).fill('petrissage');
	const first = page.locator('.pagefind-ui__result-link').first();
	await expect(first).toBeVisible();
	await expect(first).toHaveAttribute('href', /\/techniques\/swedish-massage\/$/);
	await first.click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Swedish');
});

test('the home page search form hands its query to the search page', async ({ page }) => {
	await page.goto('/');
	await page.getByLabel('Search techniques, conditions and references').fill('sciatica');
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/\/search\/\?q=sciatica$/);
	await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
});
