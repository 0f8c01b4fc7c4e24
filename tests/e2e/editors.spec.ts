// The editors' queue shows the audit's findings for content/, with counts and links to the lines.
import { expect, test } from '@playwright/test';

test('the editors page counts findings by rule and folder, and the citation-needed queue links to its line', async ({
	page,
}) => {
	await page.goto('/editors/');
	await expect(page.getByRole('heading', { level: 1, name: "Editors' queue" })).toBeVisible();
	await expect(page.locator('.summary')).toContainText(
		/0 errors, \d+ warnings, [1-9]\d* sentences? marked "citation needed"/,
	);
	await expect(page.getByRole('table').first()).toContainText('claims:uncited');
	await expect(page.getByRole('table').nth(1)).toContainText('content/techniques/');
	const queued = page.locator('#citation-needed + ul a').first();
	await expect(queued).toHaveText(/content\/conditions\/herniated-disc\.mdx:\d+/);
	await queued.click();
	await expect(page).toHaveURL(
		/\/editors\/source\/content\/conditions\/herniated-disc\.mdx\/#L\d+$/,
	);
	await expect(page.locator('li:target')).toContainText('<CitationNeeded />');
});

test('each rule has its own page of findings, grouped by file, each linked to its line', async ({
	page,
}) => {
	await page.goto('/editors/');
	const row = page.getByRole('row', { name: /claims:uncited/ });
	const count = Number(await row.getByRole('cell').nth(1).textContent());
	expect(count).toBeGreaterThan(0);
	await row.getByRole('link', { name: 'claims:uncited' }).click();
	await expect(page).toHaveURL(/\/editors\/rules\/claims-uncited\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('claims:uncited');
	await expect(page.locator('.summary')).toContainText(`${count} findings`);
	const lines = page.locator('.file-findings li a');
	expect(await lines.count()).toBe(Math.min(count, 200));
	await lines.first().click();
	await expect(page).toHaveURL(/\/editors\/source\/content\/.+\.mdx\/#L\d+$/);
	await expect(page.locator('li:target')).toBeVisible();
});

test('a marked sentence shows readers a visible "citation needed" note', async ({ page }) => {
	await page.goto('/conditions/herniated-disc/');
	await expect(page.locator('.prose .citation-needed')).toHaveText('[citation needed]');
});
