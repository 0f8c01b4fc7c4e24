// The benchmark corpus is the same for a seed and passes the build's own checks, and the bench
// reads the build's figures from its output lines.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { formatProblem } from '../../../src/errors.ts';
import { buildFigures, formattingFromOutput } from '../../../bench/build-output.ts';
import { generateCorpus, kindCounts, writeCorpus } from '../../../bench/corpus.ts';
import { median } from '../../../bench/report.ts';
import { checkProject } from '../../../src/lib/content/check-project.ts';

const dir = mkdtempSync(join(tmpdir(), 'bpe-corpus-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the same seed gives the same corpus, another seed another one', () => {
	const a = generateCorpus(12, 6, 7);
	expect([...generateCorpus(12, 6, 7).files]).toEqual([...a.files]);
	expect(generateCorpus(12, 6, 8).files.get('bibliography/sources.bib')).not.toEqual(
		a.files.get('bibliography/sources.bib'),
	);
});

test('pages are spread over every content kind and add up', () => {
	expect(kindCounts(1000)).toEqual({
		techniques: 350,
		conditions: 250,
		claims: 300,
		guidelines: 100,
	});
	expect(Object.values(kindCounts(7)).reduce((n, k) => n + k, 0)).toBe(7);
	expect(kindCounts(1).conditions).toBe(1);
});

test('a generated corpus passes every build check, findings included', () => {
	const corpus = generateCorpus(40, 20);
	writeCorpus(dir, corpus);
	const { problems, pages, findings } = checkProject(dir);
	expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
	expect(pages).toHaveLength(40);
	expect(findings.size).toBe(20);
	expect(pages.filter((p) => p.page?.searched)).toHaveLength(40);
	expect(corpus.files.get('bibliography/sources.bib')).toContain('doi       = {10.5555/bench.0}');
});

test('the build figures and the reference-formatting lines are read from the output', () => {
	const lines = [
		'12:00:01 [pagefind] indexed 512 pages in 2169 ms',
		'12:00:03 [offline] precached 886 files (18350 KiB) for offline use',
		'12:00:03   ├─ /claims/x/index.htmlformatted references: 0 formatted, 400 from cache, 3 ms',
		'formatted references: 10 formatted, 90 from cache, 120.5 ms',
		'12:00:04 [build] 512 page(s) built in 44.62s',
	].map((text, i) => ({ ms: i * 100, text }));
	expect(buildFigures(lines)).toEqual({
		pagesBuilt: 512,
		pagefindPages: 512,
		pagefindMs: 2169,
		precachedFiles: 886,
		precachedKiB: 18350,
	});
	expect(formattingFromOutput(lines)).toEqual({ formatted: 10, fromCache: 490, ms: 123.5 });
	expect(formattingFromOutput(lines.slice(0, 2))).toBeUndefined();
	expect(median([3, 1, 2])).toBe(2);
	expect(median([4, 1, 2, 3])).toBe(2.5);
});
