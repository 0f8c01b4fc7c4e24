// The tree reads as the pipeline (CONVENTIONS.md): bibliography → schemas → content and its
// checks → audit → build shells and site → publishing steps → pages → command line, and a file
// imports only from its own stage or stages below it. A new upward import fails here.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { globSync } from 'tinyglobby';
import { expect, test } from 'vitest';

/** Stages from the bottom up; the first pattern a path starts with decides its stage. */
const STAGES: [number, string[]][] = [
	[
		0,
		['src/errors.ts', 'src/lib/closest.ts', 'src/lib/source-position.ts', 'src/lib/html-text.ts'],
	],
	[1, ['src/lib/bibliography/']],
	[2, ['src/schemas/']],
	[3, ['src/lib/content/']],
	[4, ['src/lib/audit/']],
	[5, ['src/loaders/', 'src/markdown/', 'src/integrations/', 'src/site/']],
	[6, ['src/publish/']],
	[
		7,
		[
			'src/content.config.ts',
			'src/pages/',
			'src/components/',
			'src/layouts/',
			'src/scripts/',
			'src/styles/',
		],
	],
	[8, ['src/cli/']],
	[9, ['astro.config.mjs', 'bench/']],
];
const stageOf = (path: string): number | undefined =>
	STAGES.find(([, prefixes]) => prefixes.some((p) => path === p || path.startsWith(p)))?.[0];

const files = globSync(['src/**/*.{ts,astro,mjs}', 'bench/**/*.ts', 'astro.config.mjs'], {
	cwd: process.cwd(),
});
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g;

test('every source file belongs to a stage', () => {
	expect(files.filter((f) => stageOf(f) === undefined)).toEqual([]);
});

test('no file imports from a later stage of the pipeline', () => {
	const upward: string[] = [];
	let imports = 0;
	for (const file of files) {
		const text = readFileSync(file, 'utf8');
		for (const match of text.matchAll(IMPORT)) {
			const target = normalize(join(dirname(file), match[1] ?? ''))
				.split('\\')
				.join('/');
			const from = stageOf(file) ?? -1;
			const to = stageOf(target) ?? -1;
			imports++;
			if (to > from) upward.push(`${file} (stage ${from}) imports ${target} (stage ${to})`);
		}
	}
	// The scan reads the imports it judges (a regular expression that found none would pass anything).
	expect(imports).toBeGreaterThan(200);
	expect(upward).toEqual([]);
});
