/**
 * Wires each collection to its loader and schema; nothing is implemented here. One collection
 * per content kind of src/schemas/kinds.ts (tests/unit/content-config.test.ts holds them equal),
 * the bibliography and the findings.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { bibtexLoader } from './loaders/bibtex-loader.ts';
import { findingsLoader } from './loaders/findings-loader.ts';
import { pageSlugOf } from './lib/content/page-slug.ts';
import { KINDS, type Kind } from './schemas/kinds.ts';
import { ReferenceSchema } from './schemas/reference.ts';
import { StoredFindingSchema } from './schemas/finding.ts';

// The id (and URL) of a page is its file name, read by the same function as the checks; the
// checks refuse a file name that is not already a slug, so no page is published elsewhere.
const pages = (kind: Kind) =>
	glob({
		pattern: '*.mdx',
		base: `./content/${kind}`,
		generateId: ({ entry }) => pageSlugOf(entry),
	});

export const collections = {
	references: defineCollection({ loader: bibtexLoader(), schema: ReferenceSchema }),
	findings: defineCollection({ loader: findingsLoader(), schema: StoredFindingSchema }),
	techniques: defineCollection({ loader: pages('techniques'), schema: KINDS.techniques.schema }),
	conditions: defineCollection({ loader: pages('conditions'), schema: KINDS.conditions.schema }),
	claims: defineCollection({ loader: pages('claims'), schema: KINDS.claims.schema }),
	guidelines: defineCollection({ loader: pages('guidelines'), schema: KINDS.guidelines.schema }),
};
