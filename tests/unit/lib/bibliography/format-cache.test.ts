import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test, vi } from 'vitest';
import * as bibliography from '../../../../src/lib/bibliography/citation-js.ts';
import { bibFiles, buildLibrary, formatAll } from '../../../../src/lib/bibliography/library.ts';
import { STYLE_IDS } from '../../../../src/lib/bibliography/styles.ts';

// Structural properties of formatting (issue 8): cost follows distinct (entry, style) pairs, an
// unchanged bibliography formats nothing on the next build, and nothing carries `_graph`.
const dir = mkdtempSync(join(tmpdir(), 'bpe-format-cache-'));
const cacheFile = join(dir, 'formatted.json');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const files = bibFiles('.').map((path) => ({ path, bytes: readFileSync(path) }));

test('formatting calls equal distinct (entry, style) pairs, and pages asking again cost nothing', () => {
	const spy = vi.spyOn(bibliography, 'formatBibliography');
	const library = buildLibrary(files, { cacheFile });
	formatAll(library);
	formatAll(library);
	for (const style of STYLE_IDS) library.formatted(style);
	const formattedItems = spy.mock.calls.reduce((n, [items]) => n + items.length, 0);
	expect(spy).toHaveBeenCalledTimes(STYLE_IDS.length);
	expect(formattedItems).toBe(library.entries.length * STYLE_IDS.length);
	expect(library.counters.formatted).toBe(library.entries.length * STYLE_IDS.length);
	library.saveCache();
	spy.mockRestore();
});

test('a second build with an unchanged bibliography formats nothing', () => {
	const spy = vi.spyOn(bibliography, 'formatBibliography');
	const library = buildLibrary(files, { cacheFile });
	const all = formatAll(library);
	expect(spy).not.toHaveBeenCalled();
	expect(library.counters.formatted).toBe(0);
	expect(library.counters.fromCache).toBe(library.entries.length * STYLE_IDS.length);
	expect(all.apa.get('cherkin2011')).toContain('Cherkin, D. C.');
	spy.mockRestore();
});

test('changing one entry re-formats only that entry (and its look-alikes), in each style', () => {
	const text = files.map((f) => new TextDecoder().decode(f.bytes)).join('\n');
	const changed = text.replace('{Massage for low-back pain}', '{Massage for low back pain}');
	expect(changed).not.toBe(text);
	const library = buildLibrary(
		[{ path: 'bibliography/sources.bib', bytes: new TextEncoder().encode(changed) }],
		{ cacheFile },
	);
	formatAll(library);
	expect(library.counters.formatted).toBe(STYLE_IDS.length);
});

test('no entry, formatted value or cache file carries citation-js _graph', () => {
	const library = buildLibrary(files, { cacheFile });
	const serialised = JSON.stringify({
		entries: library.entries,
		formatted: Object.fromEntries(Object.entries(formatAll(library)).map(([s, m]) => [s, [...m]])),
	});
	expect(serialised).not.toContain('_graph');
	expect(readFileSync(cacheFile, 'utf8')).not.toContain('_graph');
});
