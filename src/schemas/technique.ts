/** Technique pages: content/techniques/<slug>.mdx. */
import type { z } from 'zod';
import { PageSchema, SearchedSchema } from './page.ts';

/** A technique page's frontmatter: the shared page fields, plus what was searched for its safety. */
export const TechniqueSchema = PageSchema.extend({
	/**
	 * What was searched for adverse events, required when no safety finding (`topic: safety`) is
	 * tagged for the technique, so its safety section never says a bare "none".
	 */
	safetySearched: SearchedSchema.optional(),
});

/** A technique page. */
export type Technique = z.infer<typeof TechniqueSchema>;
