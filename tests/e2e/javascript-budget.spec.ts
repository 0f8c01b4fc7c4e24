// Content pages ship no JavaScript; only the search page loads Pagefind. Bytes are logged for the notes.
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

async function scriptBytes(
	page: Page,
	path: string,
	settle?: (page: Page) => Promise<void>,
): Promise<{ count: number; bytes: number }> {
	const sizes: Promise<number>[] = [];
	page.on('response', (response) => {
		const type = response.request().resourceType();
		if (
			type === 'script' ||
			response.url().endsWith('.wasm') ||
			response.url().includes('/pagefind/')
		) {
			sizes.push(
				response.body().then(
					(b) => b.length,
					() => 0,
				),
			);
		}
	});
	await page.goto(path);
	if (settle) await settle(page);
	await page.waitForLoadState('networkidle');
	const all = await Promise.all(sizes);
	return { count: all.length, bytes: all.reduce((a, b) => a + b, 0) };
}

/** Executable scripts on the page (JSON-LD is data, not JavaScript). */
const executableScripts = (page: Page) =>
	page.locator('script:not([type="application/ld+json"])').evaluateAll((s) =>
		s.map((x) => ({
			src: x.getAttribute('src'),
			type: x.getAttribute('type'),
			text: x.textContent ?? '',
		})),
	);

// Pages with citations carry one inline script: the copy buttons and the remembered style.
for (const path of [
	'/techniques/swedish-massage/',
	'/conditions/sciatica/',
	'/claims/massage-releases-endorphins/',
	'/guidelines/nice-ng59/',
	'/references/cherkin2011/',
	'/references/',
]) {
	test(`${path} loads no JavaScript file, only the inline copy script (under 1.5 KB gzip)`, async ({
		page,
	}) => {
		const { count } = await scriptBytes(page, path);
		expect(count).toBe(0);
		const scripts = await executableScripts(page);
		expect(scripts).toHaveLength(1);
		expect(scripts[0]?.src).toBeNull();
		expect(scripts[0]?.text).toContain('bpe-citation-style');
		expect(gzipSync(scripts[0]?.text ?? '').length).toBeLessThan(1536);
	});
}

for (const path of ['/matrix/', '/editors/', '/glossary/', '/404.html']) {
	test(`${path} loads no JavaScript`, async ({ page }) => {
		const { count } = await scriptBytes(page, path);
		expect(await executableScripts(page)).toHaveLength(0);
		expect(count).toBe(0);
	});
}

test('the home page carries only the service-worker registration, a few hundred bytes', async ({
	page,
}) => {
	await page.goto('/');
	const scripts = await page
		.locator('script')
		.evaluateAll((s) => s.map((x) => ({ src: x.getAttribute('src'), text: x.textContent ?? '' })));
	expect(scripts).toHaveLength(1);
	expect(scripts[0]?.src).toBeNull();
	expect(scripts[0]?.text).toContain("serviceWorker.register('/sw.js')");
	expect(scripts[0]?.text.length).toBeLessThan(200);
});

test('a first search stays under 250 KB and a second query under 60 KB, gzip-compressed as served', async ({
	page,
}) => {
	const got: { url: string; raw: number; gzip: number }[] = [];
	page.on('response', async (response) => {
		// Everything search fetches counts: Pagefind, scripts, and the did-you-mean word list.
		const url = response.url();
		if (
			!url.includes('/pagefind/') &&
			!url.includes('/search-terms.json') &&
			response.request().resourceType() !== 'script'
		)
			return;
		const body = await response.body().catch(() => Buffer.alloc(0));
		got.push({
			url: response.url().replace(/^https?:\/\/[^/]+/, ''),
			raw: body.length,
			gzip: gzipSync(body).length,
		});
	});
	await page.goto('/search/?q=sciatica');
	await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	const first = got.splice(0);
	const input = page.getByRole('search').getByRole('textbox');
	await input.fill('knots');
	await expect(page.locator('.pagefind-ui__result-link').first()).toHaveAttribute(
		'href',
		/(trigger-point|myofascial)/,
	);
	await page.waitForLoadState('networkidle');
	const second = got.splice(0);
	const sum = (list: typeof got, k: 'raw' | 'gzip') => list.reduce((n, r) => n + r[k], 0);
	const report = (name: string, list: typeof got) =>
		`${name}: ${list.length} files, ${(sum(list, 'gzip') / 1024).toFixed(1)} KB gzip (${(sum(list, 'raw') / 1024).toFixed(1)} KB raw)\n${list.map((r) => `  ${r.url} ${r.gzip} B gzip`).join('\n')}`;
	console.log(`${report('first search', first)}\n${report('second query', second)}`);
	expect(sum(first, 'gzip')).toBeLessThan(250 * 1024);
	expect(sum(second, 'gzip')).toBeLessThan(60 * 1024);
});
