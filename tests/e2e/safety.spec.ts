// Safety where a therapist looks for it: a safety section on every technique page, a site-wide
// "Safety and adverse events" page whose links reach the cards, PEDro scores with their records,
// and a critic's comment cited to the critic.
import { expect, test } from '@playwright/test';
import { checkProject } from '../../src/lib/content/check-project.ts';
import { findingsOf } from '../../src/lib/content/shown-findings.ts';
import { findingAnchor } from '../../src/schemas/finding.ts';

const { pages, findings, library } = checkProject(process.cwd());
const techniques = pages.filter((p) => p.kind === 'techniques');
const safetyOf = (slug: string) =>
	findingsOf({ findings }, 'techniques', slug, undefined).filter((f) => f.topic === 'safety');
const withSafety = techniques.find((p) => safetyOf(p.slug).length > 0);
const withoutSafety = techniques.find((p) => safetyOf(p.slug).length === 0);

test('the safety page lists every technique and its links reach the cards', async ({ page }) => {
	await page.goto('/safety/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Safety and adverse events');
	await expect(page.locator('section.safety-group')).toHaveCount(
		techniques.length + (await page.locator('#manual-therapy-in-general').count()),
	);
	expect(withSafety, 'a technique with a safety finding').toBeDefined();
	const slug = withSafety?.slug ?? '';
	const link = page.locator(`#${slug} .safety-list a[href*="#finding-"]`).first();
	const href = (await link.getAttribute('href')) ?? '';
	expect(href).toMatch(new RegExp(`^/techniques/${slug}/#finding-`));
	await link.click();
	const card = page.locator(`article.claim${href.slice(href.indexOf('#'))}`);
	await expect(card).toBeVisible();
	// The card sits in the page's safety section, not among the effect findings.
	await expect(page.locator('#safety-and-adverse-events').locator(card)).toHaveCount(1);
});

test('every technique page has a safety section; one with none says what was searched', async ({
	page,
}) => {
	expect(withoutSafety, 'a technique with no safety finding').toBeDefined();
	await page.goto(`/techniques/${withoutSafety?.slug}/`);
	const section = page.locator('#safety-and-adverse-events');
	await expect(section.getByRole('heading', { name: 'Safety and adverse events' })).toBeVisible();
	await expect(section.locator('.no-trials')).toContainText('No safety findings in our sources');
	await expect(section.locator('.no-trials')).toContainText(/searched/i);
	await expect(page.locator('nav.on-this-page a[href="#safety-and-adverse-events"]')).toBeVisible();
	await page.goto(`/techniques/${withSafety?.slug}/`);
	await expect(page.locator('#safety-and-adverse-events article.claim')).toHaveCount(
		safetyOf(withSafety?.slug ?? '').length,
	);
	await expect(page.locator('#findings article.claim[id]').first()).toBeVisible();
});

test("a trial's PEDro score shows on its cards and reference page, linked to the record", async ({
	page,
}) => {
	const scored = library.entries.find((e) => e.fields['pedro'] && e.fields['pedrourl']);
	expect(scored, 'a reference with a PEDro score').toBeDefined();
	const key = scored?.key ?? '';
	const shown = pages
		.filter((p) => p.kind === 'techniques' || p.kind === 'conditions')
		.find((p) => findingsOf({ findings }, p.kind, p.slug, p.page).some((f) => f.source === key));
	expect(shown, `a page showing a finding of ${key}`).toBeDefined();
	await page.goto(`/${shown?.kind}/${shown?.slug}/`);
	const finding = [...findings.values()].find((f) => f.source === key);
	const card = page.locator(`#${findingAnchor(finding?.key ?? '')}`);
	const score = card.locator('dd', { hasText: 'PEDro' }).getByRole('link', {
		name: scored?.fields['pedro'] ?? '',
	});
	await expect(score).toHaveAttribute('href', scored?.fields['pedrourl'] ?? '');
	await page.goto(`/references/${key}/`);
	await expect(page.locator('p.pedro')).toContainText(`PEDro score ${scored?.fields['pedro']}`);
	await expect(page.locator('p.pedro a[href*="pedro.org.au"]')).toBeVisible();
});

test("a critic's comment is cited to the critic, not to the trial's authors", async ({ page }) => {
	const critique = [...findings.values()].find((f) => f.critique);
	expect(critique, 'a finding that reports a critique').toBeDefined();
	const home = pages.find((p) =>
		findingsOf({ findings }, p.kind, p.slug, p.page).some((f) => f.key === critique?.key),
	);
	expect(home, `a page that shows ${critique?.key}`).toBeDefined();
	await page.goto(`/${home?.kind}/${home?.slug}/`);
	const footer = page.locator(`#${findingAnchor(critique?.key ?? '')} blockquote footer`);
	await expect(footer).toContainText("A critic's comment");
	await expect(footer.getByRole('link', { name: critique?.critique?.by ?? '' })).toHaveAttribute(
		'href',
		critique?.critique?.url ?? '',
	);
});
