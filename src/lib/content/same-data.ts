/**
 * Compares two readings of the same data (our strict YAML reader's and Astro's js-yaml's) and
 * returns the path of the first value they read differently, so the file can be refused there.
 */

/** The path of the first difference between `a` and `b`, or undefined when they are the same data. */
export function firstDifference(
	a: unknown,
	b: unknown,
	path: (string | number)[] = [],
): (string | number)[] | undefined {
	// -0 and 0 are the same number to a reader (both print as 0); NaN is NaN.
	if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return undefined;
	if (a instanceof Date || b instanceof Date) {
		return a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime())
			? undefined
			: path;
	}
	if (Array.isArray(a) || Array.isArray(b)) {
		if (!Array.isArray(a) || !Array.isArray(b)) return path;
		for (let i = 0; i < Math.max(a.length, b.length); i++) {
			if (i >= a.length || i >= b.length) return [...path, i];
			const d = firstDifference(a[i], b[i], [...path, i]);
			if (d) return d;
		}
		return undefined;
	}
	if (isPlainObject(a) && isPlainObject(b)) {
		const ka = Object.keys(a);
		const kb = Object.keys(b);
		for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
			const key = ka[i] ?? kb[i] ?? '';
			if (ka[i] !== kb[i]) return [...path, key];
			const d = firstDifference(a[key], b[key], [...path, key]);
			if (d) return d;
		}
		return undefined;
	}
	return path;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (value === null || typeof value !== 'object') return false;
	const proto = Object.getPrototypeOf(value) as unknown;
	return proto === Object.prototype || proto === null;
}
