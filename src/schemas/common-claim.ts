/** Common-claim pages: content/claims/<slug>.mdx, a marketing claim with a verdict. */
import { z } from 'zod';
import { FindingIdSchema, PageSchema } from './page.ts';

/** Verdicts, in words. */
export const VERDICTS = [
	'supported',
	'partly supported',
	'contradicted',
	'no evidence found',
	'misattributed',
] as const;

/** A common claim: the shared fields plus the verdict and how the claim is heard. */
export const CommonClaimSchema = PageSchema.extend({
	/** The verdict on the claim, in words. */
	verdict: z.enum(VERDICTS),
	/** How the claim circulates, in a short generic sentence. */
	heardAs: z.string(),
	/** The findings the page shows, by id (`<source-key>/<finding-id>`), in this order. */
	findings: z.array(FindingIdSchema).default([]),
});

/** A common-claim page. */
export type CommonClaim = z.infer<typeof CommonClaimSchema>;
