// Pages that stay small: no built HTML page passes 1 MB (10^6 bytes, as served before compression),
// so a phone on a slow connection can open the longest condition page.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const LIMIT = 1_000_000;

test('no built HTML page is larger than 1 MB', () => {
	const dist = join(process.cwd(), 'dist');
	const sizes = readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => ({ file: f, bytes: statSync(join(dist, f)).size }))
		.sort((a, b) => b.bytes - a.bytes);
	expect(sizes.length).toBeGreaterThan(100);
	console.log(
		`largest HTML pages: ${sizes
			.slice(0, 3)
			.map((s) => `${s.file} ${s.bytes} B`)
			.join(', ')}`,
	);
	expect(sizes.filter((s) => s.bytes > LIMIT)).toEqual([]);
});
