// `npm run build` on a copy of the project with every probe of tests/fixtures/probes/ planted:
// the build stops before rendering anything, and names every probe file with a located message,
// without a stack trace. (The probes' messages are locked in tests/unit/lib/content/check-project-probes.test.ts.)
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { astroBuild, copyProject } from './astro-build.ts';

const PROBES = join('tests', 'fixtures', 'probes');
const copy = copyProject('bpe-probes-build-');
let output = '';
let status: number | null = null;

beforeAll(() => {
	cpSync(PROBES, copy, { recursive: true, filter: (src) => !src.endsWith('README.md') });
	({ output, status } = astroBuild(copy));
}, 120_000);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** Files a probe needs that are right in themselves: the stored text a stitched quote is checked against. */
const SUPPORT = new Set(['bibliography/passages/probestitch2020.yaml']);

/** Every probe file, as the project-relative path the build names. */
const probeFiles = (readdirSync(PROBES, { recursive: true, encoding: 'utf8' }) as string[])
	.map((f) => f.split('\\').join('/'))
	.filter((f) => /\.(mdx|yaml)$/.test(f) && !SUPPORT.has(f));

test('the support files are probes files that exist', () => {
	for (const f of SUPPORT) expect(existsSync(join(PROBES, f)), f).toBe(true);
});

test('with every probe present the build stops before rendering, without a stack trace', () => {
	expect(status).not.toBe(0);
	expect(output).toMatch(/\b\d+ problems in content or bibliography; the build stops here\./);
	expect(output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
	expect(existsSync(join(copy, 'dist'))).toBe(false);
});

test.each(probeFiles)('the build names %s with a located message', (file) => {
	expect(output).toMatch(
		new RegExp(`(^|\\n)${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ \\S`),
	);
});
