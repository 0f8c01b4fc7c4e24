// The references loader against a fake LoaderContext (an in-memory store, parseData calling the
// schema): the first sync stores every entry; a sync with nothing changed parses and stores
// nothing and never clears the store; an edited, added or removed .bib file re-syncs through the
// watcher and touches only the entries it changed.
import { EventEmitter } from 'node:events';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, expect, test } from 'vitest';
import { bibtexLoader } from '../../../src/loaders/bibtex-loader.ts';
import { ReferenceSchema } from '../../../src/schemas/reference.ts';

const entry = (key: string, title: string) =>
	`@article{${key},\n  author = {Probe, Ann},\n  title = {${title}},\n  journal = {Journal of Probes},\n  year = {2020}\n}\n`;

const root = mkdtempSync(join(tmpdir(), 'bpe-loader-'));
mkdirSync(join(root, 'bibliography'));
writeFileSync(
	join(root, 'bibliography', 'a.bib'),
	entry('alpha2020', 'First') + entry('beta2020', 'Second'),
);
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Stored = {
	id: string;
	data: Record<string, unknown>;
	digest?: string | number;
	filePath?: string;
};
const store = new Map<string, Stored>();
const calls = { parsed: 0, set: 0, deleted: 0, cleared: 0 };
const watcher = new EventEmitter();
const ctx = {
	collection: 'references',
	store: {
		get: (id: string) => store.get(id),
		set: (e: Stored) => (calls.set++, store.set(e.id, e), true),
		delete: (id: string) => (calls.deleted++, store.delete(id)),
		clear: () => (calls.cleared++, store.clear()),
		keys: () => [...store.keys()],
		values: () => [...store.values()],
		entries: () => [...store.entries()],
		has: (id: string) => store.has(id),
	},
	parseData: async ({ data }: { data: unknown }) => (calls.parsed++, ReferenceSchema.parse(data)),
	generateDigest: (data: unknown) => createHash('sha1').update(JSON.stringify(data)).digest('hex'),
	watcher,
	logger: {
		error: (m: string) => {
			throw new Error(m);
		},
		warn: () => {},
		info: () => {},
		debug: () => {},
	},
} as unknown as LoaderContext;
const loader = bibtexLoader({ root });
const reset = () => Object.assign(calls, { parsed: 0, set: 0, deleted: 0, cleared: 0 });
const settle = () => new Promise((r) => setTimeout(r, 50));
// A file's new size or modification time tells the library to read it again.
const touch = (file: string, text: string) => {
	writeFileSync(join(root, 'bibliography', file), text);
	return join(root, 'bibliography', file);
};

test('the first sync stores every entry with a digest', async () => {
	await loader.load(ctx);
	expect([...store.keys()].sort()).toEqual(['alpha2020', 'beta2020']);
	expect(calls).toEqual({ parsed: 2, set: 2, deleted: 0, cleared: 0 });
	expect(store.get('alpha2020')?.digest).toBeTruthy();
});

test('a sync with nothing changed parses and stores nothing, and never clears the store', async () => {
	reset();
	watcher.emit('change', join(root, 'bibliography', 'a.bib'));
	await settle();
	expect(calls).toEqual({ parsed: 0, set: 0, deleted: 0, cleared: 0 });
});

test('editing one entry re-stores only that entry', async () => {
	reset();
	watcher.emit(
		'change',
		touch('a.bib', entry('alpha2020', 'First, revised') + entry('beta2020', 'Second')),
	);
	await settle();
	expect(calls).toEqual({ parsed: 1, set: 1, deleted: 0, cleared: 0 });
	expect((store.get('alpha2020')?.data['fields'] as Record<string, string>)['title']).toBe(
		'First, revised',
	);
});

test('adding a .bib file adds its entries; removing it deletes them', async () => {
	reset();
	watcher.emit('add', touch('b.bib', entry('gamma2020', 'Third')));
	await settle();
	expect(calls).toEqual({ parsed: 1, set: 1, deleted: 0, cleared: 0 });
	reset();
	unlinkSync(join(root, 'bibliography', 'b.bib'));
	watcher.emit('unlink', join(root, 'bibliography', 'b.bib'));
	await settle();
	expect(calls).toEqual({ parsed: 0, set: 0, deleted: 1, cleared: 0 });
	expect([...store.keys()].sort()).toEqual(['alpha2020', 'beta2020']);
});
