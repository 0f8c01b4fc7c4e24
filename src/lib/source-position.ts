/** Positions in source text: offsets to 1-based line and column, and finding a token near a node. */

/** Returns a function from a character offset to its 1-based line and column, in O(log n). */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
	const starts = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return (offset) => {
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if ((starts[mid] ?? 0) <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
	};
}

let last: { text: string; at: (offset: number) => { line: number; column: number } } | undefined;

/** Converts a character offset to a 1-based line and column; the last text's index is kept, as it is asked many times. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
	if (last?.text !== text) last = { text, at: lineIndex(text) };
	return last.at(offset);
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
