/**
 * The bibliography's own tokenizer. It runs before citation-js, which drops positions, reports an
 * unclosed brace at the next entry and silently turns an undefined @string into "": here every
 * entry and field gets its line and column, each problem is reported where it starts, and only
 * entries that pass are handed to citation-js. One linear pass, no recursion, bounded by the
 * limits in ./bibtex-rules.ts. Longer than our modules usually are because the tokenizer's
 * states share one cursor; split apart, each piece would have to pass it around.
 */
import { problem, type Problem } from '../../errors.ts';
import { closest } from '../closest.ts';
import {
	isReservedName,
	MAX_BRACE_DEPTH,
	MAX_ENTRIES_PER_FILE,
	MAX_FIELD_CHARS,
	MAX_FIELDS_PER_ENTRY,
	MAX_KEY_LENGTH,
	MAX_PROBLEMS_PER_FILE,
	PREDEFINED_MACROS,
} from './rules.ts';
import { lineIndex } from '../source-position.ts';

/** One field of a scanned entry: its lower-case name and where the name is written. */
export interface ScannedField {
	name: string;
	line: number;
	column: number;
}

/** One entry found in the raw text, with its place, its fields' places and its own source text. */
export interface ScannedEntry {
	type: string;
	key: string;
	line: number;
	column: number;
	text: string;
	fields: ScannedField[];
}

/** What scanning one file yields: the usable entries, the valid @string blocks, and problems. */
export interface ScanResult {
	entries: ScannedEntry[];
	macros: string[];
	problems: Problem[];
	/** Every key the file defines, usable or not (a crossref to a broken entry is not dangling). */
	keys: string[];
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

// The token shapes follow citation-js's own lexer (plugin-bibtex `input/file.js`), so an entry
// that passes here parses there the same way.
const HEAD = /@\s*([A-Za-z_][A-Za-z0-9_:+-]*)\s*([{(])/y;
const LINE_HEAD = /[ \t]*@\s*[A-Za-z_][A-Za-z0-9_:+-]*\s*[{(]/y;
const COMMENT_LINE = /@\s*comment\b/iy;
const HIDDEN = /\n[ \t]*@\s*([A-Za-z_][A-Za-z0-9_:+-]*)\s*[{(]/g;
const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_:+-]*/y;
const NUMBER = /-?\d+/y;
const KEY = /[^\s,{}()"=#%'\\]+/y;
const WS = /\s/;

/** Thrown inside one entry to abandon it; the scan resumes at the next line starting with @. */
class EntryFailed extends Error {}

type Where = { line: number; column: number };

/** Splits BibTeX text into entries with their positions, reporting every problem it meets. */
export function scanBibtex(text: string, file: string): ScanResult {
	const at = lineIndex(text);
	const entries: ScannedEntry[] = [];
	const macros: string[] = [];
	const problems: Problem[] = [];
	const keys: string[] = [];
	const defined = new Set(PREDEFINED_MACROS.keys());
	const uses: { name: string; offset: number; key: string; field: string }[] = [];
	// Every problem is counted; past MAX_PROBLEMS_PER_FILE only the count is kept (a hostile file
	// could otherwise produce one per character).
	let reported = 0;
	let firstUnshown: Where | undefined;
	const report = (offset: number, p: (w: { file: string } & Where) => Problem) => {
		reported++;
		if (problems.length < MAX_PROBLEMS_PER_FILE) problems.push(p({ file, ...at(offset) }));
		else firstUnshown ??= at(offset);
	};
	let pos = 0;
	let blocks = 0;
	let stray = -1;
	// Cached searches keep the scan linear even for a multi-megabyte file on one line.
	const eol = finder(text, '\n');
	const nextAt = finder(text, '@');
	const nextParen = finder(text, ')');
	let braceMatch: Int32Array | undefined;

	const word = (re: RegExp): string | undefined => {
		re.lastIndex = pos;
		const m = re.exec(text);
		if (!m) return undefined;
		pos += m[0].length;
		return m[0];
	};
	const skipSpace = (): void => {
		while (pos < text.length) {
			const c = text[pos] ?? '';
			if (c === '%') pos = eol(pos);
			else if (WS.test(c)) pos++;
			else break;
		}
	};
	const isLineHead = (nl: number): boolean => {
		LINE_HEAD.lastIndex = nl + 1;
		return LINE_HEAD.test(text);
	};
	const found = (): string => {
		if (pos >= text.length) return 'end of file';
		IDENTIFIER.lastIndex = pos;
		return JSON.stringify(
			IDENTIFIER.exec(text)?.[0] ?? String.fromCodePoint(text.codePointAt(pos) ?? 0),
		);
	};

	/** Scans one value (`{...}`, `"..."`, a number or a macro, joined by #) and checks its limits. */
	const value = (key: string, field: string, entryStart: number, braced: boolean): void => {
		const start = pos;
		let depth = 0;
		for (;;) {
			const c = text[pos];
			if (c === '{' || c === '"') depth = Math.max(depth, literal(key, field, entryStart, braced));
			else if (word(NUMBER) === undefined) {
				const nameAt = pos;
				const name = word(IDENTIFIER);
				if (name === undefined)
					unexpected(key, 'a value in braces or quotes, a number or a @string name');
				else uses.push({ name: name.toLowerCase(), offset: nameAt, key, field });
			}
			const end = pos;
			skipSpace();
			if (text[pos] === '#') {
				pos++;
				skipSpace();
				continue;
			}
			const size = end - start;
			if (size > MAX_FIELD_CHARS)
				report(start, (w) =>
					problem('BibtexLimit', w, {
						what: `Field "${field}" of entry "${key}" is ${size} characters long`,
						limit: `${MAX_FIELD_CHARS} characters`,
					}),
				);
			if (depth > MAX_BRACE_DEPTH)
				report(start, (w) =>
					problem('BibtexLimit', w, {
						what: `Field "${field}" of entry "${key}" nests braces ${depth} deep`,
						limit: `${MAX_BRACE_DEPTH} levels`,
					}),
				);
			return;
		}
	};

	/** Scans a braced or quoted literal starting at `pos`; returns its deepest brace nesting. */
	const literal = (key: string, field: string, entryStart: number, braced: boolean): number => {
		const quoted = text[pos] === '"';
		const start = pos;
		let depth = quoted ? 0 : 1;
		let max = depth;
		for (let i = pos + 1; i < text.length; i++) {
			const c = text[i];
			if (c === '\\') {
				const next = text[i + 1];
				// citation-js escapes \\ and \{ everywhere, and \} inside braces only.
				if (next === '\\' || next === '{' || (next === '}' && depth > 0)) i++;
			} else if (c === '{') {
				max = Math.max(max, ++depth);
			} else if (c === '}') {
				if (depth === 0) {
					// A } outside braces inside quotes: a stray brace if the quote closes on this line,
					// else the entry's own end, reached because the quote never closed.
					const line = at(start).line;
					const closes = text.slice(i + 1, eol(i)).includes('"');
					report(entryStart, (w) =>
						closes
							? problem('UnbalancedBraces', w, { key, missing: -1, field, line })
							: problem('UnbalancedQuote', w, { key, field, line }),
					);
					pos = i + 1;
					throw new EntryFailed();
				}
				depth--;
				if (depth === 0 && !quoted) return end(i + 1, max);
			} else if (c === '"' && quoted && depth === 0) {
				return end(i + 1, max);
			} else if (c === '\n' && isLineHead(i)) {
				pos = i + 1;
				unclosed(depth, quoted);
			}
		}
		pos = text.length;
		return unclosed(depth, quoted);

		function end(after: number, deepest: number): number {
			pos = after;
			return deepest;
		}
		function unclosed(open: number, inQuote: boolean): never {
			const line = at(start).line;
			if (open > 0 || !inQuote)
				report(entryStart, (w) =>
					problem('UnbalancedBraces', w, { key, missing: open + (braced ? 1 : 0), field, line }),
				);
			else report(entryStart, (w) => problem('UnbalancedQuote', w, { key, field, line }));
			throw new EntryFailed('resume', { cause: 'unclosed' });
		}
	};

	const unexpected = (key: string, expected: string): never => {
		const what = found();
		report(pos, (w) => problem('BibtexUnexpected', w, { found: what, key, expected }));
		throw new EntryFailed();
	};

	/** Scans the body of `@type{` after the opening delimiter; returns the entry or undefined. */
	const entry = (type: string, start: number, braced: boolean): ScannedEntry | undefined => {
		let key = '';
		let usable = true;
		skipSpace();
		const keyStart = pos;
		key = word(KEY) ?? '';
		skipSpace();
		const close = (): boolean => text[pos] === '}' || text[pos] === ')';
		if (key === '' || text[pos] === '=') {
			report(start, (w) => problem('KeylessEntry', w, { type }));
			usable = false;
			if (key !== '') pos = keyStart;
			else if (text[pos] === ',') pos++;
			key = `@${type} without a key`;
		} else if (text[pos] === ',') {
			pos++;
			keys.push(key);
		} else if (close()) {
			pos++;
			keys.push(key);
			report(start, (w) => problem('EmptyEntry', w, { key }));
			return undefined;
		} else {
			unexpected(key, `"," after the key`);
		}
		if (usable && isReservedName(key)) {
			report(start, (w) => problem('ReservedName', w, { what: 'citation key', name: key }));
			usable = false;
		}
		if (usable && key.length > MAX_KEY_LENGTH) {
			report(start, (w) =>
				problem('BibtexLimit', w, {
					what: `The key "${key.slice(0, 20)}..." is ${key.length} characters long`,
					limit: `${MAX_KEY_LENGTH} characters`,
				}),
			);
			usable = false;
		}
		const fields: ScannedField[] = [];
		const byName = new Map<string, ScannedField>();
		for (;;) {
			skipSpace();
			if (close()) break;
			const nameAt = pos;
			const name = word(IDENTIFIER)?.toLowerCase();
			if (name === undefined)
				unexpected(key, fields.length ? 'a field name or "}"' : 'a field name');
			const field = { name: name ?? '', ...at(nameAt) };
			skipSpace();
			if (text[pos] !== '=') unexpected(key, `"=" after the field name "${field.name}"`);
			pos++;
			skipSpace();
			const before = reported;
			const valueAt = pos;
			value(key, field.name, start, braced);
			if (reported > before) usable = false;
			if (pos >= text.length || (text[pos] === '@' && isLineHead(pos - 1))) {
				// The value swallowed the entry's closing brace: one of its braces never closed.
				const line = at(valueAt).line;
				report(start, (w) =>
					problem('UnbalancedBraces', w, { key, missing: 1, field: field.name, line }),
				);
				throw new EntryFailed('resume', { cause: 'unclosed' });
			}
			const first = byName.get(field.name);
			if (first)
				report(nameAt, (w) =>
					problem('DuplicateField', w, { key, field: field.name, line: first.line }),
				);
			else byName.set(field.name, field);
			if (isReservedName(field.name)) {
				report(nameAt, (w) => problem('ReservedName', w, { what: 'field name', name: field.name }));
				usable = false;
			}
			fields.push(field);
			if (fields.length === MAX_FIELDS_PER_ENTRY + 1) {
				report(nameAt, (w) =>
					problem('BibtexLimit', w, {
						what: `Entry "${key}" has more fields than allowed`,
						limit: `${MAX_FIELDS_PER_ENTRY} fields`,
					}),
				);
				usable = false;
			}
			skipSpace();
			if (text[pos] === ',') pos++;
			else if (!close()) unexpected(key, `"," or "}" after the value of "${field.name}"`);
		}
		pos++;
		if (!usable) return undefined;
		if (fields.length === 0) {
			report(start, (w) => problem('EmptyEntry', w, { key }));
			return undefined;
		}
		return { type, key, ...at(start), text: text.slice(start, pos), fields };
	};

	/** Scans an @string block: one `name = value`, remembered for citation-js when valid. */
	const macro = (start: number): void => {
		skipSpace();
		const name = word(IDENTIFIER);
		if (name === undefined) unexpected('@string', 'a macro name');
		skipSpace();
		if (text[pos] !== '=') unexpected('@string', `"=" after the macro name "${name}"`);
		pos++;
		skipSpace();
		const before = reported;
		value('@string', name ?? '', start, true);
		skipSpace();
		if (text[pos] !== '}' && text[pos] !== ')') unexpected('@string', '"}"');
		pos++;
		if (reported > before) return;
		defined.add((name ?? '').toLowerCase());
		macros.push(text.slice(start, pos));
	};

	const block = (type: string, start: number, braced: boolean): void => {
		if (type === 'comment') {
			const close = braced ? (braceMatch ??= matchBraces(text))[pos - 1] : nextParen(pos);
			pos = close !== undefined && close >= 0 ? close + 1 : eol(start);
			// A multi-line @comment{...} drops every entry inside it, as BibTeX does: say so.
			const hidden = [...text.slice(start, pos).matchAll(HIDDEN)].filter(
				(m) => !/^(comment|string|preamble)$/i.test(m[1] ?? ''),
			);
			if (hidden.length > 0)
				report(start, (w) => problem('HiddenEntries', w, { count: hidden.length }, 'warning'));
		} else if (type === 'string') {
			macro(start);
		} else if (type === 'preamble') {
			skipSpace();
			value('@preamble', 'preamble', start, true);
			skipSpace();
			if (text[pos] !== '}' && text[pos] !== ')') unexpected('@preamble', '"}"');
			pos++;
		} else {
			const scanned = entry(type, start, braced);
			if (scanned) entries.push(scanned);
		}
	};

	const flushStray = (): void => {
		if (stray < 0) return;
		const snippet = text.slice(stray, Math.min(eol(stray), stray + 200)).trim();
		const shown = snippet.length > 40 ? `${snippet.slice(0, 40)}...` : snippet;
		report(stray, (w) => problem('StrayText', w, { text: shown }));
		stray = -1;
	};

	while (pos < text.length) {
		const c = text[pos] ?? '';
		if (c === '%') {
			pos = eol(pos);
			continue;
		}
		if (WS.test(c)) {
			pos++;
			continue;
		}
		HEAD.lastIndex = pos;
		const head = c === '@' ? HEAD.exec(text) : null;
		COMMENT_LINE.lastIndex = pos;
		if (!head && c === '@' && COMMENT_LINE.test(text)) {
			// `@comment text` without braces comments out the rest of the line, as in citation-js.
			flushStray();
			pos = eol(pos);
			continue;
		}
		if (!head) {
			// Free text outside entries: BibTeX ignores it, but here it almost always means an entry
			// above was closed too early, so it is reported (comments start with %).
			if (stray < 0) stray = pos;
			pos = Math.min(eol(pos), nextAt(pos + 1));
			continue;
		}
		flushStray();
		const start = pos;
		if (++blocks > MAX_ENTRIES_PER_FILE) {
			report(start, (w) =>
				problem('BibtexLimit', w, {
					what: 'The file has more entries than allowed',
					limit: `${MAX_ENTRIES_PER_FILE} entries`,
				}),
			);
			break;
		}
		pos += head[0].length;
		try {
			block((head[1] ?? '').toLowerCase(), start, head[2] === '{');
		} catch (error) {
			if (!(error instanceof EntryFailed)) throw error;
			pos = error.cause === 'unclosed' ? pos : nextEntryLine(text, pos);
		}
	}
	flushStray();
	const candidates = [...defined].filter((m) => !PREDEFINED_MACROS.has(m));
	const suggestions = new Map<string, string | undefined>();
	for (const use of uses) {
		if (defined.has(use.name)) continue;
		// Suggestions cost an edit distance per macro: a hostile file gets them for 100 names only.
		if (!suggestions.has(use.name) && suggestions.size < 100)
			suggestions.set(use.name, closest(use.name, candidates));
		const near = suggestions.get(use.name);
		report(use.offset, (w) =>
			problem('UndefinedMacro', w, {
				key: use.key,
				field: use.field,
				name: use.name,
				closest: near,
			}),
		);
	}
	if (firstUnshown) {
		const what = `The file has ${reported - problems.length} more problems than shown`;
		const limit = `${MAX_PROBLEMS_PER_FILE} problems per file`;
		problems.push(problem('BibtexLimit', { file, ...firstUnshown }, { what, limit }));
	}
	if (entries.length === 0 && problems.length === 0) {
		problems.push(problem('EmptyBibliography', { file, line: 1 }, {}));
	}
	return { entries, macros, problems, keys };
}

/**
 * Returns a search for the next `ch` at or after an offset that remembers its last answer, so
 * repeated searches over the same stretch cost nothing (no `ch` lies in [start, found)).
 */
function finder(text: string, ch: string): (from: number) => number {
	let start = 0;
	let found = -1;
	return (from) => {
		if (from < start || from > found) {
			start = from;
			found = text.indexOf(ch, from);
			if (found < 0) found = text.length;
		}
		return found;
	};
}

/** For each `{`, the offset of its matching `}` (or -1), found in one pass with a stack. */
function matchBraces(text: string): Int32Array {
	const match = new Int32Array(text.length).fill(-1);
	const open: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 123) open.push(i);
		else if (c === 125 && open.length > 0) match[open.pop() ?? 0] = i;
	}
	return match;
}

/** Where the scan resumes after a broken entry: the next line that starts with @, or the end. */
function nextEntryLine(text: string, from: number): number {
	for (let nl = text.indexOf('\n', from); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
		LINE_HEAD.lastIndex = nl + 1;
		if (LINE_HEAD.test(text)) return nl + 1;
	}
	return text.length;
}
