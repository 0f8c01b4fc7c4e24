/** Positions in source text: offsets to 1-based line and column, and finding a token near a node. */

/** Converts a character offset to a 1-based line and column. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < offset; i++) {
		if (text.charCodeAt(i) === 10) {
			line++;
			lineStart = i + 1;
		}
	}
	return { line, column: offset - lineStart + 1 };
}

/**
 * Locates `needle` (e.g. `@smtih2011`) in the source near a syntax-tree node. A node's text value can
 * differ slightly from its source (escapes, entities), so search from a little before the expected
 * offset instead of adding offsets blindly.
 */
export function placeInSource(
	source: string,
	nodeStart: number,
	offsetInNode: number,
	needle: string,
): { line: number; column: number } {
	const at = source.indexOf(needle, Math.max(nodeStart, nodeStart + offsetInNode - 16));
	return positionAt(source, at >= 0 ? at : nodeStart + offsetInNode);
}
