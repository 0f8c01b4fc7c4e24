// The evidence matrix lists every technique and condition with claims; each filled cell lands on a claim of that pair.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('every technique and condition with claims is in the matrix, and each cell link lands on a matching claim', async ({
	page,
}) => {
	await page.goto('/matrix/');
	const rowHeaders = await page.locator('.matrix tbody th').allTextContents();
	const columnHeaders = await page.locator('.matrix thead th').allTextContents();
	const withClaims = (dir: string) =>
		readdirSync(`content/${dir}`).filter((f) =>
			/\nevidence:\n\s+- id:/.test(readFileSync(`content/${dir}/${f}`, 'utf8')),
		);
	expect(rowHeaders.length).toBe(withClaims('techniques').length);
	for (const f of withClaims('conditions')) {
		const title = /\ntitle: (.+)\n/.exec(readFileSync(`content/conditions/${f}`, 'utf8'))?.[1] ?? f;
		expect(columnHeaders, f).toContain(title.replace(/^["']|["']$/g, ''));
	}
	await expect(page.locator('.matrix td.empty').first()).toHaveText('no trials found');
	const cells = await page.locator('.matrix td.filled a').evaluateAll((as) =>
		as.map((a) => {
			const td = a.closest('td') as HTMLTableCellElement;
			const row = td.parentElement as HTMLTableRowElement;
			const column =
				document
					.querySelectorAll('.matrix thead th')
					[td.cellIndex]?.querySelector('a')
					?.getAttribute('href') ?? '';
			return {
				href: a.getAttribute('href') ?? '',
				technique: row.querySelector('th a')?.getAttribute('href') ?? '',
				condition: column,
			};
		}),
	);
	expect(cells.length).toBeGreaterThan(10);
	for (const cell of cells) {
		const [path, fragment] = cell.href.split('#');
		expect(path).toBe(cell.technique);
		await page.goto(cell.href);
		const claim = page.locator(`#${fragment}`);
		await expect(claim, cell.href).toBeVisible();
		await expect(claim.locator(`a[href="${cell.condition}"]`), cell.href).toHaveCount(1);
	}
});
