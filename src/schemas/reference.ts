/** References: one entry per BibTeX entry, id = citation key (see src/loaders/bibtex-loader.ts). */
import { z } from 'zod';
import type { CslItem } from '../lib/bibliography/entry.ts';

/** A reference as stored in the `references` collection. */
export const ReferenceSchema = z.object({
	/** The citation key (also the entry id). */
	key: z.string(),
	/** The BibTeX entry type, lower case (article, book, misc...). */
	type: z.string(),
	/** Project-relative path of the .bib file and the line of `@type{key,`. */
	file: z.string(),
	line: z.number().int().positive(),
	/** Every BibTeX field, decoded; custom fields (pmid, studytype, verified...) included. */
	fields: z.record(z.string(), z.string()),
	/** The CSL-JSON item (never carries citation-js's `_graph`); built by src/lib/bibliography/citation-js.ts. */
	csl: z.custom<CslItem>(
		(v) => typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string',
		'must be a CSL-JSON item with an id',
	),
	/** Author-year label parts for markers. */
	label: z.object({ authors: z.string(), year: z.string() }),
	/** Formatted reference HTML per style id, produced once per build by citeproc. */
	formatted: z.record(z.string(), z.string()),
});

/** A stored reference. */
export type Reference = z.infer<typeof ReferenceSchema>;
