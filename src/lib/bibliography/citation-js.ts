/**
 * The only module that imports citation-js (the fence): read one BibTeX entry, convert it to
 * CSL, format references, read and write BibTeX, RIS and CSL-JSON.
 * Everything citation-js returns is copied into plain objects without its `_graph` (the whole
 * source text, repeated per entry), so nothing downstream can carry it.
 */
import { Cite, plugins } from '@citation-js/core';
import * as citationCore from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { problem, type Problem } from '../../errors.ts';
import type { BibEntry, CslItem } from './entry.ts';
import { normaliseDeep } from './text.ts';
import { STYLES, styleTemplate, type StyleId } from './styles.ts';


/** An entry as citation-js reads it from BibTeX, before any conversion. */
export interface RawEntry {
	type: string;
	label: string;
	properties: Record<string, string>;
}

// citation-js's typings mark every input option as required; it fills in the ones not given.
const inputOptions = (options: Partial<InputOptions>): InputOptions => options as InputOptions;

const chain = (input: unknown, target: string): unknown =>
	plugins.input.chain(input, inputOptions({ generateGraph: false, target }));

/** Runs citation-js's input chain from a forced input type (so no guessing from the text). */
const chainFrom = (input: unknown, forceType: string, target: string): unknown =>
	plugins.input.chain(input, inputOptions({ generateGraph: false, forceType, target }));
type InputOptions = Parameters<typeof plugins.input.chain>[1];

/** An entry read by citation-js, before crossrefs are resolved and it is converted to CSL. */
/**
 * Reads one entry's BibTeX text (preceded by its file's @string macros) with citation-js, its
 * failures and warnings reported located; undefined when it could not be read.
 */
export function readEntryText(
	text: string,
	where: { file: string; line: number; column?: number | undefined },
	key: string,
	problems: Problem[],
): RawEntry | undefined {
	const result = callCitationJs(
		() => chainFrom(text, '@biblatex/text', '@biblatex/entries+list') as RawEntry[],
		where,
		key,
		problems,
	);
	if (!result) return undefined;
	const raw = result[0];
	if (!raw) problems.push(problem('BibtexSyntax', where, { detail: `entry "${key}" could not be read` }));
	return raw;
}

/** Converts an entry's (crossref-resolved) fields to CSL with citation-js. */
export function entryToCsl(
	entry: Omit<BibEntry, 'csl'>,
	fields: Record<string, string>,
	problems: Problem[],
): CslItem | undefined {
	const where = { file: entry.file, line: entry.line, column: entry.column };
	// Crossrefs are already resolved: citation-js's own resolver recurses without a cycle check and
	// looks keys up in a plain object (crossref = {constructor} throws a TypeError).
	const { crossref: _c, xref: _x, ...properties } = fields;
	const convert = (props: Record<string, string>) =>
		chainFrom(
			[{ type: entry.type, label: entry.key, properties: props }],
			'@biblatex/entries+list',
			'@csl/list+object',
		) as CslItem[];
	const culprit = () =>
		Object.keys(properties).find(
			(name) => !succeeds(() => convert({ [name]: properties[name] ?? '' })),
		);
	const items = callCitationJs(
		() => convert(properties),
		where,
		entry.key,
		problems,
		culprit,
		entry.fieldAt,
	);
	const csl = items?.[0];
	if (!items) return undefined;
	if (!csl) {
		problems.push(
			problem('BibtexSyntax', where, {
				detail: `entry "${entry.key}" could not be converted to CSL`,
			}),
		);
		return undefined;
	}
	const item = normaliseDeep(stripGraph(csl));
	item.id = entry.key;
	return item;
}

type LogLevel = 'unmapped' | 'info' | 'warn' | 'error';
type CitationLogger = Record<LogLevel, (scope: string, ...message: unknown[]) => void>;
// The logger is a runtime export that index.d.ts declares only as an interface.
const citationLogger = (citationCore as unknown as { logger: CitationLogger }).logger;

/**
 * Runs one citation-js call with its (normally silent) logger captured: an exception becomes an
 * `InvalidLatex` error at the field `culprit` finds, else a `BibtexSyntax` error at the entry, and
 * each logged warning a `BibtexParserWarning`, all naming the file, the entry and its line.
 * Returns undefined when the call threw.
 */
function callCitationJs<T>(
	run: () => T,
	where: { file: string; line: number; column?: number | undefined },
	key: string,
	problems: Problem[],
	culprit?: () => string | undefined,
	fieldAt?: Record<string, { line: number; column: number }> | undefined,
): T | undefined {
	const logged: { level: LogLevel; text: string }[] = [];
	const saved = LOG_LEVELS.map((level) => citationLogger[level]);
	for (const level of LOG_LEVELS) {
		citationLogger[level] = (_scope, ...message) =>
			logged.push({ level, text: message.map(String).join(' ') });
	}
	let result: T | undefined;
	let failure: string | undefined;
	try {
		result = run();
	} catch (error) {
		failure =
			(error instanceof Error ? error.message : String(error))
				.split('\n')[0]
				?.trim()
				.replace(/:$/, '') ?? '';
	} finally {
		LOG_LEVELS.forEach((level, i) => {
			const original = saved[i];
			if (original) citationLogger[level] = original;
		});
	}
	for (const { level, text } of logged) {
		// An error-level log repeats the exception it precedes; info is chatter.
		if (level === 'info' || (level === 'error' && failure !== undefined)) continue;
		problems.push(problem('BibtexParserWarning', where, { key, detail: text }, 'warning'));
	}
	if (failure === undefined) return result;
	const field = culprit?.();
	if (field !== undefined) {
		// citation-js counts lines and columns from 0 within the value: report them from 1.
		const detail = failure.replace(
			/ at line (\d+) col (\d+)$/,
			(_, l: string, c: string) =>
				` at line ${Number(l) + 1}, column ${Number(c) + 1} of the value`,
		);
		const at = fieldAt?.[field] ? { file: where.file, ...fieldAt[field] } : where;
		problems.push(problem('InvalidLatex', at, { key, field, detail }));
	} else {
		problems.push(
			problem('BibtexSyntax', where, { detail: `entry "${key}": ${failure || 'unknown error'}` }),
		);
	}
	return undefined;
}

const LOG_LEVELS: readonly LogLevel[] = ['unmapped', 'info', 'warn', 'error'];

function succeeds(run: () => unknown): boolean {
	const saved = citationLogger.error;
	citationLogger.error = () => undefined;
	try {
		run();
		return true;
	} catch {
		return false;
	} finally {
		citationLogger.error = saved;
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
	const cite = new Cite(items as CslItem[], inputOptions({ generateGraph: false }));
	const rows = cite.format('bibliography', {
		format: 'html',
		template: styleTemplate(style, registerTemplate),
		asEntryArray: true,
	}) as unknown as [string, string][];
	for (const [id, html] of rows) out.set(id, dropLeftMargin(html));
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

/** Reads the CSL-JSON back from BibTeX text, for round-trip tests and imports. */
export function bibtexToFields(
	text: string,
): { key: string; type: string; fields: Record<string, string> }[] {
	return (chain(text, '@biblatex/entries+list') as RawEntry[]).map((raw) => ({
		key: raw.label,
		type: raw.type.toLowerCase(),
		fields: Object.fromEntries(
			Object.entries(raw.properties).map(([k, v]) => [k.toLowerCase(), v]),
		),
	}));
}

/** Numeric styles print "1." in a left-margin cell; our lists number themselves, so keep the text. */
function dropLeftMargin(html: string): string {
	return html
		.replace(/<div class="csl-left-margin">[^<]*<\/div>/g, '')
		.replace(/<div class="csl-right-inline">([\s\S]*?)<\/div>/g, '$1')
		.replace(/\s*\n\s*/g, ' ')
		.replace(/^(<div[^>]*>)\s+/, '$1')
		.replace(/\s+(<\/div>)$/, '$1')
		.trim();
}

/**
 * Formats in-text citations ("(Cherkin et al., 2011; Furlan et al., 2015)", "(1,2)") for many
 * clusters with one citeproc engine per call. Numeric styles number each cluster's works 1..n in
 * the order given, as a copied claim lists them. Returns HTML, one string per cluster.
 */
export function formatCitations(
	items: readonly CslItem[],
	clusters: readonly (readonly string[])[],
	style: StyleId,
): string[] {
	if (clusters.length === 0) return [];
	const csl = plugins.config.get('@csl') as unknown as {
		engine: (data: CslItem[], template: string, lang: string, format: string) => CiteprocEngine;
	};
	const engine = csl.engine([...items], styleTemplate(style, registerTemplate), 'en-US', 'html');
	const numeric = STYLES[style].numeric;
	return clusters.map((ids) => {
		if (numeric) engine.updateItems([...ids]);
		return String(engine.makeCitationCluster(ids.map((id) => ({ id })))).trim();
	});
}

interface CiteprocEngine {
	updateItems(ids: string[]): void;
	makeCitationCluster(items: { id: string }[]): string;
}

/** Serialises CSL items to RIS, one tag per line (citation-js wraps lines at 70 characters, which
 * re-imports as broken words), with the PMID as the accession number (AN). */
export function toRis(items: readonly CslItem[]): string {
	const format = plugins.output.format as unknown as (
		name: string,
		data: CslItem[],
		options: object,
	) => unknown;
	const records = format(
		'ris',
		items.map((item) => structuredClone(item)),
		{ format: 'object' },
	) as Record<string, string | string[]>[];
	return records
		.map((record, i) => {
			const pmid = items[i]?.PMID;
			if (pmid) record['AN'] = pmid;
			const lines = [`TY  - ${String(record['TY'])}`];
			for (const [tag, value] of Object.entries(record)) {
				if (tag === 'TY') continue;
				for (const v of ([] as string[]).concat(value))
					lines.push(`${tag}  - ${String(v).replace(/\s+/g, ' ')}`);
			}
			lines.push('ER  - ');
			return lines.join('\r\n');
		})
		.join('\r\n\r\n')
		.concat('\r\n');
}

/** Reads RIS back into CSL items (for round-trip tests and imports). */
export function risToCsl(text: string): CslItem[] {
	return (chain(text, '@csl/list+object') as CslItem[]).map(stripGraph);
}

/** Reads CSL-JSON back through citation-js, as a reference manager's import would. */
export function cslJsonToCsl(text: string): CslItem[] {
	return (chain(JSON.parse(text), '@csl/list+object') as CslItem[]).map(stripGraph);
}
