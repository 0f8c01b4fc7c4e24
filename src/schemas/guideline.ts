/** Guideline pages: content/guidelines/<slug>.mdx. */
import { z } from 'zod';
import { PageSchema, requireEvidenceOrStatement } from './page.ts';

/** A guideline page: the shared fields plus the citation key of the guideline itself. */
export const GuidelineSchema = PageSchema.extend({
	/** Citation key of the guideline document. */
	guideline: z.string(),
}).superRefine(requireEvidenceOrStatement);

/** A guideline page. */
export type Guideline = z.infer<typeof GuidelineSchema>;
