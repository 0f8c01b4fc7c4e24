/**
 * schema.org JSON-LD that is safe inside a `<script type="application/ld+json">`: every `<`, `>`
 * and `&` is escaped as a JSON unicode escape, so no field value (a title, a quote) can close the
 * script element or open a comment, and U+2028/2029 cannot break older parsers.
 */

/** Serialises `data` for a JSON-LD script element. */
export function jsonLdText(data: unknown): string {
	return JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}
