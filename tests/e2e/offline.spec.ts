// Offline use: a light first visit (the shell only), pages and searches kept as they are read,
// and the search page's "Save the whole site" for everything.
import { expect, test } from '@playwright/test';
import { measureFirstVisit, serviceWorkerReady } from '../../bench/transfer.ts';

test('a first visit to the home page downloads at most 2 MB, gzip as served, with the offline shell', async ({
	context,
}) => {
	const visit = await measureFirstVisit(context, '/');
	console.log(
		`first visit to /: ${visit.files.length} files, ${(visit.gzip / 1024).toFixed(1)} KB gzip\n${visit.files.map((f) => `  ${f.url} ${f.gzip} B gzip`).join('\n')}`,
	);
	expect(visit.files.length).toBeGreaterThan(5);
	expect(visit.files.map((f) => f.url)).toContain('/sw.js');
	expect(visit.gzip).toBeLessThanOrEqual(2 * 1024 * 1024);
	// Only the shell: no content page is fetched before the reader opens it.
	expect(
		visit.files.filter((f) => /^\/(techniques|conditions|claims|references|editors)\//.test(f.url)),
	).toEqual([]);
});

test('a page read once and a search made once work offline; a page never opened says so', async ({
	page,
	context,
}) => {
	await page.goto('/');
	await serviceWorkerReady(page);
	await page.goto('/techniques/trigger-point-therapy/');
	await page.goto('/search/?q=sciatica');
	await expect(page.locator('.pagefind-ui__result-link').first()).toHaveAttribute(
		'href',
		/\/conditions\/sciatica\/$/,
	);
	await context.setOffline(true);
	await page.goto('/techniques/trigger-point-therapy/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trigger point therapy');
	await page.goto('/search/?q=sciatica');
	await expect(page.locator('.pagefind-ui__result-link').first()).toHaveAttribute(
		'href',
		/\/conditions\/sciatica\/$/,
	);
	await page.goto('/references/cherkin2011/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'This page is not saved on this device',
	);
	await context.setOffline(false);
});

test('"Save the whole site" shows the size first, shows progress, can be cancelled, and then works offline', async ({
	page,
	context,
	request,
}) => {
	const list = (await (await request.get('/offline-files.json')).json()) as {
		bytes: number;
		files: { url: string }[];
	};
	await page.goto('/search/');
	await serviceWorkerReady(page);
	const section = page.locator('#save-offline');
	await expect(section.getByRole('heading', { name: 'Use offline' })).toBeVisible();
	await expect(section.locator('[data-save-size]')).toHaveText(
		new RegExp(`^${list.files.length} files, up to \\d+(\\.\\d)? MB$`),
	);
	const start = section.getByRole('button', { name: 'Save the whole site for offline use' });
	// Cancel at once: the save stops and says so, and a second save picks up the rest.
	await start.click();
	await section.getByRole('button', { name: 'Cancel' }).click();
	await expect(section.getByRole('status')).toHaveText(/^Stopped\./);
	await expect(section.getByRole('button', { name: 'Cancel' })).toBeHidden();
	await start.click();
	await expect(section.getByRole('status')).toHaveText(/^Saved:/, { timeout: 60_000 });
	const progress = section.locator('progress');
	const [value, max] = await progress.evaluate((p: HTMLProgressElement) => [p.value, p.max]);
	expect(max).toBe(list.bytes);
	expect(value).toBe(max);
	await context.setOffline(true);
	for (const path of ['/references/cherkin2011/', '/claims/massage-releases-endorphins/']) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(
			'This page is not saved on this device',
		);
	}
	await page.goto('/search/?q=cupping');
	await expect(page.locator('.pagefind-ui__result-link').first()).toHaveAttribute(
		'href',
		/\/techniques\/cupping\/$/,
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
