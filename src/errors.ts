/**
 * The author-facing error catalogue: every content problem the build or the audit reports.
 * Names are PascalCase and never renamed; messages follow
 * `<path>:<line>[:<col>] <what is wrong>. <how to fix>.` (see ../shared/CONVENTIONS.md).
 */

/** One catalogue entry: a stable name, a short title and the sentence builders. */
interface CatalogueEntry<A> {
	/** The rule id the audit reports it under, e.g. `citations:unknown-key`; never renamed. */
	rule: string;
	title: string;
	message: (args: A) => string;
	hint: (args: A) => string;
}

const q = (value: string): string => JSON.stringify(value);

/** The catalogue itself; arguments are formatted where the error is thrown. */
export const errors = {
	UnknownCitationKey: {
		rule: 'citations:unknown-key',
		title: 'Unknown citation key',
		message: (a: { key: string }) => `Unknown citation key ${q(a.key)}`,
		hint: (a: { closest?: string | undefined }) =>
			`Add it to bibliography/ or fix the key${a.closest ? ` (closest: ${q(a.closest)})` : ''}`,
	},
	DuplicateBibtexKey: {
		rule: 'bibliography:duplicate-bibtex-key',
		title: 'Duplicate BibTeX key',
		message: (a: { key: string; other: string }) =>
			`Duplicate citation key ${q(a.key)}, already defined at ${a.other}`,
		hint: () => 'Keys are compared case-insensitively; rename or remove one of the two entries',
	},
	InvalidUtf8: {
		rule: 'bibliography:invalid-utf8',
		title: 'File is not UTF-8',
		message: (a: { offset: number }) =>
			`The file is not valid UTF-8 (first bad byte at offset ${a.offset})`,
		hint: () => 'Re-save the file as UTF-8 in your editor or reference manager',
	},
	UnbalancedBraces: {
		rule: 'bibliography:unbalanced-braces',
		title: 'Unbalanced braces',
		message: (a: { key: string; missing: number; field?: string; line?: number }) =>
			`Entry ${q(a.key)} has ${Math.abs(a.missing)} ${a.missing > 0 ? 'unclosed opening' : 'extra closing'} brace${Math.abs(a.missing) === 1 ? '' : 's'}${a.field ? ` in ${q(a.field)} (line ${a.line})` : ''}`,
		hint: () =>
			'Balance every { with a } inside the entry; the entry ends at the next line starting with @',
	},
	EmptyBibliography: {
		rule: 'bibliography:empty-bibliography',
		title: 'Bibliography file yields no entries',
		message: () => 'The file contains no BibTeX entries',
		hint: () => 'Add at least one entry such as @article{key, ...}, or delete the file',
	},
	BibtexSyntax: {
		rule: 'bibliography:bibtex-syntax',
		title: 'BibTeX syntax error',
		message: (a: { detail: string }) => `The BibTeX parser rejected this entry: ${a.detail}`,
		hint: () => 'Check the entry against the BibTeX syntax: @type{key, field = {value}, ...}',
	},
	MissingField: {
		rule: 'bibliography:missing-field',
		title: 'Required field missing',
		message: (a: { key: string; field: string }) => `Entry ${q(a.key)} has no ${a.field}`,
		hint: (a: { field: string }) => `Add the ${a.field} field as printed on the source`,
	},
	InvalidDoi: {
		rule: 'bibliography:invalid-doi',
		title: 'Malformed DOI',
		message: (a: { key: string; doi: string }) =>
			`Entry ${q(a.key)} has a DOI ${q(a.doi)} that does not match the DOI syntax`,
		hint: () =>
			'Write the bare DOI such as 10.1002/14651858.CD001929.pub3, without https://doi.org/',
	},
	InvalidUrl: {
		rule: 'bibliography:invalid-url',
		title: 'URL is not http(s)',
		message: (a: { key: string; url: string }) =>
			`Entry ${q(a.key)} has a url ${q(a.url)} that is not http or https`,
		hint: () => 'Use a full https:// address or remove the url field',
	},
	InvalidPedro: {
		rule: 'bibliography:invalid-pedro',
		title: 'PEDro score or record is malformed',
		message: (a: { key: string; field: string; value: string }) =>
			`Entry ${q(a.key)} has ${a.field} ${q(a.value)}, which is not ${a.field === 'pedro' ? 'a score out of 10 such as "7/10"' : 'a PEDro record address on search.pedro.org.au'}`,
		hint: () =>
			'Copy the score as the PEDro record prints it ("7/10") into pedro, and the record\'s address (https://search.pedro.org.au/search-results/record-detail/<id>) into pedrourl',
	},
	InvalidFrontmatter: {
		rule: 'content:invalid-frontmatter',
		title: 'Invalid frontmatter',
		message: (a: { field: string; detail: string }) => `Field ${q(a.field)} ${a.detail}`,
		hint: (a: { fix: string }) => a.fix,
	},
	NoFrontmatter: {
		rule: 'content:no-frontmatter',
		title: 'No frontmatter',
		message: () => 'The page has no frontmatter',
		hint: () =>
			'Start the file with a line ---, then the fields (title, bottomLine, reviewed...), then a line ---',
	},
	FrontmatterFence: {
		rule: 'content:frontmatter-fence',
		title: 'Frontmatter fence',
		message: (a: { detail: string }) => a.detail,
		hint: (a: { fix: string }) => a.fix,
	},
	FrontmatterMismatch: {
		rule: 'content:frontmatter-mismatch',
		title: 'Frontmatter read differently',
		message: (a: { field: string; detail: string }) =>
			`The frontmatter at ${q(a.field)} is read differently by Astro's parser and by the checks (${a.detail}), so the page is refused`,
		hint: () => 'Write the value plainly: quote text, write dates as 2026-11-21 and numbers as 0.5',
	},
	YamlSyntax: {
		rule: 'yaml:syntax',
		title: 'YAML syntax error',
		message: (a: { detail: string }) => `The YAML is not valid: ${a.detail}`,
		hint: () => 'Fix the YAML syntax (indentation, quotes, colons)',
	},
	YamlAlias: {
		rule: 'yaml:alias',
		title: 'YAML anchor or alias',
		message: (a: { what: string; name: string; count?: number }) =>
			`The YAML ${a.what} ${q(a.name)} is not allowed${a.count && a.count > 1 ? ` (used ${a.count} times; the first use is here)` : ''}`,
		hint: () =>
			'Write the value out in full where it belongs: the checks read every value where it is written',
	},
	YamlMergeKey: {
		rule: 'yaml:merge-key',
		title: 'YAML merge key',
		message: () => 'The YAML merge key "<<" is not allowed',
		hint: () =>
			'Write each field out where it belongs: Astro merges "<<" into the mapping while other YAML readers keep it as a key',
	},
	YamlTag: {
		rule: 'yaml:tag',
		title: 'YAML tag',
		message: (a: { tag: string }) => `The YAML tag ${q(a.tag)} is not allowed`,
		hint: () => 'Delete the tag and write a plain value; put text in quotes to keep it text',
	},
	YamlKey: {
		rule: 'yaml:key',
		title: 'YAML key',
		message: (a: { detail: string }) => `A key ${a.detail}`,
		hint: () => 'Write keys as plain names such as title or evidence',
	},
	DuplicateKey: {
		rule: 'yaml:duplicate-key',
		title: 'Key set twice',
		message: (a: { key: string; first: number }) =>
			`The key ${q(a.key)} is set twice (first on line ${a.first})`,
		hint: () => 'Keep one of the two values: YAML readers disagree on which one wins',
	},
	YamlLimit: {
		rule: 'yaml:limit',
		title: 'YAML limit exceeded',
		message: (a: { what: string; limit: string }) => `${a.what}, over the limit of ${a.limit}`,
		hint: () => 'Flatten or shorten it',
	},
	QuoteNotInSource: {
		rule: 'findings:quote-not-in-source',
		title: 'Quote not in source',
		message: (a: { keys: string; piece: string }) =>
			`The quote ${q(a.piece)} is not in the stored text of ${a.keys}`,
		hint: () =>
			"Copy the quote verbatim from bibliography/passages/<key>.yaml or the entry's abstract, or add the passage there from the source itself",
	},
	InvalidPassages: {
		rule: 'bibliography:invalid-passages',
		title: 'Invalid passages file',
		message: (a: { detail: string }) => `The passages file ${a.detail}`,
		hint: (a: { fix: string }) => a.fix,
	},
	InvalidFindings: {
		rule: 'findings:invalid-file',
		title: 'Invalid findings file',
		message: (a: { detail: string }) => `The findings file ${a.detail}`,
		hint: (a: { fix: string }) => a.fix,
	},
	DuplicateFinding: {
		rule: 'findings:duplicate',
		title: 'Finding written twice',
		message: (a: { key: string; other: string }) =>
			`The finding ${q(a.key)} has the same quote as ${q(a.other)}: one result of a source is written once`,
		hint: () =>
			'Merge the two (list every technique and condition the result is about), or quote the words of the source that state this result',
	},
	UnknownFinding: {
		rule: 'findings:unknown-id',
		title: 'Unknown finding',
		message: (a: { id: string }) => `There is no finding ${q(a.id)}`,
		hint: (a: { closest?: string | undefined }) =>
			`Use an id <source-key>/<finding-id> from content/findings/${a.closest ? ` (closest: ${q(a.closest)})` : ''}`,
	},
	UnshownFinding: {
		rule: 'findings:unshown',
		title: 'Finding shown on no page',
		message: (a: { key: string }) =>
			`The finding ${q(a.key)} has no technique or condition and no page names it, so no reader sees it`,
		hint: () =>
			"Tag it with the techniques and conditions it is about, or name it in a page's findings: list",
	},
	NoSearchStatement: {
		rule: 'content:no-search-statement',
		title: 'No findings and no search statement',
		message: (a: { what: string }) =>
			`The page shows no findings (${a.what}) and does not say what was searched`,
		hint: () =>
			'Add searched: { on: <date>, what: <what was searched and found> }, or tag a finding for this page in content/findings/',
	},
	QuoteAcrossPassages: {
		rule: 'findings:quote-across-passages',
		title: 'Quote stitched from several passages',
		message: (a: { keys: string; piece: string }) =>
			`The quote is stitched from more than one passage of ${a.keys}: ${q(a.piece)} is not in the passage that holds the rest`,
		hint: () =>
			'Quote one passage at a time: [...] may leave out words inside one passage, never join two passages or two sources',
	},
	NumberNotInSource: {
		rule: 'findings:number-not-in-source',
		title: 'Number not in source',
		message: (a: { value: string; field: string; keys: string }) =>
			`The number ${a.value} in ${a.field} appears neither in the quote nor in the stored text of ${a.keys}`,
		hint: () => 'Use the number exactly as the source reports it, or remove it',
	},
	HighCertaintyWithoutReview: {
		rule: 'findings:high-certainty-without-review',
		title: 'High certainty from a single study',
		message: (a: { keys: string }) =>
			`Certainty "high" needs a systematic review or guideline among the sources, but ${a.keys} has none`,
		hint: () => 'Lower the certainty or cite the review that grades this evidence',
	},
	BenefitWithNullInterval: {
		rule: 'findings:benefit-with-null-interval',
		title: 'Benefit claimed where the interval includes no effect',
		message: (a: { low: number; high: number; nullValue: number }) =>
			`The 95% CI ${a.low} to ${a.high} includes ${a.nullValue} (no effect), so the direction cannot be "benefit"`,
		hint: () =>
			'Use direction "no difference" or "mixed", or check the interval against the source',
	},
	RetractedSource: {
		rule: 'findings:retracted-source',
		title: 'Retracted source',
		message: (a: { key: string; how: string }) =>
			`The source ${q(a.key)} is marked retracted (${a.how})`,
		hint: () =>
			'Remove the finding, cite a source that has not been retracted, or set citesRetracted: true to show it on purpose (readers then see a retraction notice)',
	},
	RetractedCitation: {
		rule: 'citations:retracted-source',
		title: 'Retracted source cited',
		message: (a: { key: string; how: string }) =>
			`The citation of ${q(a.key)} cites a retracted source (${a.how})`,
		hint: (a: { key: string }) =>
			`Remove the citation, cite a source that has not been retracted, or write [@${a.key}, retracted] to cite it on purpose (readers then see that it was retracted)`,
	},
	SupersededSource: {
		rule: 'findings:superseded-source',
		title: 'Superseded source',
		message: (a: { key: string; newer: string }) =>
			`The source ${q(a.key)} is superseded by ${q(a.newer)}`,
		hint: (a: { newer: string }) =>
			`Cite ${q(a.newer)} instead, unless the older version is the point`,
	},
	UnknownCondition: {
		rule: 'findings:unknown-condition',
		title: 'Unknown condition',
		message: (a: { slug: string }) => `There is no condition page ${q(a.slug)}`,
		hint: (a: { closest?: string | undefined }) =>
			`Use a file name from content/conditions/${a.closest ? ` (closest: ${q(a.closest)})` : ''}`,
	},
	InvalidFileName: {
		rule: 'content:invalid-file-name',
		title: 'File name is not a slug',
		message: (a: { name: string }) =>
			`The file name ${q(a.name)} is not a page slug: Astro would publish it under a different address than the one claims and links use`,
		hint: (a: { suggested: string }) =>
			`Rename the file to ${q(a.suggested)} (lower-case letters, digits and hyphens)`,
	},
	UnreadContentFile: {
		rule: 'content:unread-content-file',
		title: 'File the build does not read',
		message: (a: { name: string; why: string }) =>
			`The file ${q(a.name)} is not published: ${a.why}`,
		hint: (a: { fix: string }) => a.fix,
	},
	UnknownSlug: {
		rule: 'content:unknown-slug',
		title: 'Unknown page slug',
		message: (a: { kind: string; slug: string }) => `There is no ${a.kind} page ${q(a.slug)}`,
		hint: (a: { kind: string; closest?: string | undefined }) =>
			`Use a file name from content/${a.kind === 'condition' ? 'conditions' : 'techniques'}/${a.closest ? ` (closest: ${q(a.closest)})` : ''}`,
	},
	DuplicateFindingId: {
		rule: 'findings:duplicate-id',
		title: 'Duplicate finding id',
		message: (a: { id: string }) => `Finding id ${q(a.id)} is used twice in this file`,
		hint: () => 'Give each finding its own id: <source-key>/<id> is its permanent address',
	},
	MdxSyntax: {
		rule: 'content:mdx-syntax',
		title: 'Page is not valid MDX',
		message: (a: { detail: string }) => `The page is not valid MDX: ${a.detail}`,
		hint: () =>
			'Close every component tag (<CitationNeeded />); in prose write "less than"/"more than" instead of < and >, and avoid { }',
	},
	CodeInContent: {
		rule: 'content:code-in-content',
		title: 'Import, export or expression in content',
		message: (a: { what: string; code: string }) =>
			`The ${a.what} ${q(a.code)} is not allowed in content`,
		hint: () =>
			'Content is never run as code: delete it and write plain text (escape a literal brace as \\{)',
	},
	DisallowedElement: {
		rule: 'content:disallowed-element',
		title: 'Raw HTML or unknown component',
		message: (a: { kind: string; tag: string }) => `${a.kind} <${a.tag}> is not allowed in content`,
		hint: (a: { components: string }) =>
			`Use Markdown, or one of the project's components: ${a.components}`,
	},
	DisallowedAttribute: {
		rule: 'content:disallowed-attribute',
		title: 'Event handler or style attribute',
		message: (a: { attribute: string; tag: string }) =>
			`The attribute ${q(a.attribute)} on <${a.tag}> is not allowed in content`,
		hint: () =>
			"Delete it; event handlers (on...) and inline styles are never allowed, the look comes from the site's CSS",
	},
	UnsafeUrl: {
		rule: 'content:unsafe-url',
		title: 'URL scheme not allowed',
		message: (a: { kind: string; url: string; scheme: string }) =>
			`The ${a.kind} URL ${q(a.url)} uses the scheme "${a.scheme}:", which is not allowed in content`,
		hint: () =>
			'Link to a page of this site (/techniques/swedish-massage/), a #fragment, or an https:// address',
	},
	PageTooLarge: {
		rule: 'content:page-too-large',
		title: 'Page too large',
		message: (a: { bytes: number; limit: number }) =>
			`The page is ${a.bytes} bytes, over the limit of ${a.limit} bytes, so it was not read`,
		hint: () => 'Split it into several pages, or move long material to the sources it summarises',
	},
	ArticleTooLarge: {
		rule: 'content:article-too-large',
		title: 'Article too large',
		message: (a: { bytes: number; limit: number }) =>
			`The file is ${a.bytes} bytes, over the audit's limit of ${a.limit} bytes, so it was not read`,
		hint: () => 'Audit it in parts: split the file at its headings',
	},
	// Bibliography input (src/lib/bibliography/scan.ts, src/lib/bibliography/citation-js.ts).
	UnbalancedQuote: {
		rule: 'bibliography:unbalanced-quote',
		title: 'Unclosed quote',
		message: (a: { key: string; field: string; line: number }) =>
			`Entry ${q(a.key)} has an unclosed " in ${q(a.field)} (line ${a.line})`,
		hint: () => 'Close the value with ", or write it in braces {...}',
	},
	BibtexUnexpected: {
		rule: 'bibliography:bibtex-unexpected',
		title: 'BibTeX syntax error',
		message: (a: { found: string; key: string; expected: string }) =>
			`Unexpected ${a.found} in entry ${q(a.key)}, expected ${a.expected}`,
		hint: () => 'Write each field as name = {value}, separated by commas',
	},
	StrayText: {
		rule: 'bibliography:stray-text',
		title: 'Text between entries',
		message: (a: { text: string }) =>
			`Unexpected text ${q(a.text)} between entries, expected @type{key, ...} or a % comment`,
		hint: () =>
			'Start comment lines with %, or remove the extra } that ends the entry above too early',
	},
	DuplicateField: {
		rule: 'bibliography:duplicate-field',
		title: 'Duplicate field',
		message: (a: { key: string; field: string; line: number }) =>
			`Entry ${q(a.key)} sets ${q(a.field)} twice (first on line ${a.line})`,
		hint: () => 'Keep one of the two values; BibTeX and citation-js disagree on which one wins',
	},
	UndefinedMacro: {
		rule: 'bibliography:undefined-macro',
		title: 'Undefined @string macro',
		message: (a: { key: string; field: string; name: string }) =>
			`Entry ${q(a.key)} uses the undefined @string macro ${q(a.name)} in ${q(a.field)}`,
		hint: (a: { name: string; closest?: string | undefined }) =>
			`Define it with @string{${a.name} = {...}} or put the value in braces${a.closest ? ` (closest: ${q(a.closest)})` : ''}`,
	},
	KeylessEntry: {
		rule: 'bibliography:keyless-entry',
		title: 'Entry without a key',
		message: (a: { type: string }) => `The @${a.type} entry has no citation key`,
		hint: (a: { type: string }) => `Add a key before the first comma: @${a.type}{smith2020, ...}`,
	},
	EmptyEntry: {
		rule: 'bibliography:empty-entry',
		title: 'Entry without fields',
		message: (a: { key: string }) => `Entry ${q(a.key)} has no fields`,
		hint: () => 'Add its title, author and year, or remove it',
	},
	ReservedName: {
		rule: 'bibliography:reserved-name',
		title: 'Reserved name',
		message: (a: { what: string; name: string }) =>
			`The ${a.what} ${q(a.name)} is a reserved JavaScript name`,
		hint: (a: { what: string }) => `Use another ${a.what}`,
	},
	BibtexLimit: {
		rule: 'bibliography:bibtex-limit',
		title: 'Bibliography limit exceeded',
		message: (a: { what: string; limit: string }) => `${a.what}, over the limit of ${a.limit}`,
		hint: () => 'Shorten or split it; the limits are documented in src/lib/bibliography/rules.ts',
	},
	BibtexParserWarning: {
		rule: 'bibliography:bibtex-parser-warning',
		title: 'BibTeX parser warning',
		message: (a: { key: string; detail: string }) =>
			`The BibTeX parser (citation-js) warned about entry ${q(a.key)}: ${a.detail}`,
		hint: () => 'Check the entry against the BibTeX syntax: @type{key, field = {value}, ...}',
	},
	UnknownEntryType: {
		rule: 'bibliography:unknown-entry-type',
		title: 'Unknown entry type',
		message: (a: { key: string; type: string }) =>
			`Entry ${q(a.key)} has the unknown type "@${a.type}"`,
		hint: (a: { closest?: string | undefined }) =>
			a.closest
				? `Did you mean @${a.closest}? Otherwise use a BibTeX or BibLaTeX type such as @misc`
				: 'Use a BibTeX or BibLaTeX type such as @article, @book or @misc',
	},
	InvalidYear: {
		rule: 'bibliography:invalid-year',
		title: 'Year is not a number',
		message: (a: { key: string; field: string; value: string }) =>
			`Entry ${q(a.key)} has the ${a.field} ${q(a.value)}, which is not a year`,
		hint: () => 'Write the four-digit year, such as 2019, or an ISO date, such as 2019-05-31',
	},
	HtmlInField: {
		rule: 'bibliography:html-in-field',
		title: 'HTML in a field',
		message: (a: { key: string; field: string; tag: string }) =>
			`Entry ${q(a.key)} has the HTML markup ${q(a.tag)} in ${q(a.field)}`,
		hint: () => 'Write plain text; for italics use \\emph{...}',
	},
	LatexLeftover: {
		rule: 'bibliography:latex-leftover',
		title: 'LaTeX left after decoding',
		message: (a: { key: string; field: string; text: string }) =>
			`Entry ${q(a.key)} still shows "${a.text}" in ${q(a.field)} after LaTeX decoding`,
		hint: () =>
			'Write the character itself (é, ß), balance the braces, or escape a dollar sign as \\$',
	},
	DoiNormalised: {
		rule: 'bibliography:doi-normalised',
		title: 'DOI normalised',
		message: (a: { key: string; doi: string; normalised: string }) =>
			`Entry ${q(a.key)} has the DOI ${q(a.doi)}, read as ${q(a.normalised)}`,
		hint: (a: { normalised: string }) => `Write the bare DOI ${a.normalised}`,
	},
	DuplicateDoi: {
		rule: 'bibliography:duplicate-doi',
		title: 'Same DOI under two keys',
		message: (a: { key: string; doi: string; other: string; place: string }) =>
			`Entries ${q(a.other)} (${a.place}) and ${q(a.key)} have the same DOI ${q(a.doi)}`,
		hint: () => 'Keep one entry: the same work under two keys double-counts evidence',
	},
	DanglingCrossref: {
		rule: 'bibliography:dangling-crossref',
		title: 'Crossref to a missing entry',
		message: (a: { key: string; parent: string }) =>
			`Entry ${q(a.key)} has crossref ${q(a.parent)}, but no entry has that key`,
		hint: (a: { closest?: string | undefined }) =>
			`Add the parent entry or fix the key${a.closest ? ` (closest: ${q(a.closest)})` : ''}`,
	},
	CrossrefCycle: {
		rule: 'bibliography:crossref-cycle',
		title: 'Crossref cycle',
		message: (a: { cycle: string }) => `The crossrefs of ${a.cycle} form a cycle`,
		hint: () => 'Remove the crossref of one of them; a parent never points back to its child',
	},
	HiddenEntries: {
		rule: 'bibliography:hidden-entries',
		title: 'Entries inside @comment',
		message: (a: { count: number }) =>
			`This @comment block hides ${a.count} entr${a.count === 1 ? 'y' : 'ies'}`,
		hint: () => 'Delete the block if they are obsolete, or remove the @comment{ } around them',
	},
	InvalidLatex: {
		rule: 'bibliography:invalid-latex',
		title: 'LaTeX that cannot be decoded',
		message: (a: { key: string; field: string; detail: string }) =>
			`Entry ${q(a.key)} has LaTeX in ${q(a.field)} that citation-js cannot decode (${a.detail})`,
		hint: () =>
			'Close every $...$ and \\begin{...}, and write a literal dollar sign as \\$ and a backslash as \\textbackslash{}',
	},
} satisfies Record<string, CatalogueEntry<never>>;

/** The name of a catalogue entry. */
export type ErrorName = keyof typeof errors;

/** A located problem; `severity: 'warning'` never fails the build. */
export interface Problem {
	name: ErrorName | string;
	/** The catalogue entry's rule id (audit findings are named by their rule already). */
	rule?: string | undefined;
	file: string;
	line: number;
	column?: number | undefined;
	message: string;
	severity: 'error' | 'warning' | 'info';
}

// A builder without a parameter takes any arguments: `Parameters<() => string>[0]` is `undefined`,
// which made every entry with such a hint uncallable under strict TypeScript.
type ArgOf<F> = F extends (args: infer A) => string ? A : never;
type Args<N extends ErrorName> = ArgOf<(typeof errors)[N]['message']> &
	ArgOf<(typeof errors)[N]['hint']>;

/** Builds a located problem from a catalogue entry. */
export function problem<N extends ErrorName>(
	name: N,
	where: {
		file: string;
		line: number;
		column?: number | undefined;
	},
	args: Args<N>,
	severity: 'error' | 'warning' = 'error',
): Problem {
	const entry = errors[name] as CatalogueEntry<Args<N>>;
	const message = `${entry.message(args)}. ${entry.hint(args)}.`;
	return { name, rule: entry.rule, ...where, message, severity };
}

/** Formats a problem as `path:line[:col] message`. */
export function formatProblem(p: Problem): string {
	const col = p.column === undefined ? '' : `:${p.column}`;
	return `${p.file}:${p.line}${col} ${p.message}`;
}

/** Sorts problems by file, line and column, as every report lists them. */
export function sortProblems(list: readonly Problem[]): Problem[] {
	return [...list].sort(
		(a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0),
	);
}
