/**
 * The author-facing error catalogue: every content problem the build or the audit reports.
 * Names are PascalCase and never renamed; messages follow
 * `<path>:<line>[:<col>] <what is wrong>. <how to fix>.` (see ../shared/CONVENTIONS.md).
 */

/** One catalogue entry: a stable name, a short title and the sentence builders. */
interface CatalogueEntry<A> {
	title: string;
	message: (args: A) => string;
	hint: (args: A) => string;
}

const q = (value: string): string => JSON.stringify(value);

/** The catalogue itself; arguments are formatted where the error is thrown. */
export const errors = {
	UnknownCitationKey: {
		title: 'Unknown citation key',
		message: (a: { key: string }) => `Unknown citation key ${q(a.key)}`,
		hint: (a: { closest?: string | undefined }) =>
			`Add it to bibliography/ or fix the key${a.closest ? ` (closest: ${q(a.closest)})` : ''}`,
	},
	DuplicateBibtexKey: {
		title: 'Duplicate BibTeX key',
		message: (a: { key: string; other: string }) =>
			`Duplicate citation key ${q(a.key)}, already defined at ${a.other}`,
		hint: () => 'Keys are compared case-insensitively; rename or remove one of the two entries',
	},
	InvalidUtf8: {
		title: 'File is not UTF-8',
		message: (a: { offset: number }) => `The file is not valid UTF-8 (first bad byte at offset ${a.offset})`,
		hint: () => 'Re-save the file as UTF-8 in your editor or reference manager',
	},
	UnbalancedBraces: {
		title: 'Unbalanced braces',
		message: (a: { key: string; missing: number }) =>
			`Entry ${q(a.key)} has ${Math.abs(a.missing)} unclosed ${a.missing > 0 ? 'opening' : 'extra closing'} brace${Math.abs(a.missing) === 1 ? '' : 's'}`,
		hint: () => 'Balance every { with a } inside the entry; the entry ends at the next line starting with @',
	},
	EmptyBibliography: {
		title: 'Bibliography file yields no entries',
		message: () => 'The file contains no BibTeX entries',
		hint: () => 'Add at least one entry such as @article{key, ...}, or delete the file',
	},
	BibtexSyntax: {
		title: 'BibTeX syntax error',
		message: (a: { detail: string }) => `The BibTeX parser rejected this entry: ${a.detail}`,
		hint: () => 'Check the entry against the BibTeX syntax: @type{key, field = {value}, ...}',
	},
	MissingField: {
		title: 'Required field missing',
		message: (a: { key: string; field: string }) => `Entry ${q(a.key)} has no ${a.field}`,
		hint: (a: { field: string }) => `Add the ${a.field} field as printed on the source`,
	},
	InvalidDoi: {
		title: 'Malformed DOI',
		message: (a: { key: string; doi: string }) => `Entry ${q(a.key)} has a DOI ${q(a.doi)} that does not match the DOI syntax`,
		hint: () => 'Write the bare DOI such as 10.1002/14651858.CD001929.pub3, without https://doi.org/',
	},
	InvalidUrl: {
		title: 'URL is not http(s)',
		message: (a: { key: string; url: string }) => `Entry ${q(a.key)} has a url ${q(a.url)} that is not http or https`,
		hint: () => 'Use a full https:// address or remove the url field',
	},
	InvalidFrontmatter: {
		title: 'Invalid frontmatter',
		message: (a: { field: string; detail: string }) => `Field ${q(a.field)} ${a.detail}`,
		hint: (a: { fix: string }) => a.fix,
	},
	QuoteNotInSource: {
		title: 'Quote not in source',
		message: (a: { keys: string; piece: string }) => `The quote ${q(a.piece)} is not in the stored text of ${a.keys}`,
		hint: () => 'Copy the quote verbatim from bibliography/passages/<key>.yaml or the entry\'s abstract, or add the passage there from the source itself',
	},
	NumberNotInSource: {
		title: 'Number not in source',
		message: (a: { value: string; field: string; keys: string }) => `The number ${a.value} in ${a.field} appears neither in the quote nor in the stored text of ${a.keys}`,
		hint: () => 'Use the number exactly as the source reports it, or remove it',
	},
	HighCertaintyWithoutReview: {
		title: 'High certainty from a single study',
		message: (a: { keys: string }) => `Certainty "high" needs a systematic review or guideline among the sources, but ${a.keys} has none`,
		hint: () => 'Lower the certainty or cite the review that grades this evidence',
	},
	BenefitWithNullInterval: {
		title: 'Benefit claimed where the interval includes no effect',
		message: (a: { low: number; high: number; nullValue: number }) => `The 95% CI ${a.low} to ${a.high} includes ${a.nullValue} (no effect), so the direction cannot be "benefit"`,
		hint: () => 'Use direction "no difference" or "mixed", or check the interval against the source',
	},
	RetractedSource: {
		title: 'Retracted source',
		message: (a: { key: string }) => `The source ${q(a.key)} is marked retracted`,
		hint: () => 'Remove the claim or cite a source that has not been retracted',
	},
	SupersededSource: {
		title: 'Superseded source',
		message: (a: { key: string; newer: string }) => `The source ${q(a.key)} is superseded by ${q(a.newer)}`,
		hint: (a: { newer: string }) => `Cite ${q(a.newer)} instead, unless the older version is the point`,
	},
	UnknownCondition: {
		title: 'Unknown condition',
		message: (a: { slug: string }) => `There is no condition page ${q(a.slug)}`,
		hint: (a: { closest?: string | undefined }) => `Use a file name from content/conditions/${a.closest ? ` (closest: ${q(a.closest)})` : ''}`,
	},
	DuplicateClaimId: {
		title: 'Duplicate claim id',
		message: (a: { id: string }) => `Claim id ${q(a.id)} is used twice on this page`,
		hint: () => 'Give each claim its own id; it is the claim\'s anchor #claim-<id>',
	},
} satisfies Record<string, CatalogueEntry<never>>;

/** The name of a catalogue entry. */
export type ErrorName = keyof typeof errors;

/** A located problem; `severity: 'warning'` never fails the build. */
export interface Problem {
	name: ErrorName | string;
	file: string;
	line: number;
	column?: number | undefined;
	message: string;
	severity: 'error' | 'warning' | 'info';
}

type Args<N extends ErrorName> = Parameters<(typeof errors)[N]['message']>[0] &
	Parameters<(typeof errors)[N]['hint']>[0];

/** Builds a located problem from a catalogue entry. */
export function problem<N extends ErrorName>(
	name: N,
	where: { file: string; line: number; column?: number | undefined },
	args: Args<N>,
	severity: 'error' | 'warning' = 'error',
): Problem {
	const entry = errors[name] as CatalogueEntry<Args<N>>;
	return { name, ...where, message: `${entry.message(args)}. ${entry.hint(args)}.`, severity };
}

/** Formats a problem as `path:line[:col] message`. */
export function formatProblem(p: Problem): string {
	const col = p.column === undefined ? '' : `:${p.column}`;
	return `${p.file}:${p.line}${col} ${p.message}`;
}

/** Sorts problems by file, line and column, as every report lists them. */
export function sortProblems(list: readonly Problem[]): Problem[] {
	return [...list].sort(
		(a, b) =>
			a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0),
	);
}
