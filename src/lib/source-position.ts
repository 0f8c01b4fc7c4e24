/** Positions in source text: offsets to 1-based line and column, and finding a token near a node. */

let indexed: { text: string; starts: number[] } | undefined;

/** Offsets where each line of `text` starts; kept for the last text, which is asked many times. */
function lineStarts(text: string): number[] {
	if (indexed?.text === text) return indexed.starts;
	const starts = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	indexed = { text, starts };
	return starts;
}

/** Converts a character offset to a 1-based line and column (a binary search over line starts). */
export function positionAt(text: string, offset: number): { line: number; column: number } {
	const starts = lineStarts(text);
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if ((starts[mid] ?? 0) <= offset) lo = mid;
		else hi = mid - 1;
	}
	return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
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
