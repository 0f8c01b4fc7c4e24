/** Common-claim pages: content/claims/<slug>.mdx, a marketing claim with a verdict. */
import { z } from 'zod';
import { PageSchema, requireEvidenceOrStatement } from './page.ts';

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
}).superRefine(requireEvidenceOrStatement);

/** A common-claim page. */
export type CommonClaim = z.infer<typeof CommonClaimSchema>;
