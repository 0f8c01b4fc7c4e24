/**
 * A small pre-scanner for BibTeX text. It runs before citation-js, because citation-js
 * drops positions and reports unbalanced braces at the next entry: here every entry gets the
 * line of its `@type{key,` and brace problems are reported at the entry that opens them.
 */
import { problem, type Problem } from '../errors.ts';
import { positionAt } from './source-position.ts';

/** One entry found in the raw text, with its place and its own source text. */
export interface ScannedEntry {
	type: string;
	key: string;
	line: number;
	column: number;
	text: string;
}

/** What scanning one file yields: the usable entries, the @string/@preamble blocks, and problems. */
export interface ScanResult {
	entries: ScannedEntry[];
	macros: string[];
	problems: Problem[];
}

/** Decodes bytes strictly as UTF-8, strips a BOM and turns CRLF into LF. */
export function decodeUtf8(
	bytes: Uint8Array,
	file: string,
): { text: string } | { problem: Problem } {
	try {
		const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
		return { text: text.replace(/\r\n?/g, '\n') };
	} catch {
		const offset = firstInvalidUtf8Offset(bytes);
		let line = 1;
		for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
		return { problem: problem('InvalidUtf8', { file, line }, { offset }) };
	}
}

/** Finds the first byte offset that breaks UTF-8 (the decoder itself does not say where). */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let lo = 0;
	let hi = bytes.length;
	// Binary search on the longest valid prefix; a cut inside a character is fine with stream mode.
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		try {
			decoder.decode(bytes.subarray(0, mid), { stream: true });
			decoder.decode();
			lo = mid;
		} catch {
			hi = mid - 1;
		}
	}
	return lo;
}

const ENTRY_START = /@([A-Za-z]+)\s*[{(]/g;

/** Splits BibTeX text into entries with their positions, reporting brace problems and empty files. */
export function scanBibtex(text: string, file: string): ScanResult {
	const entries: ScannedEntry[] = [];
	const macros: string[] = [];
	const problems: Problem[] = [];
	let pos = 0;
	while (pos < text.length) {
		ENTRY_START.lastIndex = pos;
		const match = ENTRY_START.exec(text);
		if (!match) break;
		const start = match.index;
		const type = (match[1] ?? '').toLowerCase();
		const bodyStart = start + match[0].length;
		const end = findEntryEnd(text, bodyStart);
		const where = positionAt(text, start);
		const entryText = text.slice(start, end.index);
		const key = type === 'comment' ? '' : (/^\s*([^,\s}]*)/.exec(text.slice(bodyStart))?.[1] ?? '');
		if (end.depth !== 0) {
			problems.push(problem('UnbalancedBraces', { file, ...where }, { key, missing: end.depth }));
		} else if (type === 'string' || type === 'preamble') {
			macros.push(entryText);
		} else if (type !== 'comment') {
			entries.push({ type, key, ...where, text: entryText });
		}
		pos = Math.max(end.index, bodyStart);
	}
	if (entries.length === 0 && problems.length === 0) {
		problems.push(problem('EmptyBibliography', { file, line: 1 }, {}));
	}
	return { entries, macros, problems };
}

/**
 * Finds where the entry whose body starts at `from` ends: after its matching closing brace, or,
 * when braces do not balance, at the next line that starts a new entry (so one bad entry does not
 * swallow the rest of the file).
 */
function findEntryEnd(text: string, from: number): { index: number; depth: number } {
	const paren = text[from - 1] === '(';
	let depth = paren ? 0 : 1;
	for (let i = from; i < text.length; i++) {
		const ch = text[i];
		if (ch === '\\') {
			i++;
		} else if (ch === '{') {
			depth++;
		} else if (ch === '}') {
			depth--;
			if (depth === 0 && !paren) return { index: i + 1, depth: 0 };
		} else if (ch === ')' && paren && depth === 0) {
			return { index: i + 1, depth: 0 };
		} else if (ch === '\n' && text[i + 1] === '@' && /^@[A-Za-z]+\s*[{(]/.test(text.slice(i + 1, i + 40))) {
			return { index: i + 1, depth: paren ? depth || 1 : depth };
		}
	}
	return { index: text.length, depth: paren ? depth || 1 : depth };
}
