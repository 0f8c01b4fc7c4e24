// `astro dev` on a copy of the project: a page added while the server runs is checked when it is
// saved, and the server answers with the located error instead of serving its live script; once
// the page is fixed it is served.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyProject } from './astro-build.ts';

const copy = copyProject('bpe-dev-');
const PAGE = 'content/techniques/added-while-the-server-runs.mdx';
const HOSTILE = `---
title: Added while the server runs
bottomLine: A page an editor adds while astro dev is running.
reviewed: 2026-12-01
searched: {on: 2026-12-01, what: "Nothing was searched; this is a test page."}
---

<script>alert(1)</script>
`;
let server: ChildProcess | undefined;
let log = '';
let base = '';

/** The environment of a plain `astro dev`: Vitest's own variables (NODE_ENV=test, VITEST...) change how Astro serves. */
const devEnv = () => {
	const env: NodeJS.ProcessEnv = { ASTRO_TELEMETRY_DISABLED: '1' };
	for (const [k, v] of Object.entries(process.env))
		if (!/^(VITEST|NODE_ENV|TEST$)/.test(k)) env[k] = v;
	return env;
};

const freePort = () =>
	new Promise<number>((done) => {
		const s = createServer().listen(0, () => {
			const address = s.address();
			s.close(() => done(typeof address === 'object' && address ? address.port : 4321));
		});
	});
const until = async (what: () => boolean | Promise<boolean>, ms: number) => {
	const end = Date.now() + ms;
	while (Date.now() < end) {
		try {
			if (await what()) return true;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	return false;
};

beforeAll(async () => {
	const port = await freePort();
	base = `http://127.0.0.1:${port}`;
	server = spawn(
		process.execPath,
		['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)],
		{ cwd: copy, env: devEnv() },
	);
	server.stdout?.on('data', (d: Buffer) => (log += d.toString()));
	server.stderr?.on('data', (d: Buffer) => (log += d.toString()));
	expect(await until(() => log.includes('watching for file changes'), 60_000), log).toBe(true);
}, 90_000);
afterAll(async () => {
	// Wait for the server to exit: it writes its caches into the copy while it stops.
	if (server && server.exitCode === null)
		await new Promise((done) => server?.once('exit', done).kill());
	rmSync(copy, { recursive: true, force: true, maxRetries: 5 });
});

const get = async (path: string) => {
	const response = await fetch(`${base}${path}`);
	const body = await response.text();
	return { status: response.status, body };
};

test('a page that fails the safety check while astro dev runs is reported on save and not served', async () => {
	// The content store is synced a moment after the server says it is watching.
	expect(
		await until(async () => (await get('/techniques/swedish-massage/')).status === 200, 30_000),
		`${log}\n${JSON.stringify(await get('/techniques/swedish-massage/').catch(String))}`,
	).toBe(true);
	writeFileSync(join(copy, PAGE), HOSTILE);
	const message = `${PAGE}:8:1 Raw HTML <script> is not allowed in content.`;
	expect(await until(() => log.includes(message), 20_000), log).toBe(true);
	// The content store adds the page a moment later; then the guard refuses its text.
	let page = { status: 0, body: '' };
	await until(
		async () => (page = await get('/techniques/added-while-the-server-runs/')).status !== 404,
		20_000,
	);
	expect(page.status).toBe(500);
	expect(page.body).not.toContain('alert(1)');
	expect(log).toContain(
		'1 problem in content/techniques/added-while-the-server-runs.mdx; the page is not served until they are fixed',
	);
	expect(log).not.toMatch(/\n\s+at .+\.(ts|js|mjs):\d+:\d+\)?\n/);
	writeFileSync(
		join(copy, PAGE),
		HOSTILE.replace('<script>alert(1)</script>', 'A plain paragraph.'),
	);
	expect(
		await until(
			async () => (await get('/techniques/added-while-the-server-runs/')).status === 200,
			20_000,
		),
	).toBe(true);
}, 60_000);
