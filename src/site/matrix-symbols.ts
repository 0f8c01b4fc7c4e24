/** The matrix's symbol and words for each direction, shared by its pages and their legend. */
import type { Direction } from '../schemas/finding.ts';

export const SYMBOL: Record<Direction, string> = {
	benefit: '▲',
	'no difference': '●',
	worse: '▽',
	harm: '▼',
	mixed: '◆',
	uncertain: '?',
	recommended: '✓',
	'not recommended': '✗',
	'no comparison': '○',
};

export const LEGEND: [Direction, string][] = [
	['benefit', 'better than the comparison'],
	['no difference', 'no clear difference'],
	['worse', 'worse than an active comparison'],
	['harm', 'adverse effects'],
	['mixed', 'better on some outcomes, not on others'],
	['uncertain', 'the source cannot tell'],
	['recommended', 'a guideline advises it'],
	['not recommended', 'a guideline advises against it'],
	['no comparison', 'a finding that compares nothing (design, how common)'],
];
