// Measured quality of the audit's heuristics on the labelled set in tests/fixtures/audit/:
// uncited-claim detection needs recall >= 0.90 and precision >= 0.85; miscitations recall 1.0.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { claimSignals } from '../../../../src/lib/audit/claim-detect.ts';
import { loadLibrary } from '../../../../src/lib/bibliography/library.ts';
import { mentionsIn } from '../../../../src/lib/audit/mentions.ts';
import {
	differences,
	matchReference,
	parseReference,
} from '../../../../src/lib/audit/reference-match.ts';

const dir = join(process.cwd(), 'tests', 'fixtures', 'audit');
/** Tab-separated rows without CSV quoting (sentences may start with a quote mark). */
const rows = (file: string) =>
	readFileSync(join(dir, file), 'utf8')
		.trim()
		.split('\n')
		.slice(1)
		.map((l) => l.split('\t'));
const library = loadLibrary(process.cwd());

function score(pairs: [expected: boolean, predicted: boolean][]) {
	const tp = pairs.filter(([e, p]) => e && p).length;
	const fp = pairs.filter(([e, p]) => !e && p).length;
	const fn = pairs.filter(([e, p]) => e && !p).length;
	return { n: pairs.length, tp, fp, fn, precision: tp / (tp + fp), recall: tp / (tp + fn) };
}

test('uncited factual claims: recall >= 0.90 and precision >= 0.85 on at least 150 labelled sentences', () => {
	const data = rows('sentences.tsv');
	expect(data.length).toBeGreaterThanOrEqual(150);
	const s = score(
		data.map(([label, sentence]) => [label === 'claim', claimSignals(sentence ?? '').length > 0]),
	);
	console.log('uncited claims', JSON.stringify(s));
	expect(s.recall).toBeGreaterThanOrEqual(0.9);
	expect(s.precision).toBeGreaterThanOrEqual(0.85);
});

type Verdict = { label: string; key: string };

function judgeEntry(entry: string): Verdict {
	const cited = parseReference(entry);
	const match = cited && matchReference(cited, library.entries);
	if (!cited || !match) return { label: 'unresolvable', key: '' };
	return { label: differences(cited, match).length ? 'miscited' : 'correct', key: match.key };
}

function judgeMention(sentence: string): Verdict {
	const [m] = mentionsIn({ text: sentence, offset: 0, line: 1, column: 1 });
	const match = m && matchReference(m, library.entries);
	if (!m || !match) return { label: 'unresolvable', key: '' };
	return { label: differences(m, match).length ? 'miscited' : 'correct', key: match.key };
}

test.each([
	['reference-entries.tsv', judgeEntry],
	['mentions.tsv', judgeMention],
] as const)(
	'%s: every miscitation is found (recall 1.0), and each label and key is right',
	(file, judge) => {
		const data = rows(file);
		const results = data.map(([label = '', text = '', key = '']) => ({
			text,
			expected: { label, key },
			got: judge(text),
		}));
		const miscited = score(
			results.map((r) => [r.expected.label === 'miscited', r.got.label === 'miscited']),
		);
		console.log(file, JSON.stringify(miscited));
		expect(miscited.recall).toBe(1);
		expect(
			results.filter((r) => r.got.label !== r.expected.label || r.got.key !== r.expected.key),
		).toEqual([]);
	},
);
