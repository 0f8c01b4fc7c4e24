// The editors' queue shows the audit's findings for content/, with counts and links to the lines.
import { expect, test } from '@playwright/test';

test('the editors page lists findings by rule and file, and the citation-needed queue links to its line', async ({
	page,
}) => {
	await page.goto('/editors/');
	await expect(page.getByRole('heading', { level: 1, name: "Editors' queue" })).toBeVisible();
	await expect(page.locator('.summary')).toContainText(
		/0 errors, \d+ warnings, [1-9]\d* sentences? marked "citation needed"/,
	);
	await expect(page.getByRole('table')).toContainText('claims:uncited');
	const queued = page.locator('#citation-needed + ul a').first();
	await expect(queued).toHaveText(/content\/conditions\/herniated-disc\.mdx:\d+/);
	await queued.click();
	await expect(page).toHaveURL(
		/\/editors\/source\/content\/conditions\/herniated-disc\.mdx\/#L\d+$/,
	);
	await expect(page.locator('li:target')).toContainText('<CitationNeeded />');
});

test('a marked sentence shows readers a visible "citation needed" note', async ({ page }) => {
	await page.goto('/conditions/herniated-disc/');
	await expect(page.locator('.prose .citation-needed')).toHaveText('[citation needed]');
});
