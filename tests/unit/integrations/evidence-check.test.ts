// `astro build` on a copy of the project with one misspelt key fails once, with path:line:col,
// the unknown key and the closest key, and no stack trace.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const copy = mkdtempSync(join(tmpdir(), 'bpe-build-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

test('a citation to [@smtih2011] fails npm run build with its place and the closest key', () => {
	for (const item of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'bibliography', 'public']) {
		cpSync(item, join(copy, item), { recursive: true });
	}
	symlinkSync(join(process.cwd(), 'node_modules'), join(copy, 'node_modules'), 'dir');
	const page = join(copy, 'content/techniques/swedish-massage.mdx');
	const text = readFileSync(page, 'utf8');
	const at = text.indexOf('[@cherkin2011]', text.indexOf('\n---', 4));
	expect(at).toBeGreaterThan(0);
	writeFileSync(page, `${text.slice(0, at)}[@smtih2011]${text.slice(at + '[@cherkin2011]'.length)}`);
	const before = text.slice(0, at).split('\n');
	const line = before.length;
	const column = (before.at(-1)?.length ?? 0) + 2;

	const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		cwd: copy,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	const output = run.stdout + run.stderr;
	expect(run.status).not.toBe(0);
	expect(output).toContain(
		`content/techniques/swedish-massage.mdx:${line}:${column} Unknown citation key "smtih2011". Add it to bibliography/ or fix the key (closest: "cherkin2011").`,
	);
	expect(output).toContain('1 problem in content or bibliography; the build stops here.');
	expect(output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
});
