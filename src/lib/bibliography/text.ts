/**
 * Text clean-up and checks for bibliography values: Unicode normalisation (including the dotless
 * i that citation-js leaves for `{\'\i}`), DOI normalisation, and the leftovers of LaTeX or HTML
 * that a reader would otherwise see on the page.
 */

const COMBINING = '[\\u0300-\\u036f]';
const DOTLESS = new RegExp(`[\\u0131\\u0237](?=${COMBINING})`, 'g');

/**
 * NFC-normalises text. citation-js decodes `{\'\i}` to a dotless i (U+0131) plus a combining
 * acute, which has no precomposed form, so NFC alone leaves two characters that render as "ı́"
 * and never match "í" in search: an accented dotless i or j becomes the plain letter first.
 */
export function normaliseText(text: string): string {
	return text.replace(DOTLESS, (c) => (c === '\u0131' ? 'i' : 'j')).normalize('NFC');
}

/** Applies `normaliseText` to every string inside a JSON-like value (a CSL item). */
export function normaliseDeep<T>(value: T): T {
	if (typeof value === 'string') return normaliseText(value) as T;
	if (Array.isArray(value)) return value.map((v: unknown) => normaliseDeep(v)) as T;
	if (value && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(value)) out[k] = normaliseDeep(v);
		return out as T;
	}
	return value;
}

const DOI_PREFIX = /^(?:(?:https?:\/\/)?(?:dx\.)?doi\.org\/|doi:)/i;

/**
 * The bare DOI: whitespace removed, a resolver address (https://doi.org/, http://dx.doi.org/) or
 * `doi:` prefix dropped, percent-escapes of a copied address decoded. Case is kept: DOIs are
 * case-insensitive, so comparisons lower-case them instead.
 */
export function normaliseDoi(doi: string): string {
	let out = doi.replace(/\s+/g, '');
	for (let i = 0; i < 2 && DOI_PREFIX.test(out); i++) out = out.replace(DOI_PREFIX, '');
	if (/%[0-9a-f]{2}/i.test(out)) {
		try {
			out = decodeURIComponent(out);
		} catch {
			// A malformed escape stays as written; the DOI syntax check then reports it.
		}
	}
	return out;
}

const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/;

/** The first HTML tag in a raw field value, if any (BibTeX fields are LaTeX, never HTML). */
export function htmlTagIn(raw: string): string | undefined {
	return HTML_TAG.exec(raw)?.[0];
}

// citation-js writes its own rich-text markup into decoded text (<i>, <b>, <sup>...); only
// backslash commands, braces and dollar signs are LaTeX it could not decode.
const LEFTOVER = /\\(?:[A-Za-z]+|[^\sA-Za-z])|[{}]/;

/** LaTeX that survived decoding (`\aa`, a brace, an unmatched `$`), if any. */
export function latexLeftoverIn(decoded: string, raw: string): string | undefined {
	const command = LEFTOVER.exec(decoded)?.[0];
	if (command) return command;
	// A `\$` in the source legitimately decodes to "$"; any other dollar sign is broken math.
	if (decoded.includes('$') && !raw.includes('\\$')) return '$';
	return undefined;
}
