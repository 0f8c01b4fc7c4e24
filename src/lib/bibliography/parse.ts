/**
 * Parses BibTeX files into entries: scan (./scan.ts) → read each clean entry with citation-js
 * (./citation-js.ts) → normalise → resolve crossrefs (./crossref.ts) → convert to CSL → one DOI
 * per work (./validate.ts). Every problem is collected, located; nothing throws for content.
 */
import { problem, type Problem } from '../../errors.ts';
import { entryToCsl, readEntryText } from './citation-js.ts';
import { resolveCrossrefs, type CrossrefNode } from './crossref.ts';
import type { BibEntry, BibFile } from './entry.ts';
import { MAX_FILE_BYTES } from './rules.ts';
import { decodeUtf8, scanBibtex, type ScannedEntry } from './scan.ts';
import { normaliseDoi, normaliseText } from './text.ts';
import { duplicateDois } from './validate.ts';

type ReadEntry = Omit<BibEntry, 'csl'> & CrossrefNode;

/**
 * Parses BibTeX files into entries, collecting every problem instead of stopping at the first:
 * scan → read each clean entry with citation-js → resolve crossrefs → convert
 * to CSL → one DOI per work. Never throws for content, whatever the bytes.
 */
export function parseBibliography(files: readonly BibFile[]): {
	entries: BibEntry[];
	problems: Problem[];
} {
	const problems: Problem[] = [];
	const read: ReadEntry[] = [];
	const knownKeys = new Set<string>();
	const seen = new Map<string, { file: string; line: number }>();
	for (const file of files) {
		if (file.bytes.length > MAX_FILE_BYTES) {
			const what = `The file is ${file.bytes.length} bytes long`;
			const limit = `${MAX_FILE_BYTES} bytes`;
			problems.push(problem('BibtexLimit', { file: file.path, line: 1 }, { what, limit }));
			continue;
		}
		const decoded = decodeUtf8(file.bytes, file.path);
		if ('problem' in decoded) {
			problems.push(decoded.problem);
			continue;
		}
		const scan = scanBibtex(decoded.text, file.path);
		for (const p of scan.problems) problems.push(p);
		for (const key of scan.keys) knownKeys.add(key.toLowerCase());
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
			seen.set(id, { file: file.path, line: entry.line });
			const parsed = parseEntry(scan.macros, entry, file.path, problems);
			if (parsed) read.push(parsed);
		}
	}
	const resolved = resolveCrossrefs(read, knownKeys, problems);
	const entries: BibEntry[] = [];
	for (const { crossrefAt: _, ...entry } of read) {
		const fields = resolved.get(entry.key.toLowerCase()) ?? entry.fields;
		const csl = entryToCsl(entry, fields, problems);
		if (csl) entries.push({ ...entry, fields, csl });
	}
	for (const p of duplicateDois(entries)) problems.push(p);
	return { entries, problems };
}

/** Reads one scanned entry (with the file's @string macros) into raw fields with citation-js. */
function parseEntry(
	macros: readonly string[],
	entry: ScannedEntry,
	file: string,
	problems: Problem[],
): ReadEntry | undefined {
	const where = { file, line: entry.line, column: entry.column };
	const raw = readEntryText([...macros, entry.text].join('\n'), where, entry.key, problems);
	if (!raw) return undefined;
	const fields: Record<string, string> = {};
	for (const [name, value] of Object.entries(raw.properties)) {
		fields[name.toLowerCase()] = normaliseText(String(value));
	}
	const fieldAt: Record<string, { line: number; column: number }> = {};
	for (const f of entry.fields) fieldAt[f.name] = { line: f.line, column: f.column };
	const doi = fields['doi'];
	if (doi !== undefined && normaliseDoi(doi) !== doi) {
		const normalised = normaliseDoi(doi);
		const at = { file, ...(fieldAt['doi'] ?? where) };
		problems.push(problem('DoiNormalised', at, { key: entry.key, doi, normalised }, 'warning'));
		fields['doi'] = normalised;
	}
	const key = raw.label;
	const type = raw.type.toLowerCase();
	return {
		key,
		type,
		file,
		line: entry.line,
		column: entry.column,
		fields,
		fieldAt,
		crossrefAt: fieldAt['crossref'],
	};
}

