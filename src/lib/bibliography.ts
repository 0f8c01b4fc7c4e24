/**
 * The only module that imports citation-js: parse BibTeX, format references, export BibTeX.
 * Everything citation-js returns is copied into plain objects without its `_graph` (the whole
 * source text, repeated per entry), so nothing downstream can carry it.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { problem, type Problem } from '../errors.ts';
import { decodeUtf8, scanBibtex, type ScannedEntry } from './bibtex-scan.ts';
import { styleTemplate, type StyleId } from './styles.ts';

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
	/** Every field of the entry, LaTeX decoded by citation-js, lower-case names; nothing dropped. */
	fields: Record<string, string>;
	csl: CslItem;
}

/** A bibliography file handed to the parser: its project-relative path and raw bytes. */
export interface BibFile {
	path: string;
	bytes: Uint8Array;
}

interface RawEntry {
	type: string;
	label: string;
	properties: Record<string, string>;
}

const chain = (input: unknown, target: string): unknown =>
	plugins.input.chain(input, { generateGraph: false, target });

/** Parses BibTeX files into entries, collecting every problem instead of stopping at the first. */
export function parseBibliography(files: readonly BibFile[]): {
	entries: BibEntry[];
	problems: Problem[];
} {
	const entries: BibEntry[] = [];
	const problems: Problem[] = [];
	const seen = new Map<string, ScannedEntry & { file: string }>();
	for (const file of files) {
		const decoded = decodeUtf8(file.bytes, file.path);
		if ('problem' in decoded) {
			problems.push(decoded.problem);
			continue;
		}
		const scan = scanBibtex(decoded.text, file.path);
		problems.push(...scan.problems);
		const unique: ScannedEntry[] = [];
		for (const entry of scan.entries) {
			const id = entry.key.toLowerCase();
			const first = seen.get(id);
			if (first) {
				problems.push(
					problem(
						'DuplicateBibtexKey',
						{ file: file.path, line: entry.line, column: entry.column },
						{ key: entry.key, other: `${first.file}:${first.line}` },
					),
				);
				continue;
			}
			seen.set(id, { ...entry, file: file.path });
			unique.push(entry);
		}
		for (const entry of unique) {
			const raw = parseEntry(scan.macros, entry, file.path, problems);
			if (raw) entries.push(raw);
		}
	}
	return { entries, problems };
}

/** Parses one scanned entry (with the file's @string macros) and converts it to CSL. */
function parseEntry(
	macros: readonly string[],
	entry: ScannedEntry,
	file: string,
	problems: Problem[],
): BibEntry | undefined {
	const where = { file, line: entry.line, column: entry.column };
	try {
		const raws = chain([...macros, entry.text].join('\n'), '@biblatex/entries+list') as RawEntry[];
		const raw = raws[0];
		if (!raw) throw new Error('no entry could be read');
		const csl = (chain([raw], '@csl/list+object') as CslItem[])[0];
		if (!csl) throw new Error('the entry could not be converted to CSL');
		const fields: Record<string, string> = {};
		for (const [name, value] of Object.entries(raw.properties)) fields[name.toLowerCase()] = value;
		const item = stripGraph(csl);
		item.id = raw.label;
		return { key: raw.label, type: raw.type.toLowerCase(), file, line: entry.line, fields, csl: item };
	} catch (error) {
		const detail = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
		problems.push(problem('BibtexSyntax', where, { detail }));
		return undefined;
	}
}

/** Copies a CSL item without citation-js's `_graph` and other internal underscore fields. */
function stripGraph(item: CslItem): CslItem {
	const copy: CslItem = { id: item.id, type: item.type };
	for (const [name, value] of Object.entries(item)) if (!name.startsWith('_')) copy[name] = value;
	return copy;
}

/**
 * Formats every entry in one style in a single citeproc pass (formatting entries one at a time
 * re-processes the whole list on each call). Returns key → HTML.
 */
export function formatBibliography(items: readonly CslItem[], style: StyleId): Map<string, string> {
	const out = new Map<string, string>();
	if (items.length === 0) return out;
	const cite = new Cite(items as CslItem[], { generateGraph: false });
	const rows = cite.format('bibliography', {
		format: 'html',
		template: styleTemplate(style, registerTemplate),
		asEntryArray: true,
	}) as unknown as [string, string][];
	for (const [id, html] of rows) out.set(id, html.trim());
	return out;
}

function registerTemplate(name: string, xml: string): void {
	const templates = plugins.config.get('@csl').styles;
	if (!templates.has(name)) templates.add(name, xml);
}

/** Serialises entries back to BibTeX, every raw field included, in a stable order. */
export function toBibtex(entries: readonly BibEntry[]): string {
	return entries
		.map((entry) => {
			const body = Object.entries(entry.fields)
				.map(([name, value]) => `  ${name} = {${value}}`)
				.join(',\n');
			return `@${entry.type}{${entry.key},\n${body}\n}\n`;
		})
		.join('\n');
}

/** Validates the fields every reference needs; returns located problems. */
export function validateEntry(entry: BibEntry): Problem[] {
	const where = { file: entry.file, line: entry.line };
	const out: Problem[] = [];
	const f = entry.fields;
	if (!f['title']) out.push(problem('MissingField', where, { key: entry.key, field: 'title' }));
	if (!f['author'] && !f['editor'])
		out.push(problem('MissingField', where, { key: entry.key, field: 'author or editor' }));
	if (!f['year'] && !f['date'])
		out.push(problem('MissingField', where, { key: entry.key, field: 'year' }));
	const doi = f['doi'];
	if (doi !== undefined && !/^10\.\d{4,9}\/[-._;()/:A-Z0-9<>[\]]+$/i.test(doi))
		out.push(problem('InvalidDoi', where, { key: entry.key, doi }));
	const url = f['url'];
	if (url !== undefined && !/^https?:\/\/\S+$/i.test(url))
		out.push(problem('InvalidUrl', where, { key: entry.key, url }));
	return out;
}

/** Reads the CSL-JSON back from BibTeX text, for round-trip tests and imports. */
export function bibtexToFields(text: string): { key: string; type: string; fields: Record<string, string> }[] {
	return (chain(text, '@biblatex/entries+list') as RawEntry[]).map((raw) => ({
		key: raw.label,
		type: raw.type.toLowerCase(),
		fields: Object.fromEntries(Object.entries(raw.properties).map(([k, v]) => [k.toLowerCase(), v])),
	}));
}
