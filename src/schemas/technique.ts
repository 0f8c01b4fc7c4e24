/** Technique pages: content/techniques/<slug>.mdx. */
import type { z } from 'zod';
import { PageSchema } from './page.ts';

/** A technique page's frontmatter (the shared page fields). */
export const TechniqueSchema = PageSchema;

/** A technique page. */
export type Technique = z.infer<typeof TechniqueSchema>;
