/** Wires each collection to its loader and schema; nothing is implemented here. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { bibtexLoader } from './loaders/bibtex-loader.ts';
import { pageSlugOf } from './lib/content/page-slug.ts';
import { CommonClaimSchema } from './schemas/common-claim.ts';
import { ConditionSchema } from './schemas/condition.ts';
import { GuidelineSchema } from './schemas/guideline.ts';
import { ReferenceSchema } from './schemas/reference.ts';
import { TechniqueSchema } from './schemas/technique.ts';

// The id (and URL) of a page is its file name, read by the same function as the checks; the
// checks refuse a file name that is not already a slug, so no page is published elsewhere.
const mdx = (folder: string) =>
	glob({
		pattern: '*.mdx',
		base: `./content/${folder}`,
		generateId: ({ entry }) => pageSlugOf(entry),
	});

export const collections = {
	references: defineCollection({ loader: bibtexLoader(), schema: ReferenceSchema }),
	techniques: defineCollection({ loader: mdx('techniques'), schema: TechniqueSchema }),
	conditions: defineCollection({ loader: mdx('conditions'), schema: ConditionSchema }),
	claims: defineCollection({ loader: mdx('claims'), schema: CommonClaimSchema }),
	guidelines: defineCollection({ loader: mdx('guidelines'), schema: GuidelineSchema }),
};
