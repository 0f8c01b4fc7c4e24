/**
 * The stored source text that claims are checked against: verbatim passages per reference in
 * bibliography/passages*\/<key>.yaml, plus the BibTeX `abstract` field when an entry has one.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Problem } from '../errors.ts';
import type { BibEntry } from './bibliography.ts';

/** One verbatim passage of a source, with where it is in the source and where it was read. */
export const PassageSchema = z.object({
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

/** Loads every passage file; a malformed file is a located problem, never a crash. */
export function loadPassages(root: string, entries: readonly BibEntry[]): { passages: Map<string, Passage[]>; problems: Problem[] } {
	const passages = new Map<string, Passage[]>();
	const problems: Problem[] = [];
	const add = (key: string, list: Passage[]) => passages.set(key, [...(passages.get(key) ?? []), ...list]);
	for (const file of globSync(PASSAGES_GLOB, { cwd: root }).sort()) {
		const key = basename(file, '.yaml');
		const result = z.array(PassageSchema).safeParse(safeYaml(readFileSync(resolve(root, file), 'utf8')));
		if (result.success) add(key, result.data);
		else
			problems.push({
				name: 'InvalidPassages',
				file,
				line: 1,
				message: `The passages file is not a list of { text, locator, url } entries (${result.error.issues[0]?.message ?? 'invalid'}). Fix it as the README's "Adding a reference" section shows.`,
				severity: 'error',
			});
	}
	for (const entry of entries) {
		const abstract = entry.fields['abstract'];
		if (abstract) add(entry.key, [{ text: abstract, locator: 'abstract', secondary: false }]);
	}
	return { passages, problems };
}

function safeYaml(text: string): unknown {
	try {
		return parse(text);
	} catch {
		return undefined;
	}
}
