// Reference previews: focusing (keyboard) or hovering a citation marker shows the formatted reference.
import { expect, test } from '@playwright/test';

// Previews are CSS only: they must work with JavaScript switched off (the page's one script is
// the copy buttons').
test.use({ javaScriptEnabled: false });

test('keyboard focus and hover on a citation marker show its formatted reference; the list needs no script', async ({
	page,
}) => {
	await page.goto('/techniques/swedish-massage/');
	const marker = page.locator('.prose a.cite').first();
	const previewId = await marker.getAttribute('aria-describedby');
	const preview = page.locator(`#${previewId}`);
	await expect(preview).toBeHidden();
	await marker.focus();
	await expect(preview).toBeVisible();
	await expect(preview).toContainText(/\(\d{4}[a-z]?\)\./);
	await page.locator('h1').hover();
	await marker.blur();
	await expect(preview).toBeHidden();
	await marker.hover();
	await expect(preview).toBeVisible();
	await expect(page.locator('.reference-list li').first()).toBeVisible();
});
