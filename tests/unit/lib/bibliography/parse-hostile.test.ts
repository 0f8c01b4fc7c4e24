// Hostile and broken bibliography input: every bad file in tests/fixtures/bibtex/ yields located,
// fixable problems, all of them in one pass, and never a crash; the control files, full of hard
// but valid cases, load with zero problems and exactly the expected values.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../../src/errors.ts';
import {
	MAX_ENTRIES_PER_FILE,
	MAX_FILE_BYTES,
	isRetracted,
} from '../../../../src/lib/bibliography/rules.ts';
import { buildLibrary } from '../../../../src/lib/bibliography/library.ts';
import { STYLE_IDS } from '../../../../src/lib/bibliography/styles.ts';

const dir = join(process.cwd(), 'tests', 'fixtures', 'bibtex');
const CONTROLS = [
	'accents and dotless i.bib',
	'bom and crlf.bib',
	'crossref inheritance.bib',
	'retracted entry is read with its notice.bib',
	'string macros and month names.bib',
];
const BAD = readdirSync(dir)
	.filter((f) => f.endsWith('.bib') && !CONTROLS.includes(f))
	.sort();

const load = (name: string) => buildLibrary([{ path: name, bytes: readFileSync(join(dir, name)) }]);
const messages = (name: string) =>
	load(name).problems.map((p) => `${p.severity}: ${formatProblem(p)}`);
const only = (name: string) => {
	const lib = load(name);
	expect(lib.problems).toEqual([]);
	return lib;
};

describe('bad input gives located problems', () => {
	test('the catalogue has at least 20 cases', () => {
		expect(BAD.length).toBeGreaterThanOrEqual(20);
	});

	test.each(BAD)(
		'%s: every problem has its file, a line and a sentence, never a stack trace',
		(name) => {
			const { problems } = load(name);
			expect(problems.length).toBeGreaterThan(0);
			for (const p of problems) {
				expect(p.file).toBe(name);
				expect(p.line).toBeGreaterThanOrEqual(1);
				expect(formatProblem(p)).toMatch(/^[^\n]+\.bib:\d+(:\d+)? [A-Z][^\n]*\.$/);
				expect(p.message).not.toMatch(/^Error|\bat .+:\d+:\d+\)/);
			}
		},
	);

	// One inline snapshot for the whole catalogue: Vitest allows one inline snapshot per call site,
	// so a test.each cannot hold one per fixture. Fixture name → messages, in report order.
	test('the messages, fixture by fixture', () => {
		expect(Object.fromEntries(BAD.map((name) => [name, messages(name)]))).toMatchInlineSnapshot(`
			{
			  "author with html markup.bib": [
			    "error: author with html markup.bib:2:3 Entry "cherkin2011" has the HTML markup "<b onmouseover=\\"alert(1)\\">" in "author". Write plain text; for italics use \\emph{...}.",
			  ],
			  "crossref cycle.bib": [
			    "error: crossref cycle.bib:1:1 The crossrefs of "chapter2010" (crossref cycle.bib:1) and "handbook2010" (crossref cycle.bib:7) form a cycle. Remove the crossref of one of them; a parent never points back to its child.",
			  ],
			  "crossref to a key named constructor.bib": [
			    "error: crossref to a key named constructor.bib:5:3 Entry "chapter2010" has crossref "constructor", but no entry has that key. Add the parent entry or fix the key.",
			  ],
			  "dangling crossref.bib": [
			    "error: dangling crossref.bib:4:3 Entry "chapter2010" has crossref "handbok2010", but no entry has that key. Add the parent entry or fix the key (closest: "handbook2010x").",
			    "error: dangling crossref.bib:1 Entry "chapter2010" has no year. Add the year field as printed on the source.",
			  ],
			  "deeply nested braces.bib": [
			    "error: deeply nested braces.bib:6:13 Field "note" of entry "cherkin2011" nests braces 20 deep, over the limit of 16 levels. Shorten or split it; the limits are documented in src/lib/bibliography/rules.ts.",
			  ],
			  "doi with resolver prefix.bib": [
			    "warning: doi with resolver prefix.bib:6:3 Entry "hsieh2006" has the DOI "https://doi.org/10.1136/bmj.38744.672616.AE", read as "10.1136/bmj.38744.672616.AE". Write the bare DOI 10.1136/bmj.38744.672616.AE.",
			    "warning: doi with resolver prefix.bib:14:3 Entry "furlan2015" has the DOI " doi:10.1002/14651858.CD001929.pub3 ", read as "10.1002/14651858.CD001929.pub3". Write the bare DOI 10.1002/14651858.CD001929.pub3.",
			  ],
			  "duplicate field in one entry.bib": [
			    "error: duplicate field in one entry.bib:6:3 Entry "cherkin2011" sets "title" twice (first on line 3). Keep one of the two values; BibTeX and citation-js disagree on which one wins.",
			  ],
			  "entry cut off at the end of the file.bib": [
			    "error: entry cut off at the end of the file.bib:8:1 Entry "cherkin2011" has 2 unclosed opening braces in "title" (line 10). Balance every { with a } inside the entry; the entry ends at the next line starting with @.",
			  ],
			  "entry opened with a parenthesis and closed with a brace.bib": [
			    "warning: entry opened with a parenthesis and closed with a brace.bib:1:1 The BibTeX parser (citation-js) warned about entry "cherkin2011": entry started with "(", but ends with "}". Check the entry against the BibTeX syntax: @type{key, field = {value}, ...}.",
			  ],
			  "entry without fields.bib": [
			    "error: entry without fields.bib:1:1 Entry "cherkin2011" has no fields. Add its title, author and year, or remove it.",
			    "error: entry without fields.bib:3:1 Entry "furlan2015" has no fields. Add its title, author and year, or remove it.",
			  ],
			  "extra closing brace ends the entry early.bib": [
			    "error: extra closing brace ends the entry early.bib:3:65 Unexpected text "," between entries, expected @type{key, ...} or a % comment. Start comment lines with %, or remove the extra } that ends the entry above too early.",
			    "error: extra closing brace ends the entry early.bib:1 Entry "cherkin2011" has no year. Add the year field as printed on the source.",
			  ],
			  "field named __proto__.bib": [
			    "error: field named __proto__.bib:6:3 The field name "__proto__" is a reserved JavaScript name. Use another field name.",
			  ],
			  "file with only comments and string macros.bib": [
			    "error: file with only comments and string macros.bib:1 The file contains no BibTeX entries. Add at least one entry such as @article{key, ...}, or delete the file.",
			  ],
			  "javascript url.bib": [
			    "error: javascript url.bib:5:3 Entry "nice2016" has a url "javascript:alert(document.cookie)" that is not http or https. Use a full https:// address or remove the url field.",
			  ],
			  "key named __proto__.bib": [
			    "error: key named __proto__.bib:1:1 The citation key "__proto__" is a reserved JavaScript name. Use another citation key.",
			  ],
			  "keyless entry.bib": [
			    "error: keyless entry.bib:1:1 The @article entry has no citation key. Add a key before the first comma: @article{smith2020, ...}.",
			    "error: keyless entry.bib:7:1 The @article entry has no citation key. Add a key before the first comma: @article{smith2020, ...}.",
			  ],
			  "latex command citation-js cannot decode.bib": [
			    "warning: latex command citation-js cannot decode.bib:3:3 Entry "hoiriis2004" still shows "\\AArhus" in "title" after LaTeX decoding. Write the character itself (é, ß), balance the braces, or escape a dollar sign as \\$.",
			  ],
			  "latin-1 bytes.bib": [
			    "error: latin-1 bytes.bib:2 The file is not valid UTF-8 (first bad byte at offset 69). Re-save the file as UTF-8 in your editor or reference manager.",
			  ],
			  "missing comma between fields.bib": [
			    "error: missing comma between fields.bib:4:3 Unexpected "journal" in entry "cherkin2011", expected "," or "}" after the value of "title". Write each field as name = {value}, separated by commas.",
			  ],
			  "missing title author and year.bib": [
			    "error: missing title author and year.bib:1 Entry "anonymous" has no title. Add the title field as printed on the source.",
			    "error: missing title author and year.bib:1 Entry "anonymous" has no author or editor. Add the author or editor field as printed on the source.",
			    "error: missing title author and year.bib:1 Entry "anonymous" has no year. Add the year field as printed on the source.",
			  ],
			  "misspelt entry type artcle.bib": [
			    "error: misspelt entry type artcle.bib:1:1 Entry "cherkin2011" has the unknown type "@artcle". Did you mean @article? Otherwise use a BibTeX or BibLaTeX type such as @misc.",
			  ],
			  "oversized field.bib": [
			    "error: oversized field.bib:6:14 Field "abstract" of entry "cherkin2011" is 71402 characters long, over the limit of 65536 characters. Shorten or split it; the limits are documented in src/lib/bibliography/rules.ts.",
			  ],
			  "same doi under two keys.bib": [
			    "error: same doi under two keys.bib:14:3 Entries "furlan2015" (same doi under two keys.bib:6) and "furlan2015review" have the same DOI "10.1002/14651858.cd001929.PUB3". Keep one entry: the same work under two keys double-counts evidence.",
			  ],
			  "stray text between entries.bib": [
			    "error: stray text between entries.bib:8:1 Unexpected text "This line is not a comment: comments sta..." between entries, expected @type{key, ...} or a % comment. Start comment lines with %, or remove the extra } that ends the entry above too early.",
			  ],
			  "unbalanced quote.bib": [
			    "error: unbalanced quote.bib:1:1 Entry "cherkin2011" has an unclosed " in "title" (line 3). Close the value with ", or write it in braces {...}.",
			  ],
			  "unclosed brace in a field.bib": [
			    "error: unclosed brace in a field.bib:1:1 Entry "little2008" has 1 unclosed opening brace in "title" (line 3). Balance every { with a } inside the entry; the entry ends at the next line starting with @.",
			  ],
			  "unclosed math in a title.bib": [
			    "error: unclosed math in a title.bib:3:3 Entry "cherkin2011" has LaTeX in "title" that citation-js cannot decode (expected "text", got EOF at line 1, column 29 of the value). Close every $...$ and \\begin{...}, and write a literal dollar sign as \\$ and a backslash as \\textbackslash{}.",
			  ],
			  "undefined string macro.bib": [
			    "error: undefined string macro.bib:6:13 Entry "cherkin2011" uses the undefined @string macro "ann" in "journal". Define it with @string{ann = {...}} or put the value in braces (closest: "aim").",
			  ],
			  "year that is not a number.bib": [
			    "error: year that is not a number.bib:5:3 Entry "cherkin2011" has the year "in press", which is not a year. Write the four-digit year, such as 2019, or an ISO date, such as 2019-05-31.",
			    "error: year that is not a number.bib:11:3 Entry "nice2016" has the date "30 November 2016", which is not a year. Write the four-digit year, such as 2019, or an ISO date, such as 2019-05-31.",
			  ],
			}
		`);
	});

	test('a DOI with a resolver or doi: prefix is stored bare, with a warning', () => {
		const lib = load('doi with resolver prefix.bib');
		expect(lib.problems.every((p) => p.severity === 'warning')).toBe(true);
		expect(lib.entries.map((e) => [e.fields['doi'], e.csl.DOI])).toEqual([
			['10.1136/bmj.38744.672616.AE', '10.1136/bmj.38744.672616.AE'],
			['10.1002/14651858.CD001929.pub3', '10.1002/14651858.CD001929.pub3'],
		]);
	});

	test('keys and fields named like Object.prototype members crash nothing and pollute nothing', () => {
		for (const name of [
			'key named __proto__.bib',
			'field named __proto__.bib',
			'crossref to a key named constructor.bib',
		]) {
			const lib = load(name);
			for (const style of STYLE_IDS) expect(() => lib.formatted(style)).not.toThrow();
		}
		expect(load('key named __proto__.bib').entries.map((e) => e.key)).toEqual(['cherkin2011']);
		expect(Object.keys(Object.prototype)).toEqual([]);
		expect(({} as Record<string, unknown>)['title']).toBeUndefined();
	});

	test('a file over the size limit is refused before it is read', () => {
		const bytes = new TextEncoder().encode(`% ${'x'.repeat(MAX_FILE_BYTES)}\n`);
		const lib = buildLibrary([{ path: 'huge.bib', bytes }]);
		expect(lib.problems.map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "huge.bib:1 The file is 4194307 bytes long, over the limit of 4194304 bytes. Shorten or split it; the limits are documented in src/lib/bibliography/rules.ts.",
			]
		`);
	});

	test('a file with more entries than allowed is reported at the first one over the limit', () => {
		const text = '@comment{nothing}\n'.repeat(MAX_ENTRIES_PER_FILE + 1);
		const lib = buildLibrary([{ path: 'many.bib', bytes: new TextEncoder().encode(text) }]);
		expect(lib.problems.map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "many.bib:10001:1 The file has more entries than allowed, over the limit of 10000 entries. Shorten or split it; the limits are documented in src/lib/bibliography/rules.ts.",
			]
		`);
	});
});

describe('hard but valid input loads with zero problems and exact values', () => {
	test.each(CONTROLS)('%s has no problems', (name) => {
		expect(load(name).problems).toEqual([]);
	});

	test('accents and dotless i: í, ö, ß exactly, NFC, never a dotless i with a combining accent', () => {
		const [entry] = only('accents and dotless i.bib').entries;
		expect(entry?.csl.author?.map((n) => `${n.given} ${n.family}`)).toEqual([
			'Mar\u00eda Garc\u00eda',
			'J\u00f6rg M\u00f6ller',
			'Bj\u00f6rn Stra\u00dfer',
			'Jos\u00e9 P\u00e9rez',
		]);
		expect(entry?.csl.title).toBe(
			'Massage, \u00edndices de dolor und Lebensqualit\u00e4t: \u00df and na\u00efve caf\u00e9s',
		);
		expect(entry?.csl['container-title']).toBe('Revista Espa\u00f1ola de Fisioterapia');
		const text = JSON.stringify([entry?.csl, entry?.fields]);
		expect(text).toBe(text.normalize('NFC'));
		expect(text).not.toMatch(/\u0131|[\u0300-\u036f]/);
		expect(entry?.fields['author']).toContain('Jos\u00e9 P\u00e9rez');
	});

	test('string macros and month names: expanded, concatenated, case-insensitive', () => {
		const [entry] = only('string macros and month names.bib').entries;
		const jmpt = 'Journal of Manipulative and Physiological Therapeutics';
		expect(entry?.fields).toMatchObject({
			journal: jmpt,
			publisher: 'Elsevier',
			year: '2014',
			month: '11',
			note: `Part 2 of ${jmpt}`,
		});
		expect(entry?.csl.issued).toEqual({ 'date-parts': [[2014, 11]] });
		expect(entry?.line).toBe(4);
	});

	test('crossref inheritance: the child gets what it lacks, the parent title as booktitle, never the DOI', () => {
		const [child, parent] = only('crossref inheritance.bib').entries;
		expect(child?.fields).toEqual({
			author: 'Smith, Anna',
			title: 'Massage after lumbar surgery',
			pages: '10--19',
			crossref: 'proc2019',
			editor: 'Jones, Ben and Ng, Chi',
			booktitle: 'Proceedings of the Manual Therapy Conference',
			year: '2019',
			publisher: 'Example Press',
		});
		expect(child?.csl['container-title']).toBe('Proceedings of the Manual Therapy Conference');
		expect(child?.csl.DOI).toBeUndefined();
		expect(parent?.fields['doi']).toBe('10.1000/proc.2019');
	});

	test('bom and crlf: lines counted as written, no carriage return left in a value', () => {
		const { entries } = only('bom and crlf.bib');
		expect(entries.map((e) => [e.key, e.line, e.fieldAt?.['title']?.line])).toEqual([
			['cherkin2011', 2, 4],
			['furlan2015', 9, 11],
		]);
		expect(JSON.stringify(entries)).not.toMatch(/\\r|\ufeff/);
	});

	test('a retracted entry is read with its notice, which claim checks and the reference page use', () => {
		const [entry] = only('retracted entry is read with its notice.bib').entries;
		expect(entry && isRetracted(entry.fields)).toBe(true);
		expect(entry?.fields['retracted']).toBe('Retraction notice, Journal of Examples 2020');
		expect(isRetracted({ retracted: 'false' })).toBe(false);
	});
});
