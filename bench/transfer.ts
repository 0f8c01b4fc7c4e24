/**
 * What a reader's browser downloads from a built site, measured in a headless system Chromium
 * against `astro preview`: the bytes of a first and a second search (gzip-compressed as a static
 * host would serve them) and the JavaScript of a content page. Same method as
 * tests/e2e/javascript-budget.spec.ts, usable outside the test runner.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/chromium.ts';
import type { Browser, BrowserContext, Page } from '@playwright/test';

/** One downloaded file: its path, what kind of file it is, and its size raw and gzipped. */
export interface Transfer {
	url: string;
	kind: 'pagefind' | 'script' | 'search terms' | 'other';
	raw: number;
	gzip: number;
}

/** One script of a content page (a file or inline), and what it is for. */
export interface ContentScript {
	source: string;
	bytes: number;
	purpose: 'copy' | 'search' | 'other';
}

/** The bytes of the two searches and of a content page's scripts. */
export interface TransferReport {
	firstSearch: Transfer[];
	secondSearch: Transfer[];
	/** JavaScript of the content page; JSON-LD and other data blocks are not scripts. */
	contentPageScripts: ContentScript[];
}

/** Tells the copy-button and search scripts, which content pages may carry, from any other. */
export const scriptPurpose = (source: string, text: string): ContentScript['purpose'] =>
	/copy|clipboard/i.test(source) || /navigator\.clipboard/.test(text)
		? 'copy'
		: /search|pagefind/i.test(source) || /pagefind/i.test(text)
			? 'search'
			: 'other';

/** Starts `astro preview` of the built site in `dir` on a free port; resolves with its URL. */
export function startPreview(dir: string): Promise<{ url: string; server: ChildProcess }> {
	const code = `const { preview } = await import('astro');
const server = await preview({ root: process.cwd(), server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
console.log('preview-port ' + server.port);`;
	const server = spawn(process.execPath, ['--input-type=module', '-e', code], {
		cwd: dir,
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	return new Promise((done, fail) => {
		let out = '';
		server.on('error', fail);
		server.on('exit', (exitCode) =>
			fail(new Error(`astro preview exited with ${exitCode}: ${out}`)),
		);
		server.stdout?.on('data', (chunk: Buffer) => {
			out += chunk.toString('utf8');
			const port = /preview-port (\d+)/.exec(out)?.[1];
			if (port) done({ url: `http://127.0.0.1:${port}`, server });
		});
	});
}

/** Launches the system Chromium the way the browser tests do. */
export async function launchChromium(): Promise<Browser> {
	const { chromium } = await import('@playwright/test');
	return chromium.launch({
		...(chromiumPath ? { executablePath: chromiumPath } : {}),
		args: [...CHROMIUM_ARGS],
	});
}

const kindOf = (url: string, type: string): Transfer['kind'] =>
	url.includes('/pagefind/')
		? 'pagefind'
		: type === 'script'
			? 'script'
			: url.includes('/search-terms')
				? 'search terms'
				: 'other';

/** Records every response of `page` (documents and the site's own styles left out). */
function record(page: Page): { list: Transfer[]; quiet: (ms: number) => Promise<void> } {
	const list: Transfer[] = [];
	let last = Date.now();
	page.on('response', async (response) => {
		last = Date.now();
		const type = response.request().resourceType();
		if (type === 'document' || (type === 'stylesheet' && !response.url().includes('/pagefind/')))
			return;
		const body = await response.body().catch(() => Buffer.alloc(0));
		last = Date.now();
		const url = response.url().replace(/^https?:\/\/[^/]+/, '');
		list.push({ url, kind: kindOf(url, type), raw: body.length, gzip: gzipSync(body).length });
	});
	const quiet = async (ms: number) => {
		while (Date.now() - last < ms) await page.waitForTimeout(100);
	};
	return { list, quiet };
}

/** Waits until Pagefind's UI reports results (or none) for `query`, then for the network to rest. */
async function searched(
	page: Page,
	query: string,
	quiet: (ms: number) => Promise<void>,
): Promise<void> {
	await page.waitForFunction(
		(q) => (document.querySelector('.pagefind-ui__message')?.textContent ?? '').includes(q),
		query,
		{ timeout: 60_000 },
	);
	await quiet(1000);
}

/**
 * Measures a first search (`/search/?q=<first>`), a second query typed into the same page, and
 * the scripts of `contentPage`. Service workers are blocked, so only what the search itself
 * fetches is counted (the offline precache is reported by the build).
 */
export async function measureTransfers(
	browser: Browser,
	baseUrl: string,
	queries: readonly [string, string],
	contentPage: string,
): Promise<TransferReport> {
	const context = await browser.newContext({ baseURL: baseUrl, serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		const { list, quiet } = record(page);
		await page.goto(`/search/?q=${encodeURIComponent(queries[0])}`);
		await searched(page, queries[0], quiet);
		const firstSearch = list.splice(0);
		await page.locator('.pagefind-ui__search-input').fill(queries[1]);
		await searched(page, queries[1], quiet);
		const secondSearch = list.splice(0);
		const content = await context.newPage();
		const files: ContentScript[] = [];
		content.on('response', async (response) => {
			if (response.request().resourceType() !== 'script') return;
			const body = await response.body().catch(() => Buffer.alloc(0));
			const source = response.url().replace(/^https?:\/\/[^/]+/, '');
			files.push({
				source,
				bytes: body.length,
				purpose: scriptPurpose(source, body.toString('utf8')),
			});
		});
		await content.goto(contentPage);
		await content.waitForLoadState('networkidle');
		const inline = await content
			.locator('script:not([src])')
			.evaluateAll((list) =>
				list
					.filter((x) =>
						['', 'module', 'text/javascript', 'application/javascript'].includes(
							x.getAttribute('type') ?? '',
						),
					)
					.map((x) => x.textContent ?? ''),
			);
		const inlineScripts = inline.map((text, i): ContentScript => ({
			source: `inline script ${i + 1}`,
			bytes: Buffer.byteLength(text),
			purpose: scriptPurpose('', text),
		}));
		return { firstSearch, secondSearch, contentPageScripts: [...files, ...inlineScripts] };
	} finally {
		await context.close();
	}
}

/** Resolves once the page's service worker is active (its precache done) and controls the page. */
export async function serviceWorkerReady(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		// Precaching finishes before activation.
		if (registration.active?.state !== 'activated')
			await new Promise<void>((resolve) =>
				registration.active?.addEventListener('statechange', () => resolve()),
			);
	});
	await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
}

/** What a first visit to a page downloads, the service worker's precache included. */
export interface FirstVisit {
	files: { url: string; gzip: number }[];
	/** Bytes gzip-compressed, as a static host serves them. */
	gzip: number;
}

/**
 * Opens `path` in a fresh context, waits for the service worker to take control, and counts every
 * file fetched: the page's own requests and everything the worker put in Cache Storage (whether
 * or not the browser reports the worker's requests). Workbox's __WB_REVISION__ parameter is
 * dropped so a file counts once. tests/e2e/offline.spec.ts holds the home page to its budget.
 */
export async function measureFirstVisit(context: BrowserContext, path = '/'): Promise<FirstVisit> {
	const once = (url: string) => url.replace(/[?&]__WB_REVISION__=[^&]*$/, '');
	const urls = new Set<string>();
	const listen = (r: { url: () => string }) => urls.add(once(r.url()));
	context.on('requestfinished', listen);
	try {
		const page = await context.newPage();
		await page.goto(path);
		await serviceWorkerReady(page);
		const cached = await page.evaluate(async () => {
			const all: string[] = [];
			for (const name of await caches.keys())
				for (const key of await (await caches.open(name)).keys()) all.push(key.url);
			return all;
		});
		for (const url of cached) urls.add(once(url));
		const origin = new URL(page.url()).origin;
		const files: FirstVisit['files'] = [];
		for (const url of [...urls].sort()) {
			if (!url.startsWith(origin)) continue;
			const body = await (await context.request.get(url)).body();
			files.push({ url: url.slice(origin.length), gzip: gzipSync(body).length });
		}
		await page.close();
		return { files, gzip: files.reduce((n, f) => n + f.gzip, 0) };
	} finally {
		context.off('requestfinished', listen);
	}
}
