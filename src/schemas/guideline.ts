/** Guideline pages: content/guidelines/<slug>.mdx. */
import { z } from 'zod';
import { FindingIdSchema, PageSchema } from './page.ts';

/** A guideline page: the shared fields plus the citation key of the guideline itself. */
export const GuidelineSchema = PageSchema.extend({
	/** Citation key of the guideline document. */
	guideline: z.string(),
	/** The findings the page shows, by id (`<source-key>/<finding-id>`), in this order. */
	findings: z.array(FindingIdSchema).default([]),
});

/** A guideline page. */
export type Guideline = z.infer<typeof GuidelineSchema>;
