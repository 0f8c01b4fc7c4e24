/** The evidence claim: one checked statement with its sources, effect, certainty and quote. */
import { z } from 'zod';

/** GRADE certainty levels, most certain first. */
export const CERTAINTY_LEVELS = ['high', 'moderate', 'low', 'very low'] as const;

/** Directions an effect can take. */
export const DIRECTIONS = ['benefit', 'no difference', 'harm', 'mixed'] as const;

/**
 * Effect types and the value that means "no effect" for each: 1 for ratios, 0 for differences
 * and percent changes. The null value comes from here, never from words in `measure`.
 */
export const EFFECT_TYPES = {
	'mean difference': 0,
	'standardised mean difference': 0,
	'risk difference': 0,
	'percent change': 0,
	'risk ratio': 1,
	'odds ratio': 1,
	'hazard ratio': 1,
} as const;

/** An effect type, such as "mean difference" or "risk ratio". */
export type EffectType = keyof typeof EFFECT_TYPES;

/** A reported effect: its type, measure, point estimate, 95% CI and direction. */
export const EffectSchema = z
	.strictObject({
		/** The kind of effect; decides the null value (see EFFECT_TYPES). */
		type: z.enum(Object.keys(EFFECT_TYPES) as [EffectType, ...EffectType[]]),
		/** What was measured and on which scale, e.g. "RDQ points (0-24, lower is better)". */
		measure: z.string().min(1),
		/** The point estimate as the source reports it. */
		estimate: z.number(),
		/** Lower bound of the 95% confidence interval, when reported. */
		ciLow: z.number().optional(),
		/** Upper bound of the 95% confidence interval, when reported. */
		ciHigh: z.number().optional(),
		/** Which way the effect points for the patient. */
		direction: z.enum(DIRECTIONS),
	})
	.superRefine((e, ctx) => {
		// Never swapped or reordered silently: the card prints the interval as written.
		if (e.ciLow !== undefined && e.ciHigh !== undefined && e.ciLow > e.ciHigh)
			ctx.addIssue({
				code: 'custom',
				path: ['ciLow'],
				message: `is above ciHigh (${e.ciLow} > ${e.ciHigh}): write the lower bound in ciLow and the upper bound in ciHigh`,
			});
		else if (e.ciLow !== undefined && e.estimate < e.ciLow)
			ctx.addIssue({
				code: 'custom',
				path: ['estimate'],
				message: `is below its own interval (${e.estimate} < ciLow ${e.ciLow}): check the three numbers against the source`,
			});
		else if (e.ciHigh !== undefined && e.estimate > e.ciHigh)
			ctx.addIssue({
				code: 'custom',
				path: ['estimate'],
				message: `is above its own interval (${e.estimate} > ciHigh ${e.ciHigh}): check the three numbers against the source`,
			});
		if ((e.ciLow === undefined) !== (e.ciHigh === undefined))
			ctx.addIssue({
				code: 'custom',
				path: [e.ciLow === undefined ? 'ciLow' : 'ciHigh'],
				message:
					'is missing while the other bound is set: give both bounds of the interval, or neither',
			});
	});

/** One evidence claim as written in a page's `evidence:` frontmatter list. */
export const ClaimSchema = z.strictObject({
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
