/** The shapes of a bibliography entry, shared by every stage (no code: nothing to import in a circle). */

/** A CSL-JSON item as citation-js produces it (the subset we read is typed). */
export interface CslItem {
	id: string;
	type: string;
	title?: string;
	author?: { family?: string; given?: string; literal?: string }[];
	editor?: { family?: string; given?: string; literal?: string }[];
	issued?: { 'date-parts'?: (number | string)[][]; literal?: string };
	'container-title'?: string;
	DOI?: string;
	PMID?: string;
	PMCID?: string;
	URL?: string;
	[field: string]: unknown;
}

/** One bibliography entry: every raw BibTeX field, its CSL form, and where it was written. */
export interface BibEntry {
	key: string;
	type: string;
	file: string;
	line: number;
	/** Column of the entry's `@`. */
	column?: number | undefined;
	/**
	 * Every field of the entry as written (LaTeX kept, so it exports back unchanged), @string
	 * macros expanded, NFC-normalised, lower-case names, the DOI bare, plus the fields inherited
	 * through `crossref`; nothing dropped. The decoded text is in `csl`.
	 */
	fields: Record<string, string>;
	/** Where each field written in the entry starts (inherited fields are not listed). */
	fieldAt?: Record<string, { line: number; column: number }> | undefined;
	csl: CslItem;
}

/** A bibliography file handed to the parser: its project-relative path and raw bytes. */
export interface BibFile {
	path: string;
	bytes: Uint8Array;
}
