/**
 * Reference-manager files: BibTeX (every raw field, so it re-imports to the same data), RIS (with
 * the PMID as accession number) and CSL-JSON, for one reference, one page's cited works, or the
 * whole library. Built at build time; no citation-js outside bibliography.ts.
 */
import { toBibtex, toRis } from './citation-js.ts';
import type { BibEntry } from './entry.ts';

/** The export formats, with file extension, media type and label. */
export const EXPORT_FORMATS = {
	bib: { label: 'BibTeX', type: 'application/x-bibtex; charset=utf-8' },
	ris: { label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8' },
	json: { label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;

/** An export format id: `bib`, `ris` or `json`. */
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** Every export format id. */
export const EXPORT_IDS = Object.keys(EXPORT_FORMATS) as ExportFormat[];

/** What an export file covers: the library, one reference, or the works one page cites. */
export type ExportScope = { library: true } | { reference: string } | { page: string };

/** The site path of an export file, e.g. `/export/references/cherkin2011.ris`. */
export function exportPath(scope: ExportScope, format: ExportFormat): string {
	if ('library' in scope) return `/export/library.${format}`;
	if ('reference' in scope) return `/export/references/${scope.reference}.${format}`;
	return `/export/${scope.page.replace(/^\/|\/$/g, '')}.${format}`;
}

/** The text of an export file for the given entries. */
export function exportText(entries: readonly BibEntry[], format: ExportFormat): string {
	if (format === 'bib') return toBibtex(entries);
	if (format === 'ris') return toRis(entries.map((e) => e.csl));
	return `${JSON.stringify(
		entries.map((e) => e.csl),
		null,
		2,
	)}\n`;
}
