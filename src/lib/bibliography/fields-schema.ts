/**
 * What every bibliography entry must satisfy once citation-js has read it: a zod schema over the
 * raw BibTeX fields, which ./validate.ts turns into catalogue problems.
 */
import { z } from 'zod';
import { DOI_PATTERN, ENTRY_TYPES } from './rules.ts';

/** ISO 8601 dates as BibLaTeX writes them: 2019, 2019-05, 2019-05-31, or a range with /. */
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?(\/(\d{4}(-\d{2}(-\d{2})?)?)?)?$/;

/**
 * What every bibliography entry must satisfy once citation-js has read it (./validate.ts
 * `validateEntry` turns each issue into a catalogue problem). Fields are the raw BibTeX values.
 */
export const BibEntryFieldsSchema = z
	.object({
		/** The citation key. */
		key: z.string(),
		/** The entry type, lower case; one of ENTRY_TYPES. */
		type: z.string().refine((t) => (ENTRY_TYPES as readonly string[]).includes(t)),
		fields: z
			.object({
				/** The title as printed on the source (required). */
				title: z.string().optional(),
				/** Authors, "Family, Given and Family, Given" (this or editor is required). */
				author: z.string().optional(),
				/** Editors, for edited books and reports without authors. */
				editor: z.string().optional(),
				/** The four-digit year (this or date is required). */
				year: z
					.string()
					.regex(/^\d{4}$/)
					.optional(),
				/** A BibLaTeX ISO 8601 date, used when there is no year. */
				date: z.string().regex(ISO_DATE).optional(),
				/** The bare DOI (already normalised by the parser), matched case-insensitively. */
				doi: z.string().regex(DOI_PATTERN).optional(),
				/** A web address; only http and https are allowed (no javascript:, data:, file:). */
				url: z.url({ protocol: /^https?$/ }).optional(),
				/** A trial's PEDro score as its PEDro record prints it, "7/10" (RCTs only). */
				pedro: z
					.string()
					.regex(/^(?:10|\d)\/10$/)
					.optional(),
				/** The PEDro record the score was read from (search.pedro.org.au). */
				pedrourl: z.url({ protocol: /^https?$/, hostname: /^search\.pedro\.org\.au$/ }).optional(),
			})
			// Custom fields (pmid, studytype, verified, retracted, supersededby...) are kept as text.
			.catchall(z.string()),
	})
	.superRefine(({ fields }, ctx) => {
		// Presence is checked here, not with required fields, so one pass reports every problem.
		const missing = (field: string) =>
			ctx.addIssue({
				code: 'custom',
				path: ['fields', field],
				message: 'is missing',
				params: { missing: field },
			});
		if (!fields.title?.trim()) missing('title');
		if (!fields.author?.trim() && !fields.editor?.trim()) missing('author or editor');
		if (!fields.year?.trim() && !fields.date?.trim()) missing('year');
		// A score is shown only with the record it was read from, so a reader can check it.
		if (fields.pedro && !fields.pedrourl) missing('pedrourl');
	});
