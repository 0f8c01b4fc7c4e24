/**
 * What the bibliography parser accepts, in one place: the size limits, the entry types, the
 * predefined @string macros and the names that must never become object keys. The limits bound
 * the work one hostile or broken file can cause; real entries stay far below them.
 */

/** Largest `.bib` file read, in bytes (the whole real bibliography is about 33 KB). */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** Most entries (including @string, @preamble and @comment blocks) read from one file. */
export const MAX_ENTRIES_PER_FILE = 10_000;

/** Longest field value, in characters of its source text (a long abstract is about 3,000). */
export const MAX_FIELD_CHARS = 64 * 1024;

/** Most fields in one entry (a full real entry has about 12). */
export const MAX_FIELDS_PER_ENTRY = 100;

/** Deepest brace nesting inside one field value: `{{a}}` is 2 deep. */
export const MAX_BRACE_DEPTH = 16;

/** Most problems listed for one file; past it, one more problem gives the count of the rest. */
export const MAX_PROBLEMS_PER_FILE = 1000;

/** Longest citation key, in characters. */
export const MAX_KEY_LENGTH = 100;

/**
 * The entry types we accept: BibTeX's and BibLaTeX's, exactly those citation-js maps to a CSL
 * type (@citation-js/plugin-bibtex `mapping/biblatexTypes.json`); anything else would silently
 * become a generic "document".
 */
// prettier-ignore
export const ENTRY_TYPES = [
	'article', 'book', 'mvbook', 'inbook', 'bookinbook', 'booklet', 'collection', 'mvcollection',
	'incollection', 'dataset', 'manual', 'misc', 'online', 'patent', 'periodical', 'proceedings',
	'mvproceedings', 'inproceedings', 'reference', 'mvreference', 'inreference', 'report', 'software',
	'thesis', 'unpublished', 'artwork', 'audio', 'image', 'jurisdiction', 'legislation', 'legal',
	'letter', 'movie', 'music', 'performance', 'review', 'standard', 'video', 'conference',
	'electronic', 'mastersthesis', 'phdthesis', 'techreport', 'www',
] as const;

/** An accepted entry type. */
export type EntryType = (typeof ENTRY_TYPES)[number];

/**
 * @string macros every file may use without defining them: the month names, as in BibTeX's
 * standard styles. citation-js turns any other undefined macro into an empty string.
 */
export const PREDEFINED_MACROS: ReadonlyMap<string, string> = new Map(
	['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map(
		(m, i) => [m, String(i + 1).padStart(2, '0')],
	),
);

/**
 * Names that would change an object's prototype or shadow its methods when used as a key
 * (`__proto__`, `constructor`, `toString`...). Citation keys and field names are checked against
 * them, because citation-js stores both in plain objects. Stored lower-case.
 */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(
	[...Object.getOwnPropertyNames(Object.prototype), 'prototype'].map((n) => n.toLowerCase()),
);

/** True when a key or field name is reserved; compared case-insensitively, as keys are. */
export function isReservedName(name: string): boolean {
	return RESERVED_NAMES.has(name.toLowerCase());
}

/**
 * Fields a crossref child never inherits: BibLaTeX's own `\noinherit` list, plus the fields that
 * identify or describe the parent work itself (its DOI is not the chapter's DOI).
 */
// prettier-ignore
export const NO_INHERIT: ReadonlySet<string> = new Set([
	// biblatex.def's \noinherit list
	'ids', 'crossref', 'xref', 'entryset', 'entrysubtype', 'execute', 'label', 'options', 'presort',
	'related', 'relatedoptions', 'relatedstring', 'relatedtype', 'shorthand', 'shorthandintro',
	'sortkey',
	// identifiers and descriptions of the parent work itself, and our own evidence fields
	'doi', 'url', 'urldate', 'pmid', 'pmcid', 'eprint', 'eprinttype', 'isbn', 'abstract', 'keywords',
	'note', 'verified', 'studytype', 'retracted', 'supersededby',
]);

const BOOK = ['book', 'inbook', 'bookinbook', 'suppbook'];
const COLLECTION = ['collection', 'reference', 'incollection', 'inreference', 'suppcollection'];
const title = (prefix: string, children: string[]) => ({ prefix, children: new Set(children) });

/**
 * BibLaTeX's default title inheritance (biblatex.def `\DeclareDataInheritance`, as citation-js's
 * `mapping/crossref.js` applies it): for these parent → child types, the parent's `title` becomes
 * the child's `booktitle`, `maintitle` or `journaltitle` instead of its `title`.
 */
export const TITLE_INHERITANCE: ReadonlyMap<
	string,
	{ prefix: string; children: ReadonlySet<string> }
> = new Map([
	['mvbook', title('main', BOOK)],
	['mvcollection', title('main', COLLECTION)],
	['mvreference', title('main', COLLECTION)],
	['mvproceedings', title('main', ['proceedings', 'inproceedings'])],
	['book', title('book', BOOK.slice(1))],
	['collection', title('book', COLLECTION.slice(2))],
	['reference', title('book', COLLECTION.slice(2))],
	['proceedings', title('book', ['inproceedings'])],
	['periodical', title('journal', ['article', 'suppperiodical'])],
]);

/** The DOI syntax (Crossref's recommended pattern), matched case-insensitively. */
export const DOI_PATTERN = /^10\.\d{4,9}\/[-._;()/:A-Z0-9]+$/i;

/**
 * How an entry is marked retracted, in the ways reference managers and publishers write it, or
 * undefined when it is not:
 * - our own `retracted` field: any value but an empty one, "false" or "no" (a note such as
 *   "Retraction notice, J Ex 2020" counts);
 * - BibLaTeX's publication state, `pubstate = {retracted}`;
 * - a `keywords` entry "retracted": Zotero flags retracted items only inside Zotero (its
 *   Retraction Watch check keeps the flag in its own database), so the way to carry the flag into
 *   a Better BibTeX export is a "retracted" tag, which BBT writes to `keywords`;
 * - a title that starts "RETRACTED:" or "RETRACTED ARTICLE:", as publishers retitle a retracted
 *   article and PubMed and Crossref records then carry it.
 * One reading for the claim checks, prose citations, the audit and the reference page.
 */
export function retractionOf(fields: Readonly<Record<string, string>>): string | undefined {
	const own = fields['retracted']?.trim();
	if (own && !/^(false|no)$/i.test(own)) return /^(true|yes)$/i.test(own) ? 'retracted' : own;
	if (/^\s*retracted\s*$/i.test(fields['pubstate'] ?? '')) return 'pubstate = {retracted}';
	if ((fields['keywords'] ?? '').split(/[,;]/).some((k) => k.trim().toLowerCase() === 'retracted'))
		return 'keyword "retracted"';
	if (/^\s*\{?\s*retracted(\s+article)?\s*:/i.test(fields['title'] ?? ''))
		return 'title marked RETRACTED';
	return undefined;
}

/** True when an entry is marked retracted in any of the ways `retractionOf` reads. */
export function isRetracted(fields: Readonly<Record<string, string>>): boolean {
	return retractionOf(fields) !== undefined;
}
