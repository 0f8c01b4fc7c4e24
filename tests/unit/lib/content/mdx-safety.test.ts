// Hostile input: an editor's page can never run code. Each fixture in tests/fixtures/hostile-mdx/
// is one attack, named as the sentence it tests; every one is reported located, none is evaluated.
// The snapshots are the lines `npm run audit -- <fixture>` prints (the build's own checks).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { formatProblem } from '../../../../src/errors.ts';
import { checkProject } from '../../../../src/lib/content/check-project.ts';
import { formatFindings } from '../../../../src/cli/format-findings.ts';
import { runAudit } from '../../../../src/lib/audit/run-audit.ts';
import { ALLOWED_COMPONENTS, unsafeScheme } from '../../../../src/lib/content/mdx-safety.ts';

/** What `npm run audit -- <fixture>` prints, without its summary line. */
const check = (name: string): string[] =>
	formatFindings(runAudit(process.cwd(), [`tests/fixtures/hostile-mdx/${name}`]), 'text')
		.trim()
		.split('\n')
		.slice(0, -1);

test('safe page with CitationNeeded and internal links', () => {
	expect(check('safe page with CitationNeeded and internal links.mdx')).toEqual([]);
});

test('script tag in page body', () => {
	expect(check('script tag in page body.mdx')).toMatchInlineSnapshot(`
		[
		  "tests/fixtures/hostile-mdx/script tag in page body.mdx:10:1  content:disallowed-element  Raw HTML <script> is not allowed in content. Use Markdown, or one of the project's components: CitationNeeded.",
		]
	`);
});

test('onerror handler on an image', () => {
	expect(check('onerror handler on an image.mdx')).toMatchInlineSnapshot(`
		[
		  "tests/fixtures/hostile-mdx/onerror handler on an image.mdx:10:1  content:disallowed-element  Raw HTML <img> is not allowed in content. Use Markdown, or one of the project's components: CitationNeeded.",
		  "tests/fixtures/hostile-mdx/onerror handler on an image.mdx:10:19  content:disallowed-attribute  The attribute "onerror" on <img> is not allowed in content. Delete it; event handlers (on...) and inline styles are never allowed, the look comes from the site's CSS.",
		]
	`);
});

test('javascript link', () => {
	expect(check('javascript link.mdx')).toMatchInlineSnapshot(`
		[
		  "tests/fixtures/hostile-mdx/javascript link.mdx:8:6  content:unsafe-url  The link URL "javascript:alert(document.domain)" uses the scheme "javascript:", which is not allowed in content. Link to a page of this site (/techniques/swedish-massage/), a #fragment, or an https:// address.",
		]
	`);
});

test('export statement', () => {
	expect(check('export statement.mdx')).toMatchInlineSnapshot(`
		[
		  "tests/fixtures/hostile-mdx/export statement.mdx:8:1  content:code-in-content  The export statement "export const meta = { title: 'owned' }" is not allowed in content. Content is never run as code: delete it and write plain text (escape a literal brace as \\{).",
		]
	`);
});

test('import statement', () => {
	expect(check('import statement.mdx')).toMatchInlineSnapshot(`
		[
		  "tests/fixtures/hostile-mdx/import statement.mdx:8:1  content:code-in-content  The import statement "import Evil from '../../src/evil.astro'" is not allowed in content. Content is never run as code: delete it and write plain text (escape a literal brace as \\{).",
		]
	`);
});

test('expression in text', () => {
	expect(check('expression in text.mdx')).toMatchInlineSnapshot(`
		[
		  "tests/fixtures/hostile-mdx/expression in text.mdx:8:16  content:code-in-content  The JavaScript expression "{globalThis.process.exit(1)}" is not allowed in content. Content is never run as code: delete it and write plain text (escape a literal brace as \\{).",
		]
	`);
});

test('iframe', () => {
	expect(check('iframe.mdx')).toMatchInlineSnapshot(`
		[
		  "tests/fixtures/hostile-mdx/iframe.mdx:8:1  content:disallowed-element  Raw HTML <iframe> is not allowed in content. Use Markdown, or one of the project's components: CitationNeeded.",
		]
	`);
});

test('style attribute on allowed component', () => {
	expect(check('style attribute on allowed component.mdx')).toMatchInlineSnapshot(`
		[
		  "tests/fixtures/hostile-mdx/style attribute on allowed component.mdx:8:1  claims:citation-needed  Known: marked citation needed: "Massage cures everything.". Cite a source or rewrite the sentence.",
		  "tests/fixtures/hostile-mdx/style attribute on allowed component.mdx:8:42  content:disallowed-attribute  The attribute "style" on <CitationNeeded> is not allowed in content. Delete it; event handlers (on...) and inline styles are never allowed, the look comes from the site's CSS.",
		]
	`);
});

test('event handler expression on allowed component', () => {
	expect(check('event handler expression on allowed component.mdx')).toMatchInlineSnapshot(`
		[
		  "tests/fixtures/hostile-mdx/event handler expression on allowed component.mdx:8:31  content:disallowed-attribute  The attribute "onClick" on <CitationNeeded> is not allowed in content. Delete it; event handlers (on...) and inline styles are never allowed, the look comes from the site's CSS.",
		  "tests/fixtures/hostile-mdx/event handler expression on allowed component.mdx:8:59  content:code-in-content  The JavaScript expression "{...props}" is not allowed in content. Content is never run as code: delete it and write plain text (escape a literal brace as \\{).",
		]
	`);
});

test('unknown component', () => {
	expect(check('unknown component.mdx')).toMatchInlineSnapshot(`
		[
		  "tests/fixtures/hostile-mdx/unknown component.mdx:8:1  content:disallowed-element  The component <Chart> is not allowed in content. Use Markdown, or one of the project's components: CitationNeeded.",
		  "tests/fixtures/hostile-mdx/unknown component.mdx:8:8  content:code-in-content  The JavaScript expression "data={rows}" is not allowed in content. Content is never run as code: delete it and write plain text (escape a literal brace as \\{).",
		]
	`);
});

test('data url image', () => {
	expect(check('data url image.mdx')).toMatchInlineSnapshot(`
		[
		  "tests/fixtures/hostile-mdx/data url image.mdx:8:1  content:unsafe-url  The image URL "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" uses the scheme "data:", which is not allowed in content. Link to a page of this site (/techniques/swedish-massage/), a #fragment, or an https:// address.",
		]
	`);
});

test('entity-encoded javascript link', () => {
	expect(check('entity-encoded javascript link.mdx')).toMatchInlineSnapshot(`
		[
		  "tests/fixtures/hostile-mdx/entity-encoded javascript link.mdx:8:1  content:unsafe-url  The link URL "java\\tscript:alert(1)" uses the scheme "javascript:", which is not allowed in content. Link to a page of this site (/techniques/swedish-massage/), a #fragment, or an https:// address.",
		  "tests/fixtures/hostile-mdx/entity-encoded javascript link.mdx:8:38  content:unsafe-url  The link URL "JaVaScRiPt:alert(2)" uses the scheme "javascript:", which is not allowed in content. Link to a page of this site (/techniques/swedish-massage/), a #fragment, or an https:// address.",
		  "tests/fixtures/hostile-mdx/entity-encoded javascript link.mdx:8:71  content:unsafe-url  The link URL "%6Aavascript:alert(3)" uses the scheme "javascript:", which is not allowed in content. Link to a page of this site (/techniques/swedish-massage/), a #fragment, or an https:// address.",
		  "tests/fixtures/hostile-mdx/entity-encoded javascript link.mdx:8:106  content:unsafe-url  The link URL "vbscript:msgbox" uses the scheme "vbscript:", which is not allowed in content. Link to a page of this site (/techniques/swedish-massage/), a #fragment, or an https:// address.",
		  "tests/fixtures/hostile-mdx/entity-encoded javascript link.mdx:10:1  content:unsafe-url  The definition URL "file:///etc/passwd" uses the scheme "file:", which is not allowed in content. Link to a page of this site (/techniques/swedish-massage/), a #fragment, or an https:// address.",
		]
	`);
});

test('unclosed jsx tag', () => {
	expect(check('unclosed jsx tag.mdx')).toMatchInlineSnapshot(`
		[
		  "tests/fixtures/hostile-mdx/unclosed jsx tag.mdx:8:20  content:mdx-syntax  The page is not valid MDX: Expected a closing tag for \`<CitationNeeded>\` (8:20) before the end of \`paragraph\`. Close every component tag (<CitationNeeded />); in prose write "less than"/"more than" instead of < and >, and avoid { }.",
		]
	`);
});

test("the allow-list is the project's own components", () => {
	expect(ALLOWED_COMPONENTS).toEqual(['CitationNeeded']);
});

test.each([
	['/techniques/swedish-massage/', undefined],
	['#evidence', undefined],
	['../heat/', undefined],
	['images/spine.svg', undefined],
	['https://example.org/a:b', undefined],
	['HTTP://example.org/', undefined],
	['mailto:editors@example.org', 'mailto'],
	['javascript:alert(1)', 'javascript'],
	['  JavaScript:alert(1)', 'javascript'],
	['\u0001javascript:alert(1)', 'javascript'],
	['java\tscript:alert(1)', 'javascript'],
	['java&#x09;script:alert(1)', 'javascript'],
	['&#106;avascript:alert(1)', 'javascript'],
	['javascript&colon;alert(1)', 'javascript'],
	['%6Aavascript:alert(1)', 'javascript'],
	['%256Aavascript:alert(1)', 'javascript'],
	['data:text/html,<script>', 'data'],
	['vbscript:msgbox', 'vbscript'],
	['file:///etc/passwd', 'file'],
])('the URL %j has the unsafe scheme %s', (url, scheme) => {
	expect(unsafeScheme(url)).toBe(scheme);
});

test("the build's project check lists a hostile page's problems with the others", () => {
	const root = mkdtempSync(join(tmpdir(), 'hostile-site-'));
	try {
		cpSync(join(process.cwd(), 'tests', 'fixtures', 'sites', 'site with a citation to an unknown key'), root, {
			recursive: true,
		});
		cpSync(
			'tests/fixtures/hostile-mdx/script tag in page body.mdx',
			join(root, 'content', 'techniques', 'heat.mdx'),
		);
		const messages = checkProject(root).problems.map(formatProblem);
		expect(messages.filter((m) => m.startsWith('content/techniques/heat.mdx')))
			.toMatchInlineSnapshot(`
				[
				  "content/techniques/heat.mdx:10:1 Raw HTML <script> is not allowed in content. Use Markdown, or one of the project's components: CitationNeeded.",
				]
			`);
		expect(messages.some((m) => m.includes('Unknown citation key'))).toBe(true);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});
