// After one visit to the home page, pages and search work with the network off.
import { expect, test } from '@playwright/test';

test('after loading the home page once, a technique page and a search work offline', async ({
	page,
	context,
}) => {
	await page.goto('/');
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		// Wait until the worker is active; precaching finishes before activation.
		if (registration.active?.state !== 'activated') {
			await new Promise<void>((resolve) =>
				registration.active?.addEventListener('statechange', () => resolve()),
			);
		}
	});
	await context.setOffline(true);
	await page.goto('/techniques/trigger-point-therapy/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trigger point therapy');
	await page.goto('/search/?q=sciatica');
	await expect(page.locator('.pagefind-ui__result-link').first()).toHaveAttribute(
		'href',
		/\/conditions\/sciatica\/$/,
	);
	await context.setOffline(false);
});

test('the web app manifest is installable: name, start URL, standalone display and PNG icons', async ({
	page,
	request,
}) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const manifest = await (await request.get(href ?? '')).json();
	expect(manifest).toMatchObject({
		name: 'Back Pain Evidence',
		start_url: '/',
		display: 'standalone',
	});
	for (const size of ['192x192', '512x512']) {
		const icon = manifest.icons.find((i: { sizes: string }) => i.sizes === size);
		expect((await request.get(icon.src)).headers()['content-type']).toBe('image/png');
	}
});
