// The Sätteri plugin renders Pandoc citations as linked author-year markers and fails on unknown keys.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { citationsPlugin } from '../../../src/markdown/citations.ts';

const root = join(
	process.cwd(),
	'tests',
	'fixtures',
	'sites',
	'site with a citation to an unknown key',
);

async function render(markdown: string): Promise<{ html: string; raw: string }> {
	const fileURL = pathToFileURL(join(root, 'content/techniques/page.mdx'));
	const { html: raw } = await markdownToHtml(markdown, {
		mdastPlugins: [citationsPlugin({ root })],
		fileURL,
	});
	// Previews are tested on their own; strip them (and their aria link) to compare the markers.
	const html = raw
		.trim()
		.replace(/<span class="cite-preview"[^>]*>[^<]*<\/span>/g, '')
		.replace(/ aria-describedby="[^"]*"/g, '');
	return { html, raw };
}

describe('Pandoc citation syntax', () => {
	test.each([
		[
			'[@cherkin2011]',
			'(<a href="#ref-cherkin2011" class="cite" data-cite="cherkin2011">Cherkin &amp; Sherman, 2011</a>)',
		],
		[
			'[@cherkin2011, p. 5]',
			'(<a href="#ref-cherkin2011" class="cite" data-cite="cherkin2011">Cherkin &amp; Sherman, 2011</a>, p. 5)',
		],
		[
			'[see @cherkin2011, ch. 3]',
			'(see <a href="#ref-cherkin2011" class="cite" data-cite="cherkin2011">Cherkin &amp; Sherman, 2011</a>, ch. 3)',
		],
		[
			'[-@cherkin2011]',
			'(<a href="#ref-cherkin2011" class="cite" data-cite="cherkin2011">2011</a>)',
		],
		[
			'@cherkin2011 found',
			'<a href="#ref-cherkin2011" class="cite" data-cite="cherkin2011">Cherkin &amp; Sherman (2011)</a> found',
		],
		[
			'[@cherkin2011; @cherkin2011]',
			'(<a href="#ref-cherkin2011" class="cite" data-cite="cherkin2011">Cherkin &amp; Sherman, 2011</a>; <a href="#ref-cherkin2011" class="cite" data-cite="cherkin2011">Cherkin &amp; Sherman, 2011</a>)',
		],
	])('%s', async (source, expected) => {
		const { html } = await render(`Text ${source}.`);
		expect(html).toBe(`<p>Text ${expected}.</p>`);
	});

	test('each marker is described by a preview of its formatted reference, with a unique id', async () => {
		const { raw } = await render('A [@cherkin2011] and B @cherkin2011.');
		expect(raw).toContain('aria-describedby="cite-cherkin2011-1"');
		expect(raw).toContain('aria-describedby="cite-cherkin2011-2"');
		expect(raw).toMatch(
			/<span class="cite-preview" role="tooltip" id="cite-cherkin2011-1">Cherkin, D\. C\., &amp; Sherman, K\. J\. \(2011\)\. A Comparison/,
		);
	});

	test('an e-mail address is not a citation', async () => {
		expect((await render('Write to editor@example.org.')).html).not.toContain('cite');
	});

	test('an unknown key fails the file with its place and the closest key', async () => {
		await expect(
			render('Massage helps\n\nat 10 weeks [@smtih2011].'),
		).rejects.toThrowErrorMatchingInlineSnapshot(
			`[Error: content/techniques/page.mdx:3:14 Unknown citation key "smtih2011". Add it to bibliography/ or fix the key (closest: "cherkin2011").]`,
		);
	});
});
