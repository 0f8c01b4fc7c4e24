// The editors' audit: an outside article's uncited claims are listed, its advice is not; the
// project's own content has no error-level findings; output formats are stable.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatFindings } from '../../../../src/cli/format-findings.ts';
import { runAudit } from '../../../../src/lib/audit/run-audit.ts';

const article = join(
	'tests',
	'fixtures',
	'audit',
	'clinic article with uncited claims and advice.txt',
);

describe('an outside clinic article', () => {
	const findings = runAudit(process.cwd(), [article]);
	const flaggedLines = new Set(
		findings.filter((f) => f.name === 'claims:uncited').map((f) => f.line),
	);
	const lineOf = (fragment: string) => findings.find((f) => f.message.includes(fragment))?.line;

	test('its uncited factual sentences are listed with their lines', () => {
		for (const line of [10, 12, 14, 16, 18, 26, 28, 32])
			expect(flaggedLines, `line ${line}`).toContain(line);
		expect(lineOf('One study published in the Journal of Orthopaedic')).toBe(26);
	});

	test('none of its pure advice sentences is flagged', () => {
		const advice = ['Remember, always consult', 'However, it is important to consult'];
		for (const fragment of advice)
			expect(
				findings.some((f) => f.message.includes(fragment)),
				fragment,
			).toBe(false);
	});

	test('the bibliography is not audited along with an outside article', () => {
		expect(findings.every((f) => f.file === article.split('\\').join('/'))).toBe(true);
	});
});

test('the project content has no error-level findings, and `npm run audit` exits 0', () => {
	const findings = runAudit(process.cwd());
	expect(
		findings.filter((f) => f.severity === 'error').map((f) => `${f.file}:${f.line} ${f.message}`),
	).toEqual([]);
	const run = spawnSync(
		process.execPath,
		['--experimental-strip-types', '--no-warnings=ExperimentalWarning', 'src/cli/audit.ts'],
		{ encoding: 'utf8' },
	);
	expect(run.status).toBe(0);
	expect(run.stdout.trim().split('\n').at(-1)).toMatch(
		/^0 errors, \d+ warnings, \d+ known \(citation needed\) in \d+ files \(\d+ ms\)\.$/,
	);
});

test('an error-level finding makes the audit exit 1', () => {
	const run = spawnSync(
		process.execPath,
		[
			'--experimental-strip-types',
			'--no-warnings=ExperimentalWarning',
			'src/cli/audit.ts',
			'tests/fixtures/audit/article citing a study the bibliography lacks.md',
		],
		{ encoding: 'utf8' },
	);
	expect(run.stdout).toContain('citations:unresolved');
	expect(run.status).toBe(1);
});

describe('output formats', () => {
	const findings = [
		{
			name: 'claims:uncited',
			file: 'a b.txt',
			line: 3,
			column: 7,
			severity: 'warning' as const,
			message: 'Uncited: "50%, really"\nsecond line.',
		},
		{
			name: 'citations:unresolved',
			file: 'x.md',
			line: 1,
			column: 1,
			severity: 'error' as const,
			message: 'No match.',
		},
	];
	test('github workflow annotations escape properties and data', () => {
		expect(formatFindings(findings, 'github')).toMatchInlineSnapshot(`
			"::warning file=a b.txt,line=3,col=7,title=claims%3Auncited::Uncited: "50%25, really"%0Asecond line.
			::error file=x.md,line=1,col=1,title=citations%3Aunresolved::No match.
			"
		`);
	});
	test('json carries rule, severity and place', () => {
		expect(JSON.parse(formatFindings(findings, 'json'))[1]).toEqual({
			file: 'x.md',
			line: 1,
			column: 1,
			rule: 'citations:unresolved',
			severity: 'error',
			message: 'No match.',
		});
	});
	test('text lists path:line:col  rule  message and a summary last', () => {
		expect(formatFindings(findings, 'text', 12)).toMatchInlineSnapshot(`
			"a b.txt:3:7  claims:uncited  Uncited: "50%, really"
			second line.
			x.md:1:1  citations:unresolved  No match.
			1 errors, 1 warnings, 0 known (citation needed) in 2 files (12 ms).
			"
		`);
	});
});

describe('the audit runs the build checks on any page it is given', () => {
	const cli = (...args: string[]) =>
		spawnSync(
			process.execPath,
			[
				'--experimental-strip-types',
				'--no-warnings=ExperimentalWarning',
				'src/cli/audit.ts',
				...args,
			],
			{ encoding: 'utf8' },
		);
	test.each([
		['tests/fixtures/hostile-mdx/script tag in page body.mdx', 'content:disallowed-element'],
		['tests/fixtures/hostile-mdx/export statement.mdx', 'content:code-in-content'],
		[
			'tests/fixtures/probes/content/techniques/a-key-set-twice-is-named-with-both-lines.mdx',
			'yaml:duplicate-key',
		],
		[
			'tests/fixtures/probes/content/techniques/a-schema-error-hides-none-of-the-page-s-other-problems.mdx',
			'content:invalid-frontmatter',
		],
	])('npm run audit -- %s reports %s and exits 1', (file, rule) => {
		const run = cli(file);
		expect(run.stdout).toContain(`  ${rule}  `);
		expect(run.status).toBe(1);
		expect(run.stderr).toBe('');
	});

	test('broken YAML is reported at its line, not as "No findings"', async () => {
		const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
		const { tmpdir } = await import('node:os');
		const dir = mkdtempSync(join(tmpdir(), 'bpe-audit-'));
		try {
			const file = join(dir, 'broken.mdx');
			writeFileSync(file, '---\ntitle: "unclosed\nbottomLine: x\n---\n\nText.\n');
			const findings = runAudit(process.cwd(), [file]).filter((f) => f.severity === 'error');
			expect(findings.map((f) => `${f.line}:${f.column} ${f.name} ${f.message}`)).toEqual([
				'4:1 yaml:syntax The YAML is not valid: Missing closing "quote. Fix the YAML syntax (indentation, quotes, colons).',
			]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('the audit is bounded in time and size', () => {
	test('a 4 MB article is refused by the limit at once; a 1.9 MB one is audited in seconds', async () => {
		const { mkdtempSync, readFileSync, writeFileSync, rmSync } = await import('node:fs');
		const { tmpdir } = await import('node:os');
		const dir = mkdtempSync(join(tmpdir(), 'bpe-audit-big-'));
		try {
			const unit = `${readFileSync(article, 'utf8')}\n\n`;
			const big = join(dir, 'four megabytes.md');
			writeFileSync(big, unit.repeat(Math.ceil((4 * 1024 * 1024) / unit.length)));
			let started = performance.now();
			expect(runAudit(process.cwd(), [big]).map((f) => `${f.line} ${f.name}`)).toEqual([
				'1 content:article-too-large',
			]);
			expect(performance.now() - started).toBeLessThan(2000);
			const large = join(dir, 'nearly two megabytes.md');
			writeFileSync(large, unit.repeat(Math.floor((1.9 * 1024 * 1024) / unit.length)));
			started = performance.now();
			expect(runAudit(process.cwd(), [large]).length).toBeGreaterThan(1000);
			expect(performance.now() - started).toBeLessThan(15_000);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 30_000);
});
