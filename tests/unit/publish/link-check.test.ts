// The built site's links: every internal link and #fragment resolves to a page and an element in
// dist/, checked offline on tiny planted sites; `npm run check-links` exits 1 on any broken one.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkLinks, formatLinkFailure } from '../../../src/publish/link-check.ts';

const roots: string[] = [];
afterAll(() => {
	for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** Writes a tiny built site; each value is a page's <body>, or a whole file for non-HTML paths. */
function site(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'link-check-'));
	roots.push(root);
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		const html = `<!doctype html>\n<html lang="en">\n<head><title>t</title></head>\n<body>\n${content}\n</body>\n</html>\n`;
		writeFileSync(join(root, path), path.endsWith('.html') ? html : content);
	}
	return root;
}

const good = {
	'index.html': [
		'<a href="#main">Skip</a> <main id="main">',
		'<a href="/techniques/">Techniques</a> <a href="techniques/swedish-massage/#evidence">Evidence</a>',
		'<a href="/techniques/swedish-massage/?q=x#claim-pain">Claim</a> <a href="#top">Top</a> <a href="#">Top</a>',
		'<img src="/favicon.svg" srcset="/favicon.svg 1x, /favicon.svg?v=2 2x" alt="">',
		'<a href="https://example.org/missing/">External</a> <a href="mailto:a@example.org">Mail</a>',
		'<a href="//cdn.example.org/x.js">Protocol-relative</a></main>',
	].join('\n'),
	'techniques/index.html':
		'<a href="../">Home</a> <a href="swedish-massage/#ref-cherkin2011">Ref</a>',
	'techniques/swedish-massage/index.html':
		'<h2 id="evidence">Evidence</h2> <p id="claim-pain">x</p> <a name="ref-cherkin2011"></a> <a href="#caf%C3%A9">Café</a> <h3 id="café">c</h3>',
	'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
	'pagefind/ignored.html': '<a href="/nowhere/">Skipped: Pagefind output</a>',
};

const messages = (files: Record<string, string>) =>
	checkLinks(site(files)).failures.map((f) => formatLinkFailure(f));

describe('a site whose links all resolve', () => {
	test('passes, and counts its pages and internal links', () => {
		const report = checkLinks(site(good));
		expect(report.failures).toEqual([]);
		expect({ pages: report.pages, links: report.links }).toEqual({ pages: 3, links: 12 });
	});
});

test('a link to a page that does not exist', () => {
	expect(
		messages({
			...good,
			'index.html': '<p>See <a href="/techniques/swedish-masage/">Swedish massage</a>.</p>',
		}),
	).toMatchInlineSnapshot(`
			[
			  "dist/index.html:5:8: broken link "/techniques/swedish-masage/" (no such page)",
			]
		`);
});

test('a same-page fragment with no element of that id', () => {
	expect(
		messages({
			...good,
			'techniques/index.html': '<a href="#evidnce">Evidence</a> <h2 id="evidence">E</h2>',
		}),
	).toMatchInlineSnapshot(`
			[
			  "dist/techniques/index.html:5:1: broken link "#evidnce" (no element with id "evidnce" on this page)",
			]
		`);
});

test('a cross-page fragment with no element of that id in the target page', () => {
	expect(
		messages({
			...good,
			'techniques/index.html': '<a href="/techniques/swedish-massage/#claim-sleep">Sleep</a>',
		}),
	).toMatchInlineSnapshot(`
			[
			  "dist/techniques/index.html:5:1: broken link "/techniques/swedish-massage/#claim-sleep" (no element with id "claim-sleep" in dist/techniques/swedish-massage/index.html)",
			]
		`);
});

test('a page link without the trailing slash, and a missing asset', () => {
	expect(
		messages({
			...good,
			'techniques/index.html':
				'<a href="/techniques/swedish-massage">S</a> <img src="/spine.png" alt="">',
		}),
	).toMatchInlineSnapshot(`
			[
			  "dist/techniques/index.html:5:1: broken link "/techniques/swedish-massage" (no such page; the site uses trailing slashes, write "/techniques/swedish-massage/")",
			  "dist/techniques/index.html:5:45: broken link "/spine.png" (no such file)",
			]
		`);
});

describe('the CLI', () => {
	const cli = (dir: string) =>
		spawnSync(
			process.execPath,
			[
				'--experimental-strip-types',
				'--no-warnings=ExperimentalWarning',
				'src/cli/check-links.ts',
				dir,
			],
			{ encoding: 'utf8' },
		);

	test('exits 1 on a site with a broken link, listing it and a summary', () => {
		const run = cli(site({ ...good, 'index.html': '<a href="/nope/">x</a>' }));
		expect(run.status).toBe(1);
		expect(run.stdout).toContain('/index.html:5:1: broken link "/nope/" (no such page)');
		expect(run.stdout.trim().split('\n').at(-1)).toMatch(
			/^1 broken link; checked 4 internal links and fragments on 3 pages \(\d+ ms\)\.$/,
		);
	});

	test('exits 0 on a site whose links all resolve', () => {
		const run = cli(site(good));
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(
			/^0 broken links; checked 12 internal links and fragments on 3 pages \(\d+ ms\)\.\n$/,
		);
	});

	test('exits 1 when there is no built site to check', () => {
		const run = cli(join(tmpdir(), 'no-such-dist-folder'));
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('no such folder. Run npm run build first');
	});
});
