// Content pages ship no JavaScript; only the search page loads Pagefind. Bytes are logged for the notes.
import { gzipSync } from 'node:zlib';
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

test('a first search stays under 250 KB and a second query under 60 KB, gzip-compressed as served', async ({ page }) => {
	const got: { url: string; raw: number; gzip: number }[] = [];
	page.on('response', async (response) => {
		if (!response.url().includes('/pagefind/') && response.request().resourceType() !== 'script') return;
		const body = await response.body().catch(() => Buffer.alloc(0));
		got.push({ url: response.url().replace(/^https?:\/\/[^/]+/, ''), raw: body.length, gzip: gzipSync(body).length });
	});
	await page.goto('/search/?q=sciatica');
	await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	const first = got.splice(0);
	const input = page.getByRole('search').getByRole('textbox');
	await input.fill('knots');
	await expect(page.locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', /(trigger-point|myofascial)/);
	await page.waitForLoadState('networkidle');
	const second = got.splice(0);
	const sum = (list: typeof got, k: 'raw' | 'gzip') => list.reduce((n, r) => n + r[k], 0);
	const report = (name: string, list: typeof got) =>
		`${name}: ${list.length} files, ${(sum(list, 'gzip') / 1024).toFixed(1)} KB gzip (${(sum(list, 'raw') / 1024).toFixed(1)} KB raw)\n${list.map((r) => `  ${r.url} ${r.gzip} B gzip`).join('\n')}`;
	console.log(`${report('first search', first)}\n${report('second query', second)}`);
	expect(sum(first, 'gzip')).toBeLessThan(250 * 1024);
	expect(sum(second, 'gzip')).toBeLessThan(60 * 1024);
});
