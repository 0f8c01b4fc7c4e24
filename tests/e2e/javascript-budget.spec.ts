// Content pages ship no JavaScript; only the search page loads Pagefind. Bytes are logged for the notes.
import { expect, test, type Page } from '@playwright/test';

async function scriptBytes(page: Page, path: string, settle?: (page: Page) => Promise<void>): Promise<{ count: number; bytes: number }> {
	const sizes: Promise<number>[] = [];
	page.on('response', (response) => {
		const type = response.request().resourceType();
		if (type === 'script' || response.url().endsWith('.wasm') || response.url().includes('/pagefind/')) {
			sizes.push(response.body().then((b) => b.length, () => 0));
		}
	});
	await page.goto(path);
	if (settle) await settle(page);
	await page.waitForLoadState('networkidle');
	const all = await Promise.all(sizes);
	return { count: all.length, bytes: all.reduce((a, b) => a + b, 0) };
}

for (const path of ['/techniques/swedish-massage/', '/matrix/', '/editors/', '/conditions/sciatica/', '/claims/massage-releases-endorphins/', '/guidelines/nice-ng59/', '/references/cherkin2011/', '/references/']) {
	test(`${path} loads no JavaScript`, async ({ page }) => {
		const { count } = await scriptBytes(page, path);
		expect(await page.locator('script').count()).toBe(0);
		expect(count).toBe(0);
	});
}

test('the home page carries only the service-worker registration, a few hundred bytes', async ({ page }) => {
	await page.goto('/');
	const scripts = await page.locator('script').evaluateAll((s) => s.map((x) => ({ src: x.getAttribute('src'), text: x.textContent ?? '' })));
	expect(scripts).toHaveLength(1);
	expect(scripts[0]?.src).toBeNull();
	expect(scripts[0]?.text).toContain("serviceWorker.register('/sw.js')");
	expect(scripts[0]?.text.length).toBeLessThan(200);
});

test('the search page loads Pagefind, and a search downloads its index', async ({ page }, info) => {
	const { count, bytes } = await scriptBytes(page, '/search/?q=sciatica', async (p) => {
		await expect(p.locator('.pagefind-ui__result-link').first()).toBeVisible();
	});
	expect(count).toBeGreaterThan(0);
	info.annotations.push({ type: 'bytes', description: `search page + one query: ${count} Pagefind/script responses, ${bytes} bytes uncompressed` });
	console.log(`search page + one query: ${count} Pagefind/script responses, ${bytes} bytes uncompressed`);
});
