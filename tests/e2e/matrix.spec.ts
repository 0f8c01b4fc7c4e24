// The evidence matrix is held to the findings the pages show: every finding tagged for a technique
// and a condition fills their cell and is linked from it, each link lands on that finding's card on
// the technique page, a cell never joins findings that point different ways under one certainty,
// and an empty cell says what was searched.
import { expect, test } from '@playwright/test';
import { checkProject } from '../../src/lib/content/check-project.ts';
import { CERTAINTY_LEVELS, findingAnchor, type Finding } from '../../src/schemas/finding.ts';

const { findings } = checkProject(process.cwd());
const paired = [...findings.values()].filter(
	(f) => f.techniques.length > 0 && f.conditions.length > 0,
);

interface Cell {
	technique: string;
	condition: string;
	empty: boolean;
	emptyHref: string | null;
	directions: { text: string; hrefs: string[] }[];
}

test('every finding fills its cell and is linked from it; no cell mixes directions', async ({
	page,
}) => {
	await page.goto('/matrix/');
	const cells: Cell[] = await page.locator('.matrix tbody td').evaluateAll((tds) =>
		tds.map((node) => {
			const td = node as HTMLTableCellElement;
			const row = td.parentElement as HTMLTableRowElement;
			const slugOf = (href: string | null | undefined) =>
				href?.split('/').filter(Boolean).at(-1) ?? '';
			return {
				technique: slugOf(row.querySelector('th a')?.getAttribute('href')),
				condition: slugOf(
					document
						.querySelectorAll('.matrix thead th')
						[td.cellIndex]?.querySelector('a')
						?.getAttribute('href'),
				),
				empty: td.classList.contains('empty'),
				emptyHref: td.classList.contains('empty')
					? (td.querySelector('a')?.getAttribute('href') ?? null)
					: null,
				directions: [...td.querySelectorAll('.cell-directions > li')].map((li) => ({
					text: li.querySelector(':scope > a')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
					hrefs: [...li.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
				})),
			};
		}),
	);
	const byAnchor = new Map([...findings.values()].map((f) => [findingAnchor(f.key), f]));
	const cellOf = (t: string, c: string) =>
		cells.find((x) => x.technique === t && x.condition === c);

	// 1. Every finding tagged for a technique and a condition is linked from their cell.
	for (const f of paired)
		for (const t of f.techniques)
			for (const c of f.conditions) {
				const cell = cellOf(t, c);
				expect(cell, `${f.key}: no cell ${t} × ${c}`).toBeDefined();
				expect(cell?.empty, `${f.key}: cell ${t} × ${c} is empty`).toBe(false);
				expect(
					cell?.directions.flatMap((d) => d.hrefs),
					`${f.key} in ${t} × ${c}`,
				).toContain(`/techniques/${t}/#${findingAnchor(f.key)}`);
			}

	// 2. A cell links to nothing else, and each direction holds only findings pointing that way,
	//    with the best certainty among them.
	for (const cell of cells.filter((x) => !x.empty)) {
		const expected = paired.filter(
			(f) => f.techniques.includes(cell.technique) && f.conditions.includes(cell.condition),
		);
		const linked = new Set<Finding>();
		for (const d of cell.directions) {
			const these = d.hrefs.map((h) => {
				const [path, anchor] = h.split('#');
				expect(path).toBe(`/techniques/${cell.technique}/`);
				const f = byAnchor.get(anchor ?? '');
				expect(f, h).toBeDefined();
				return f as Finding;
			});
			const directions = new Set(these.map((f) => f.direction));
			expect([...directions], `${cell.technique} × ${cell.condition}: ${d.text}`).toHaveLength(1);
			const best = CERTAINTY_LEVELS.find((c) => these.some((f) => f.certainty === c));
			expect(d.text).toMatch(new RegExp(`${these[0]?.direction}, ${best}$`));
			for (const f of these) linked.add(f);
		}
		expect([...linked].map((f) => f.key).sort(), `${cell.technique} × ${cell.condition}`).toEqual(
			expected.map((f) => f.key).sort(),
		);
	}

	// 3. An empty cell says "none in our sources" and links to what was searched.
	const empty = cells.filter((x) => x.empty);
	expect(empty.length).toBeGreaterThan(0);
	for (const cell of empty) expect(cell.emptyHref).toBe('#what-was-searched');
	await expect(page.locator('.matrix td.empty').first()).toHaveText('none in our sources');
	await page.locator('.matrix td.empty a').first().click();
	await expect(page.locator('#what-was-searched')).toBeInViewport();
	await expect(page.locator('.searched-list')).toContainText(
		/none of this knowledge base's \d+ references/,
	);

	// 4. Each link lands on its finding's card, on the technique page (one visit per page).
	const links = new Map<string, Set<string>>();
	for (const d of cells.flatMap((x) => x.directions))
		for (const h of d.hrefs) {
			const [path = '', anchor = ''] = h.split('#');
			links.set(path, (links.get(path) ?? new Set()).add(anchor));
		}
	for (const [path, anchors] of links) {
		await page.goto(path);
		for (const anchor of anchors)
			await expect(page.locator(`article.claim#${anchor}`), `${path}#${anchor}`).toHaveCount(1);
	}
});

test('a cell with several findings of one direction lists each, with its source and certainty', async ({
	page,
}) => {
	await page.goto('/matrix/');
	const more = page.locator('.cell-more').first();
	await more.locator('summary').click();
	const items = more.locator('li a');
	expect(await items.count()).toBeGreaterThan(1);
	await expect(items.first()).toHaveText(/^.+, \d{4}: .+ \((high|moderate|low|very low)\)$/);
	await items.first().click();
	await expect(page.locator('article.claim:target')).toBeVisible();
});
