/** The evidence claim: one checked statement with its sources, effect, certainty and quote. */
import { z } from 'zod';

/** GRADE certainty levels, most certain first. */
export const CERTAINTY_LEVELS = ['high', 'moderate', 'low', 'very low'] as const;

/** Directions an effect can take. */
export const DIRECTIONS = ['benefit', 'no difference', 'harm', 'mixed'] as const;

/** A reported effect: measure, point estimate, 95% CI and direction. */
export const EffectSchema = z.object({
	/** What was measured and on which scale, e.g. "mean difference, RDQ points (0-24, lower is better)". */
	measure: z.string().min(1),
	/** The point estimate as the source reports it. */
	estimate: z.number(),
	/** Lower bound of the 95% confidence interval, when reported. */
	ciLow: z.number().optional(),
	/** Upper bound of the 95% confidence interval, when reported. */
	ciHigh: z.number().optional(),
	/** Which way the effect points for the patient. */
	direction: z.enum(DIRECTIONS),
});

/** One evidence claim as written in a page's `evidence:` frontmatter list. */
export const ClaimSchema = z.object({
	/** Kebab-case id, unique on the page; the claim's anchor is `#claim-<id>`. */
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case, like rdq-vs-usual-care'),
	/** One plain-language sentence. */
	statement: z.string().min(10),
	/** Citation keys of the sources (at least one). */
	sources: z.array(z.string()).min(1, 'needs at least one source'),
	/**
	 * Set to true to cite a retracted source on purpose (e.g. to say a finding was withdrawn);
	 * the card then shows a retraction notice. Without it, citing a retracted source fails the build.
	 */
	citesRetracted: z.boolean().default(false),
	/** The condition page (slug) the claim is about. */
	condition: z.string(),
	/** Who was studied, with the design and size where known. */
	population: z.string(),
	/** What was measured, e.g. "pain", "disability (RDQ)". */
	outcome: z.string(),
	/** What the technique was compared with. */
	comparison: z.string(),
	/** When the outcome was measured, e.g. "10 weeks". */
	followUp: z.string(),
	/** The effect, when the source reports a number. */
	effect: EffectSchema.optional(),
	/** GRADE certainty of the evidence. */
	certainty: z.enum(CERTAINTY_LEVELS),
	/** `review`: the review's or guideline's own grading; `editors`: our judgement. */
	certaintySource: z.enum(['review', 'editors']),
	/** A short verbatim passage of the source that supports the claim. */
	quote: z.string().min(10),
	/** Where in the source the quote is (abstract, table 2, p. 5...). */
	locator: z.string(),
});

/** An evidence claim. */
export type Claim = z.infer<typeof ClaimSchema>;
