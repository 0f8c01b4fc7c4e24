// axe (axe-core) reports no violations on every kind of page.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = [
	'/',
	'/techniques/swedish-massage/',
	'/conditions/sciatica/',
	'/conditions/chronic-low-back-pain/',
	'/claims/massage-releases-endorphins/',
	'/guidelines/nice-ng59/',
	'/references/cherkin2011/',
	'/references/',
	'/search/?q=sciatica',
	'/matrix/',
	'/editors/',
	'/glossary/',
	'/safety/',
	'/conditions/pregnancy-low-back-and-pelvic-pain/',
	'/no-such-page/',
	'/offline/',
];

for (const path of PAGES) {
	for (const scheme of ['light', 'dark'] as const) {
		test(`${path} has no axe violations (${scheme})`, async ({ page }) => {
			// The chronic low back pain page shows every finding tagged for it (about 200 cards,
			// 1.4 MB of HTML); axe needs more than the default 30 s for it on a 2-core machine.
			// Splitting such pages is issue 18's work; until then the check runs in full, slowly.
			if (path === '/conditions/chronic-low-back-pain/') test.slow();
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(path);
			// Open the explainer so its links and text are checked too.
			await page
				.locator('details.how-to-read')
				.evaluateAll((d) => d.forEach((x) => x.setAttribute('open', '')));
			if (path.startsWith('/search/'))
				await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
			const { violations } = await new AxeBuilder({ page }).analyze();
			expect(
				violations.map(
					(v) =>
						`${v.id}: ${v.nodes
							.map((n) => n.target.join(' '))
							.slice(0, 3)
							.join(' | ')}`,
				),
			).toEqual([]);
		});
	}
}
