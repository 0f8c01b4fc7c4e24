// content.config.ts declares one collection per content kind of src/schemas/kinds.ts, with that
// kind's folder and schema, and nothing else but the bibliography.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { KIND_NAMES } from '../../src/schemas/kinds.ts';

test('every content kind has its collection, read from its folder with its schema', () => {
	const config = readFileSync('src/content.config.ts', 'utf8');
	const declared = [...config.matchAll(/^\t(\w+): defineCollection\(/gm)].map((m) => m[1]);
	expect(declared).toEqual(['references', 'findings', ...KIND_NAMES]);
	for (const kind of KIND_NAMES)
		expect(config).toContain(
			`${kind}: defineCollection({ loader: pages('${kind}'), schema: KINDS.${kind}.schema })`,
		);
});
