import { expect, test } from 'vitest';
import { MATRIX_SPLIT_BYTES, buildMatrix } from '../../../src/site/matrix.ts';
import type { Finding } from '../../../src/schemas/finding.ts';

const finding = (key: string, t: string[], c: string[], direction = 'benefit', certainty = 'low') =>
	({
		key,
		source: key.split('--')[0],
		techniques: t,
		conditions: c,
		direction,
		certainty,
		outcome: 'pain',
	}) as unknown as Finding;

const titles = (prefix: string, n: number) =>
	new Map(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, `${prefix.toUpperCase()} ${i}`]));

test('a cell holds exactly the findings tagged for both its technique and its condition', () => {
	const m = buildMatrix(
		[
			finding('a--1', ['t0'], ['c0', 'c1']),
			finding('b--1', ['t0', 't1'], ['c1'], 'no difference', 'moderate'),
			finding('c--1', ['t1'], []),
		],
		titles('t', 2),
		titles('c', 2),
	);
	expect(m.rows).toEqual(['t0', 't1']);
	expect(m.columns).toEqual(['c0', 'c1']);
	expect(m.cell('t0', 'c1').findings.map((f) => f.key)).toEqual(['a--1', 'b--1']);
	expect(m.cell('t1', 'c0').findings).toEqual([]);
	expect(m.rowsFor('c0')).toEqual(['t0']);
	expect(m.split).toBe(false);
});

test('past 1 MB of estimated table the matrix splits into one page per condition', () => {
	// 150 techniques × 150 conditions: 22,500 cells of at least 70 bytes each.
	const findings = Array.from({ length: 150 }, (_, i) =>
		finding(`k${i}--1`, [`t${i}`], [`c${(i * 7) % 150}`]),
	);
	const m = buildMatrix(findings, titles('t', 150), titles('c', 150));
	expect(m.estimatedBytes).toBeGreaterThan(MATRIX_SPLIT_BYTES);
	expect(m.split).toBe(true);
	expect(m.columns.every((c) => m.rowsFor(c).length > 0)).toBe(true);
});
