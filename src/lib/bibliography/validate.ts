/**
 * Checks on entries once citation-js has read them: the fields against BibEntryFieldsSchema, the
 * decoded text for LaTeX and HTML leftovers, and one DOI per work across the bibliography.
 * No citation-js here; ./bibliography.ts re-exports `validateEntry`.
 */
import { problem, type Problem } from '../../errors.ts';
import { BibEntryFieldsSchema } from './fields-schema.ts';
import type { BibEntry, CslItem } from './entry.ts';
import { ENTRY_TYPES } from './rules.ts';
import { htmlTagIn, latexLeftoverIn } from './text.ts';
import { closest } from '../closest.ts';

/**
 * Validates an entry against `BibEntryFieldsSchema` (required fields, year, type, DOI, URL) and
 * checks its text: HTML in a raw field is an error, LaTeX that citation-js could not decode a
 * warning. Returns located problems, field by field where the field's line is known.
 */
export function validateEntry(entry: BibEntry): Problem[] {
	const whereEntry = { file: entry.file, line: entry.line };
	const at = (field: string) => {
		const place = entry.fieldAt?.[field];
		return place ? { file: entry.file, ...place } : whereEntry;
	};
	const key = entry.key;
	const missing: Problem[] = [];
	const out: Problem[] = [];
	// An empty field is as good as a missing one.
	const fields = Object.fromEntries(
		Object.entries(entry.fields).filter(([, v]) => v.trim() !== ''),
	);
	const result = BibEntryFieldsSchema.safeParse({ key, type: entry.type, fields });
	for (const issue of result.success ? [] : result.error.issues) {
		const field = String(issue.path[1] ?? issue.path[0] ?? '');
		const value = fields[field] ?? '';
		const params =
			issue.code === 'custom' ? (issue.params as { missing?: string } | undefined) : undefined;
		if (params?.missing)
			missing.push(problem('MissingField', whereEntry, { key, field: params.missing }));
		else if (field === 'type') {
			const near = closest(entry.type, ENTRY_TYPES);
			out.push(
				problem(
					'UnknownEntryType',
					{ ...whereEntry, column: entry.column },
					{ key, type: entry.type, closest: near },
				),
			);
		} else if (field === 'doi') out.push(problem('InvalidDoi', at(field), { key, doi: value }));
		else if (field === 'url') out.push(problem('InvalidUrl', at(field), { key, url: value }));
		else if (field === 'pedro' || field === 'pedrourl')
			out.push(problem('InvalidPedro', at(field), { key, field, value }));
		else out.push(problem('InvalidYear', at(field), { key, field, value }));
	}
	for (const [name, value] of Object.entries(entry.fields)) {
		const tag = htmlTagIn(value);
		if (tag) out.push(problem('HtmlInField', at(name), { key, field: name, tag }));
	}
	const raw = Object.values(entry.fields).join('\n');
	for (const [variable, text] of decodedText(entry.csl)) {
		const left = latexLeftoverIn(text, raw);
		if (!left) continue;
		const field = bibtexFieldOf(variable, entry.fields);
		out.push(problem('LatexLeftover', at(field), { key, field, text: left }, 'warning'));
	}
	return [...missing, ...out];
}

// CSL variables that are identifiers or dates, not decoded text.
const NOT_TEXT = new Set([
	'id',
	'type',
	'citation-key',
	'DOI',
	'URL',
	'PMID',
	'PMCID',
	'ISBN',
	'ISSN',
]);

/** Each CSL text variable with its decoded text (names joined), once per variable. */
function decodedText(csl: CslItem): [string, string][] {
	const out: [string, string][] = [];
	for (const [variable, value] of Object.entries(csl)) {
		if (NOT_TEXT.has(variable)) continue;
		if (typeof value === 'string') out.push([variable, value]);
		else if (Array.isArray(value))
			out.push([
				variable,
				value
					.flatMap((v: unknown) =>
						v && typeof v === 'object' ? Object.values(v).filter((s) => typeof s === 'string') : [],
					)
					.join(' '),
			]);
	}
	return out;
}

// Which BibTeX fields a CSL variable comes from (citation-js mapping/biblatex.js), for messages.
const SOURCE_FIELDS: ReadonlyMap<string, string[]> = new Map(
	Object.entries({
		'container-title': ['journaltitle', 'journal', 'booktitle', 'maintitle'],
		'collection-title': ['series'],
		publisher: ['publisher', 'institution', 'organization', 'school'],
		'publisher-place': ['location', 'address'],
		issue: ['number', 'issue'],
		page: ['pages'],
		keyword: ['keywords'],
	}),
);

function bibtexFieldOf(variable: string, fields: Readonly<Record<string, string>>): string {
	const candidates = SOURCE_FIELDS.get(variable) ?? [variable];
	return candidates.find((f) => Object.hasOwn(fields, f)) ?? variable;
}

/** The same DOI (case-insensitive) under two keys: one error per repeat, naming both places. */
export function duplicateDois(entries: readonly BibEntry[]): Problem[] {
	const out: Problem[] = [];
	const byDoi = new Map<string, BibEntry>();
	const at = (e: BibEntry) => ({
		file: e.file,
		...(e.fieldAt?.['doi'] ?? { line: e.line, column: e.column }),
	});
	for (const entry of entries) {
		const doi = entry.fields['doi'];
		if (!doi) continue;
		const other = byDoi.get(doi.toLowerCase());
		if (!other) {
			byDoi.set(doi.toLowerCase(), entry);
			continue;
		}
		const o = at(other);
		out.push(
			problem('DuplicateDoi', at(entry), {
				key: entry.key,
				doi,
				other: other.key,
				place: `${o.file}:${o.line}`,
			}),
		);
	}
	return out;
}
