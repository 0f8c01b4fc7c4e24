/**
 * Reads the findings: content/findings/<source-key>.yaml, one file per source, a list of the
 * source's results. Every finding is written once; pages show it by tag (techniques, conditions)
 * or by id (`<source-key>/<id>`). The loader that fills the `findings` collection and the checks
 * both read the files through `readFindingsFile`, the strict YAML reader of ./yaml-read.ts, so
 * what is checked is what is stored.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import type { LineCounter, Document } from 'yaml';
import { problem, type Problem } from '../../errors.ts';
import { FindingSchema, type Finding } from '../../schemas/finding.ts';
import { closest } from '../closest.ts';
import { issueTexts } from './schema-issues.ts';
import { comparableText } from './finding-checks.ts';
import { placeOfValue, readYaml } from './yaml-read.ts';

/** Where findings live, relative to the project root. */
export const FINDINGS_GLOB = 'content/findings/*.yaml';

/** The largest findings file read, in bytes (a source with many results is about 20 KB). */
export const MAX_FINDINGS_BYTES = 512 * 1024;

/** A read findings file, with what is needed to locate any value in it. */
export interface FindingsFile {
	path: string;
	/** The source's citation key: the file name. */
	source: string;
	findings: Finding[];
	/** Each finding's index in the file's list, by full id. */
	indexOf: Map<string, number>;
	doc: Document | undefined;
	lineCounter: LineCounter;
}

/** Reads one findings file; every problem is located, nothing throws. */
export function readFindingsFile(
	path: string,
	text: string,
): { file: FindingsFile; problems: Problem[] } {
	const source = basename(path, '.yaml');
	const read = readYaml(text, { file: path });
	const file: FindingsFile = {
		path,
		source,
		findings: [],
		indexOf: new Map(),
		doc: read.doc,
		lineCounter: read.lineCounter,
	};
	if (read.problems.length) return { file, problems: read.problems };
	const at = (steps: readonly (string | number)[]) => ({
		file: path,
		...placeOfValue(read.doc, read.lineCounter, steps),
	});
	const problems: Problem[] = [];
	if (!Array.isArray(read.data)) {
		problems.push(
			problem('InvalidFindings', at([]), {
				detail: 'is not a list of findings',
				fix: 'Write each finding as "- id: ...", as the README\'s "Writing a finding" section shows',
			}),
		);
		return { file, problems };
	}
	const quotes = new Map<string, string>();
	read.data.forEach((item: unknown, index) => {
		const result = FindingSchema.safeParse(item);
		if (!result.success) {
			for (const issue of issueTexts(
				FindingSchema,
				item,
				result.error.issues,
				'the README\'s "Writing a finding" section',
			))
				problems.push(
					problem('InvalidFrontmatter', at([index, ...issue.path]), {
						// Named by the finding's id where it has one ("inverted-interval.effect.ciLow").
						field: [idOf(item) ?? index, ...issue.path].join('.'),
						detail: issue.detail,
						fix: issue.fix,
					}),
				);
			return;
		}
		const entry = result.data;
		const key = `${source}/${entry.id}`;
		if (file.indexOf.has(key)) {
			problems.push(problem('DuplicateFindingId', at([index, 'id']), { id: entry.id }));
			return;
		}
		// One result of one source is written once: the same passage quoted twice is a copy.
		const quote = comparableText(entry.quote);
		const twin = quotes.get(quote);
		if (twin)
			problems.push(
				problem('DuplicateFinding', at([index, 'quote']), {
					key,
					other: twin,
				}),
			);
		quotes.set(quote, key);
		file.indexOf.set(key, index);
		file.findings.push({ ...entry, key, source, sources: [source] });
	});
	return { file, problems };
}

const idOf = (item: unknown): string | undefined => {
	const id = (item as { id?: unknown } | null)?.id;
	return typeof id === 'string' ? id : undefined;
};

/** Every findings file of a project, read; a file named after no source is reported. */
export function loadFindings(
	root: string,
	sourceKeys: readonly string[],
): { files: FindingsFile[]; byKey: Map<string, Finding>; problems: Problem[] } {
	const files: FindingsFile[] = [];
	const problems: Problem[] = [];
	const known = new Set(sourceKeys);
	for (const path of globSync(FINDINGS_GLOB, { cwd: root }).sort()) {
		const bytes = statSync(resolve(root, path)).size;
		if (bytes > MAX_FINDINGS_BYTES) {
			problems.push(
				problem(
					'YamlLimit',
					{ file: path, line: 1, column: 1 },
					{ what: `The findings file is ${bytes} bytes`, limit: `${MAX_FINDINGS_BYTES} bytes` },
				),
			);
			continue;
		}
		const source = basename(path, '.yaml');
		if (!known.has(source)) {
			const near = closest(source, sourceKeys);
			problems.push(
				problem(
					'InvalidFindings',
					{ file: path, line: 1, column: 1 },
					{
						detail: `belongs to no bibliography entry: there is no key ${JSON.stringify(source)}`,
						fix: `Name the file after its source's citation key${near ? ` (closest: ${JSON.stringify(near)})` : ''}`,
					},
				),
			);
			continue;
		}
		const read = readFindingsFile(path, readFileSync(resolve(root, path), 'utf8'));
		problems.push(...read.problems);
		files.push(read.file);
	}
	const byKey = new Map(files.flatMap((f) => f.findings.map((x) => [x.key, x] as const)));
	return { files, byKey, problems };
}

/** The place of a finding's field in its file. */
export function locateInFindings(
	file: FindingsFile,
	key: string,
	steps: readonly (string | number)[],
): { file: string; line: number; column: number } {
	const index = file.indexOf.get(key) ?? 0;
	return { file: file.path, ...placeOfValue(file.doc, file.lineCounter, [index, ...steps]) };
}
