/**
 * The stored source text that claims are checked against: verbatim passages per reference in
 * bibliography/passages*\/<key>.yaml, plus the BibTeX `abstract` field when an entry has one.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { z } from 'zod';
import { problem, type Problem } from '../../errors.ts';
import type { BibEntry } from '../bibliography/entry.ts';
import { closest } from '../closest.ts';
import { issueTexts } from './schema-issues.ts';
import { placeOfValue, readYaml } from './yaml-read.ts';

/** One verbatim passage of a source, with where it is in the source and where it was read. */
export const PassageSchema = z.strictObject({
	/** The passage, copied character for character. */
	text: z.string().min(1),
	/** Where in the source: abstract, table 2, recommendation 1.2.7... */
	locator: z.string().default('stored page'),
	/** The stored page the passage was copied from. */
	url: z.url().optional(),
	/** True when the page is not the publisher's, PubMed, PMC or a repository. */
	secondary: z.boolean().default(false),
});

/** A stored passage. */
export type Passage = z.infer<typeof PassageSchema>;

/** Where passage files live, relative to the project root. */
export const PASSAGES_GLOB = 'bibliography/passages*/*.yaml';

/** The largest passages file read, in bytes (our longest is about 6 KB). */
export const MAX_PASSAGES_BYTES = 1024 * 1024;

/** Loads every passage file; a malformed file is a located problem, never a crash. */
export function loadPassages(
	root: string,
	entries: readonly BibEntry[],
): { passages: Map<string, Passage[]>; problems: Problem[] } {
	const passages = new Map<string, Passage[]>();
	const problems: Problem[] = [];
	const keys = entries.map((e) => e.key);
	const known = new Set(keys);
	const add = (key: string, list: Passage[]) =>
		passages.set(key, [...(passages.get(key) ?? []), ...list]);
	for (const file of globSync(PASSAGES_GLOB, { cwd: root }).sort()) {
		const key = basename(file, '.yaml');
		const bytes = statSync(resolve(root, file)).size;
		if (bytes > MAX_PASSAGES_BYTES) {
			problems.push(
				problem(
					'YamlLimit',
					{ file, line: 1, column: 1 },
					{ what: `The passages file is ${bytes} bytes`, limit: `${MAX_PASSAGES_BYTES} bytes` },
				),
			);
			continue;
		}
		if (!known.has(key)) {
			problems.push(
				problem(
					'InvalidPassages',
					{ file, line: 1, column: 1 },
					{
						detail: `belongs to no bibliography entry: there is no key ${JSON.stringify(key)}`,
						fix: `Name the file after the entry's citation key${closest(key, keys) ? ` (closest: ${JSON.stringify(closest(key, keys))})` : ''}`,
					},
				),
			);
			continue;
		}
		const result = readPassagesFile(file, readFileSync(resolve(root, file), 'utf8'));
		problems.push(...result.problems);
		add(key, result.passages);
	}
	for (const entry of entries) {
		const abstract = entry.fields['abstract'];
		if (abstract) add(entry.key, [{ text: abstract, locator: 'abstract', secondary: false }]);
	}
	return { passages, problems };
}

const PassagesSchema = z.array(PassageSchema);

/** Reads one passages file: a YAML list of { text, locator, url }, every problem located. */
export function readPassagesFile(
	file: string,
	text: string,
): { passages: Passage[]; problems: Problem[] } {
	const read = readYaml(text, { file });
	if (read.problems.length) return { passages: [], problems: read.problems };
	const result = PassagesSchema.safeParse(read.data ?? []);
	if (result.success) return { passages: result.data, problems: [] };
	const problems = issueTexts(
		PassagesSchema,
		read.data,
		result.error.issues,
		'the README\'s "Adding a reference" section',
	).map((issue) => {
		return problem(
			'InvalidPassages',
			{ file, ...placeOfValue(read.doc, read.lineCounter, issue.path) },
			{
				detail: `${issue.path.length ? `${issue.path.join('.')} ` : ''}${issue.detail}`,
				fix: issue.fix,
			},
		);
	});
	return { passages: [], problems };
}
