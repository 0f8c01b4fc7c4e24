/**
 * The benchmark corpus: N pages spread over the content kinds and M bibliography entries, the
 * same for a given (N, M, seed). Pure generation returns files by project-relative path;
 * `writeCorpus` puts them on disk.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findingOf, generatePage, type BenchKind, type BenchPage } from './pages.ts';
import { stringify } from 'yaml';
import { createRandom } from './random.ts';
import { generateReferences, type BenchReference } from './references.ts';
import { slugify, topicTitles } from './topics.ts';
import { createVocabulary } from './words.ts';

/** Share of pages per content kind, close to the real site's mix. */
export const KIND_SHARES: Record<BenchKind, number> = {
	techniques: 0.35,
	conditions: 0.25,
	claims: 0.3,
	guidelines: 0.1,
};

/** A generated corpus: files by project-relative path plus what the measurements need. */
export interface Corpus {
	files: Map<string, string>;
	pages: BenchPage[];
	references: BenchReference[];
	/** Two realistic search queries (a condition word, then a technique word). */
	queries: [string, string];
	/** A content page URL to count JavaScript on. */
	samplePage: string;
}

/** Splits `pages` over the kinds; every kind gets at least one page when there are four or more. */
export function kindCounts(pages: number): Record<BenchKind, number> {
	const kinds = Object.keys(KIND_SHARES) as BenchKind[];
	const counts = Object.fromEntries(kinds.map((k) => [k, pages >= kinds.length ? 1 : 0])) as Record<
		BenchKind,
		number
	>;
	if (pages < kinds.length) counts.conditions = Math.min(1, pages);
	let left = pages - kinds.reduce((n, k) => n + counts[k], 0);
	for (const k of kinds) {
		const extra = Math.min(left, Math.max(0, Math.round(pages * KIND_SHARES[k]) - counts[k]));
		counts[k] += extra;
		left -= extra;
	}
	counts.techniques += left;
	return counts;
}

/** Generates the corpus for `pages` pages and `refs` entries. */
export function generateCorpus(pages: number, refs: number, seed = 20261121): Corpus {
	if (refs < 1 || pages < 1)
		throw new Error('The corpus needs at least one page and one reference.');
	const random = createRandom(seed);
	const vocabulary = createVocabulary(Math.max(2000, Math.round(60 * Math.sqrt(pages * 900))));
	const titles = topicTitles(random, kindCounts(pages));
	const techniques = titles.techniques.length ? titles.techniques : ['Relaxation massage'];
	const references = generateReferences(random, vocabulary, refs, techniques, titles.conditions);
	const byTopic = new Map<string, BenchReference[]>();
	for (const r of references) {
		for (const topic of [r.technique, r.conditionSlug])
			byTopic.set(topic, [...(byTopic.get(topic) ?? []), r]);
	}
	const kinds = Object.keys(titles) as BenchKind[];
	const links = kinds.flatMap((kind) =>
		titles[kind].map((title) => ({ kind, slug: slugify(title), title })),
	);
	const ctx = {
		random,
		vocabulary,
		references,
		byTopic,
		links,
		conditionSlugs: titles.conditions.map(slugify),
		techniqueSlugs: titles.techniques.map(slugify),
	};
	const generated = kinds.flatMap((kind) =>
		titles[kind].map((title) => generatePage(ctx, kind, title)),
	);
	const files = new Map<string, string>();
	files.set(
		'bibliography/sources.bib',
		`% Synthetic benchmark bibliography (${refs} entries, seed ${seed}); not real sources.\n\n${references.map((r) => r.bibtex).join('\n')}`,
	);
	for (const r of references)
		if (r.passages) files.set(`bibliography/passages/${r.key}.yaml`, r.passages);
	for (const r of references)
		files.set(`content/findings/${r.key}.yaml`, stringify([findingOf(r)], { lineWidth: 0 }));
	for (const p of generated) files.set(`content/${p.kind}/${p.slug}.mdx`, p.text);
	const condition = titles.conditions[0] ?? 'pain';
	const technique = techniques[0] ?? 'massage';
	const sample =
		generated.find(
			(p) => p.kind === 'techniques' && references.some((r) => slugify(r.technique) === p.slug),
		) ?? generated[0];
	return {
		files,
		pages: generated,
		references,
		queries: [condition.split(' ').pop() ?? 'pain', technique.split(' ').pop() ?? 'massage'],
		samplePage: sample ? `/${sample.kind}/${sample.slug}/` : '/',
	};
}

/** Writes the corpus files under `root` (content/ and bibliography/). */
export function writeCorpus(root: string, corpus: Corpus): void {
	for (const [path, text] of corpus.files) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
}
