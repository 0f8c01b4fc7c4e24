// Bad bibliography input gets a located, fixable message; good input keeps every field.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../../src/errors.ts';
import { bibtexToFields, toBibtex } from '../../../../src/lib/bibliography/citation-js.ts';
import { bibFiles, buildLibrary, loadLibrary } from '../../../../src/lib/bibliography/library.ts';

const fixtures = join(process.cwd(), 'tests', 'fixtures', 'bib-files');

/** Loads a fixture (a .bib file or a folder of them) and returns the formatted messages. */
function messages(name: string): string[] {
	const path = join(fixtures, name);
	const files = statSync(path).isDirectory()
		? readdirSync(path)
				.sort()
				.map((f) => join(path, f))
		: [path];
	const lib = buildLibrary(
		files.map((f) => ({ path: relative(fixtures, f), bytes: readFileSync(f) })),
	);
	return lib.problems.map(formatProblem);
}

describe('bad bibliography input', () => {
	test('duplicate key in one file', () => {
		expect(messages('duplicate key in one file.bib')).toMatchInlineSnapshot(`
			[
			  "duplicate key in one file.bib:8:1 Duplicate citation key "Cherkin2011", already defined at duplicate key in one file.bib:1. Keys are compared case-insensitively; rename or remove one of the two entries.",
			]
		`);
	});
	test('duplicate key across files', () => {
		expect(messages('duplicate key across files')).toMatchInlineSnapshot(`
			[
			  "duplicate key across files/b.bib:3:1 Duplicate citation key "FURLAN2015", already defined at duplicate key across files/a.bib:1. Keys are compared case-insensitively; rename or remove one of the two entries.",
			]
		`);
	});
	test('file that is not utf-8', () => {
		expect(messages('file that is not utf-8.bib')).toMatchInlineSnapshot(`
			[
			  "file that is not utf-8.bib:5 The file is not valid UTF-8 (first bad byte at offset 156). Re-save the file as UTF-8 in your editor or reference manager.",
			]
		`);
	});
	test('entry with unbalanced braces', () => {
		expect(messages('entry with unbalanced braces.bib')).toMatchInlineSnapshot(`
			[
			  "entry with unbalanced braces.bib:1:1 Entry "little2008" has 2 unclosed opening braces in "title" (line 3). Balance every { with a } inside the entry; the entry ends at the next line starting with @.",
			]
		`);
	});
	test('file with no entries', () => {
		expect(messages('file with no entries.bib')).toMatchInlineSnapshot(`
			[
			  "file with no entries.bib:1 The file contains no BibTeX entries. Add at least one entry such as @article{key, ...}, or delete the file.",
			]
		`);
	});
	test('reference missing title author and year', () => {
		expect(messages('reference missing title author and year.bib')).toMatchInlineSnapshot(`
			[
			  "reference missing title author and year.bib:1 Entry "anonymous" has no title. Add the title field as printed on the source.",
			  "reference missing title author and year.bib:1 Entry "anonymous" has no author or editor. Add the author or editor field as printed on the source.",
			  "reference missing title author and year.bib:1 Entry "anonymous" has no year. Add the year field as printed on the source.",
			]
		`);
	});
	test('doi that does not match the doi syntax', () => {
		expect(messages('doi that does not match the doi syntax.bib')).toMatchInlineSnapshot(`
			[
			  "doi that does not match the doi syntax.bib:6:3 Entry "hsieh2006" has a DOI "PMC1403295" that does not match the DOI syntax. Write the bare DOI such as 10.1002/14651858.CD001929.pub3, without https://doi.org/.",
			]
		`);
	});
	test('url that is not http', () => {
		expect(messages('url that is not http.bib')).toMatchInlineSnapshot(`
			[
			  "url that is not http.bib:5:3 Entry "nice2016" has a url "javascript:alert(1)" that is not http or https. Use a full https:// address or remove the url field.",
			]
		`);
	});
	test('pedro score that is not a score, or has no record to check it against', () => {
		expect(messages('pedro score that is not a score.bib')).toMatchInlineSnapshot(`
			[
			  "pedro score that is not a score.bib:5:3 Entry "cherkin2001" has pedro "7 out of 10", which is not a score out of 10 such as "7/10". Copy the score as the PEDro record prints it ("7/10") into pedro, and the record's address (https://search.pedro.org.au/search-results/record-detail/<id>) into pedrourl.",
			  "pedro score that is not a score.bib:6:3 Entry "cherkin2001" has pedrourl "https://example.org/pedro/2948", which is not a PEDro record address on search.pedro.org.au. Copy the score as the PEDro record prints it ("7/10") into pedro, and the record's address (https://search.pedro.org.au/search-results/record-detail/<id>) into pedrourl.",
			  "pedro score that is not a score.bib:10 Entry "yip2004" has no pedrourl. Add the pedrourl field as printed on the source.",
			]
		`);
	});
	test('valid entry with custom fields', () => {
		expect(messages('valid entry with custom fields.bib')).toEqual([]);
	});
});

describe('parsing keeps everything', () => {
	test('custom fields, pmid, abstract, keywords and note survive, and the line is recorded', () => {
		const path = join(fixtures, 'valid entry with custom fields.bib');
		const [entry] = buildLibrary([{ path: 'x.bib', bytes: readFileSync(path) }]).entries;
		expect(entry?.line).toBe(1);
		expect(Object.keys(entry?.fields ?? {}).sort()).toEqual([
			'abstract',
			'author',
			'doi',
			'journal',
			'keywords',
			'note',
			'pmid',
			'studytype',
			'title',
			'verified',
			'year',
		]);
	});

	test('no entry carries citation-js _graph', () => {
		const lib = loadLibrary(process.cwd());
		expect(JSON.stringify(lib.entries)).not.toContain('_graph');
	});

	test('every field of every entry in bibliography/ survives export back to BibTeX', () => {
		const lib = loadLibrary(process.cwd());
		expect(bibFiles(process.cwd()).length).toBeGreaterThan(0);
		expect(lib.problems).toEqual([]);
		const reparsed = new Map(bibtexToFields(toBibtex(lib.entries)).map((e) => [e.key, e]));
		for (const entry of lib.entries) {
			const back = reparsed.get(entry.key);
			expect(back, entry.key).toBeDefined();
			expect(back?.type).toBe(entry.type);
			expect(Object.keys(back?.fields ?? {}).sort(), entry.key).toEqual(
				Object.keys(entry.fields).sort(),
			);
			expect(back?.fields, entry.key).toEqual(entry.fields);
		}
	});

	test('each style formats every entry in one pass, and the result is reused', () => {
		const lib = loadLibrary(process.cwd());
		const apa = lib.formatted('apa');
		expect(apa.size).toBe(lib.entries.length);
		expect(lib.formatted('apa')).toBe(apa);
		expect(apa.get('cherkin2011')).toContain('Annals of Internal Medicine');
		expect(lib.formatted('vancouver').get('cherkin2011')).toContain('Cherkin DC');
		expect(lib.formatted('harvard').get('cherkin2011')).toContain('Cherkin, D.C.');
	});
});
