/** Condition pages: content/conditions/<slug>.mdx. */
import type { z } from 'zod';
import { PageSchema } from './page.ts';

/** A condition page's frontmatter (the shared page fields). */
export const ConditionSchema = PageSchema;

/** A condition page. */
export type Condition = z.infer<typeof ConditionSchema>;
