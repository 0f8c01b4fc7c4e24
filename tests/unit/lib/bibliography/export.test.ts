import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cslJsonToCsl, risToCsl } from '../../../../src/lib/bibliography/citation-js.ts';
import { parseBibliography } from '../../../../src/lib/bibliography/parse.ts';
import { exportPath, exportText } from '../../../../src/lib/bibliography/export.ts';
import { bibFiles } from '../../../../src/lib/bibliography/library.ts';

const files = bibFiles('.').map((path) => ({ path, bytes: readFileSync(path) }));
const { entries } = parseBibliography(files);
const names = (a: { family?: string; given?: string; literal?: string }[] | undefined) =>
	// An organisation may come back as a literal or as a family name alone: the same name either way.
	(a ?? []).map((n) => n.literal ?? [n.family, n.given].filter(Boolean).join(', '));
const year = (c: { issued?: { 'date-parts'?: (number | string)[][] } }) =>
	String(c.issued?.['date-parts']?.[0]?.[0] ?? '');

describe('exports of every bibliography entry', () => {
	test('the bibliography is not empty', () => expect(entries.length).toBeGreaterThanOrEqual(40));

	test.each(entries.map((e) => [e.key, e] as const))(
		'%s round-trips through exported BibTeX',
		(_, entry) => {
			const again = parseBibliography([
				{ path: 'export.bib', bytes: new TextEncoder().encode(exportText([entry], 'bib')) },
			]);
			expect(again.problems.filter((p) => p.severity === 'error')).toEqual([]);
			const back = again.entries[0];
			expect(back?.key).toBe(entry.key);
			expect(back?.type).toBe(entry.type);
			expect(back?.fields).toEqual(entry.fields);
			expect(back?.csl).toEqual(entry.csl);
		},
	);

	test.each(entries.map((e) => [e.key, e] as const))(
		'%s round-trips through exported CSL-JSON',
		(_, entry) => {
			const text = exportText([entry], 'json');
			expect(JSON.parse(text)).toEqual([entry.csl]);
			expect(cslJsonToCsl(text)).toEqual([entry.csl]);
			expect(text).not.toContain('_graph');
		},
	);

	test.each(entries.map((e) => [e.key, e] as const))(
		'%s parses back from RIS with the same title, authors, year and DOI',
		(_, entry) => {
			const text = exportText([entry], 'ris');
			expect(text).toMatch(/^TY {2}- [A-Z]+\r\n/);
			expect(text).toMatch(/\r\nER {2}- \r\n$/);
			const [back] = risToCsl(text);
			expect(back?.title).toBe(entry.csl.title);
			expect(names(back?.author)).toEqual(names(entry.csl.author));
			expect(year(back ?? { issued: {} })).toBe(year(entry.csl));
			expect(back?.DOI).toBe(entry.csl.DOI);
			if (entry.csl.PMID) expect(text).toContain(`\r\nAN  - ${entry.csl.PMID}\r\n`);
		},
	);

	test('the library export holds every entry once in each format', () => {
		expect(risToCsl(exportText(entries, 'ris'))).toHaveLength(entries.length);
		expect(JSON.parse(exportText(entries, 'json'))).toHaveLength(entries.length);
		expect(
			parseBibliography([
				{ path: 'all.bib', bytes: new TextEncoder().encode(exportText(entries, 'bib')) },
			]).entries,
		).toHaveLength(entries.length);
	});

	test('export paths', () => {
		expect(exportPath({ library: true }, 'bib')).toBe('/export/library.bib');
		expect(exportPath({ reference: 'cherkin2011' }, 'ris')).toBe(
			'/export/references/cherkin2011.ris',
		);
		expect(exportPath({ page: '/techniques/swedish-massage/' }, 'json')).toBe(
			'/export/techniques/swedish-massage.json',
		);
	});
});
