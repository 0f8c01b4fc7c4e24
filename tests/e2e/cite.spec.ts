// Taking the evidence away: style switch, copy buttons, cite this page, exports, metadata, 404.
import { expect, test, type Page } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const clipboardHtml = (page: Page) =>
	page.evaluate(async () => {
		const [item] = await navigator.clipboard.read();
		return item ? await (await item.getType('text/html')).text() : '';
	});

test('switching the style on a reference page changes the formatted text (APA to Vancouver), and it is remembered', async ({
	page,
}) => {
	await page.goto('/references/cherkin2011/');
	const shown = page.locator('#formatted-reference .fmt:visible');
	await expect(shown).toHaveCount(1);
	await expect(shown).toContainText('Cherkin, D. C., Sherman, K. J.');
	await expect(shown).toContainText('(2011)');
	await page.getByRole('radio', { name: 'Vancouver' }).check();
	await expect(shown).toHaveCount(1);
	await expect(shown).toContainText('Cherkin DC, Sherman KJ, Kahn J');
	await expect(shown).toContainText('2011;155(1):1–9');
	await expect(shown).not.toContainText('Cherkin, D. C.');
	await page.goto('/techniques/swedish-massage/');
	await expect(page.getByRole('radio', { name: 'Vancouver' })).toBeChecked();
	await expect(page.locator('#ref-cherkin2011 .fmt:visible')).toContainText('Cherkin DC');
});

test('the reference copy button puts the formatted reference on the clipboard as text and HTML, by keyboard, and says so', async ({
	page,
}) => {
	await page.goto('/references/cherkin2011/');
	await expect(page.getByRole('button', { name: 'Copy reference' })).toBeVisible();
	// The label changes to "Copied" for two seconds, so find the button by what it copies.
	const button = page.locator('button.copy[data-copy="formatted-reference"]');
	await button.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText('Copied to the clipboard.');
	await expect(button).toContainText('Copied');
	await expect.poll(() => clipboard(page)).toContain('Cherkin, D. C.');
	const text = await clipboard(page);
	expect(text).toBe(
		'Cherkin, D. C., Sherman, K. J., Kahn, J., Wellman, R., Cook, A. J., Johnson, E., Erro, J., Delaney, K., & Deyo, R. A. (2011). A Comparison of the Effects of 2 Types of Massage and Usual Care on Chronic Low Back Pain: A Randomized, Controlled Trial. Annals of Internal Medicine, 155(1), 1–9. https://doi.org/10.7326/0003-4819-155-1-201107050-00002',
	);
	expect(await clipboardHtml(page)).toContain('<i>Annals of Internal Medicine</i>');
});

test('a finding copies its statement with the in-text citation and the formatted references, in the chosen style', async ({
	page,
}) => {
	await page.goto('/techniques/swedish-massage/');
	const claim = page
		.locator('article.claim', { has: page.locator('a.cite[href="#ref-cherkin2011"]') })
		.first();
	const statement =
		(await claim.locator('.claim-statement').textContent())?.trim().replace(/\.$/, '') ?? '';
	await claim.getByRole('button', { name: 'Copy finding with its source' }).click();
	await expect.poll(() => clipboard(page)).toContain('(Cherkin et al., 2011)');
	const apa = await clipboard(page);
	expect(apa.startsWith(`${statement} (Cherkin et al., 2011)`)).toBe(true);
	expect(apa).toContain('\n\nCherkin, D. C., Sherman, K. J.');
	await page.getByRole('radio', { name: 'Vancouver' }).check();
	await claim.getByRole('button', { name: 'Copy finding with its source' }).click();
	// Clipboard writes are asynchronous: wait for the new text rather than reading once.
	await expect.poll(() => clipboard(page)).toMatch(/^[^\n]* \(1\)\.\n/);
	const vancouver = await clipboard(page);
	expect(vancouver.startsWith(`${statement} (1)`)).toBe(true);
	expect(vancouver).toContain('\n\n1. Cherkin DC, Sherman KJ');
});

test('"Cite this page" gives title, site, reviewed date and URL, and copies', async ({ page }) => {
	await page.goto('/techniques/swedish-massage/');
	const reviewed = await page.locator('.reviewed time').getAttribute('datetime');
	expect(reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	const [year, month, day] = (reviewed ?? '').split('-').map(Number);
	const monthName = new Date(Date.UTC(2000, (month ?? 1) - 1, 1)).toLocaleString('en-US', {
		month: 'long',
		timeZone: 'UTC',
	});
	const cite = page.locator('#cite-this-page');
	await expect(cite.getByRole('heading', { name: 'Cite this page' })).toBeVisible();
	const shown = cite.locator('.fmt:visible');
	await expect(shown).toContainText('Back Pain Evidence');
	await expect(shown).toContainText(
		`Relaxation (Swedish) massage. (${year}, ${monthName} ${day}). Back Pain Evidence.`,
	);
	await expect(shown).toContainText(/https?:\/\/[^ ]+\/techniques\/swedish-massage\//);
	await cite.getByRole('button', { name: 'Copy page citation' }).click();
	// The write is asynchronous: wait for it instead of reading what an earlier test left.
	await expect.poll(() => clipboard(page)).toContain('Relaxation (Swedish) massage.');
	const text = await clipboard(page);
	expect(text).toContain(`(${year}, ${monthName} ${day})`);
	expect(text).toMatch(/https?:\/\/\S+\/techniques\/swedish-massage\/$/);
});

test('without JavaScript the reference list is readable in the default style and no dead copy buttons show', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/techniques/swedish-massage/');
	await expect(page.locator('#ref-cherkin2011 .fmt:visible')).toHaveCount(1);
	await expect(page.locator('#ref-cherkin2011 .fmt:visible')).toContainText('Cherkin, D. C.');
	await expect(page.locator('button.copy:visible')).toHaveCount(0);
	await page.getByRole('radio', { name: 'AMA' }).check();
	await expect(page.locator('#ref-cherkin2011 .fmt:visible')).toContainText(
		'Cherkin DC, Sherman KJ, Kahn J, et al.',
	);
	await context.close();
});

test('a reference page carries citation_* metadata with the right DOI, title and authors, and safe JSON-LD', async ({
	page,
}) => {
	await page.goto('/references/cherkin2011/');
	const meta = (name: string) => page.locator(`meta[name="${name}"]`);
	await expect(meta('citation_doi')).toHaveAttribute(
		'content',
		'10.7326/0003-4819-155-1-201107050-00002',
	);
	await expect(meta('citation_title')).toHaveAttribute(
		'content',
		'A Comparison of the Effects of 2 Types of Massage and Usual Care on Chronic Low Back Pain: A Randomized, Controlled Trial',
	);
	expect(
		await meta('citation_author').evaluateAll((m) => m.map((x) => x.getAttribute('content'))),
	).toEqual([
		'Cherkin, Daniel C.',
		'Sherman, Karen J.',
		'Kahn, Janet',
		'Wellman, Robert',
		'Cook, Andrea J.',
		'Johnson, Eric',
		'Erro, Janet',
		'Delaney, Kristin',
		'Deyo, Richard A.',
	]);
	await expect(meta('citation_journal_title')).toHaveAttribute(
		'content',
		'Annals of Internal Medicine',
	);
	await expect(meta('citation_publication_date')).toHaveAttribute('content', '2011');
	await expect(meta('citation_pmid')).toHaveAttribute('content', '21727288');
	const ld = JSON.parse(
		(await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
	);
	expect(ld['@type']).toBe('ScholarlyArticle');
	expect(ld.sameAs).toBe('https://doi.org/10.7326/0003-4819-155-1-201107050-00002');
	await page.goto('/techniques/swedish-massage/');
	const pageLd = JSON.parse(
		(await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
	);
	expect(pageLd['@type']).toBe('MedicalWebPage');
	expect(pageLd.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	expect(pageLd.hasPart.length).toBeGreaterThan(0);
});

test('exports download for a reference, a page and the library', async ({ page, request }) => {
	await page.goto('/references/cherkin2011/');
	for (const [label, ext, first] of [
		['BibTeX', 'bib', '@article{cherkin2011,'],
		['RIS', 'ris', 'TY  - JOUR'],
		['CSL-JSON', 'json', '['],
	] as const) {
		const href = await page.getByRole('link', { name: label, exact: true }).getAttribute('href');
		expect(href).toBe(`/export/references/cherkin2011.${ext}`);
		const body = await (await request.get(href ?? '')).text();
		expect(body.startsWith(first)).toBe(true);
	}
	const pageBib = await (await request.get('/export/techniques/swedish-massage.bib')).text();
	expect(pageBib).toContain('@article{cherkin2011,');
	const library = await (await request.get('/export/library.json')).json();
	expect(library.length).toBeGreaterThanOrEqual(40);
});

test('the glossary defines the terms evidence cards link to, and a missing page offers search', async ({
	page,
}) => {
	await page.goto('/techniques/swedish-massage/');
	await page.getByText('How to read this page').click();
	await page
		.locator('.how-to-read')
		.getByRole('link', { name: 'standardised mean difference (SMD)' })
		.click();
	await expect(page).toHaveURL(/\/glossary\/#smd$/);
	for (const id of ['grade', 'smd', 'md', 'rdq', 'ci', 'pedro'])
		await expect(page.locator(`#${id}`)).toBeVisible();
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await page.getByLabel('Search the evidence').fill('sciatica');
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/\/search\/\?q=sciatica$/);
});
