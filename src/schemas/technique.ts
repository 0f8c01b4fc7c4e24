/** Technique pages: content/techniques/<slug>.mdx. */
import type { z } from 'zod';
import { PageSchema, requireEvidenceOrStatement } from './page.ts';

/** A technique page's frontmatter (the shared page fields). */
export const TechniqueSchema = PageSchema.superRefine(requireEvidenceOrStatement);

/** A technique page. */
export type Technique = z.infer<typeof TechniqueSchema>;
