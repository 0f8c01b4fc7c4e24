/**
 * A finding: one result of one source, written once in content/findings/<source-key>.yaml and
 * shown wherever it belongs (technique and condition pages by tag, common-claim and guideline
 * pages by id). Its certainty is its own; no page can override it.
 */
import { z } from 'zod';

/** GRADE certainty levels, most certain first. */
export const CERTAINTY_LEVELS = ['high', 'moderate', 'low', 'very low'] as const;

/** A certainty level. */
export type Certainty = (typeof CERTAINTY_LEVELS)[number];

/**
 * Which way a finding points for its technique against its comparison, in the order the site
 * lists them:
 * - `benefit`: better than the comparison; `no difference`; `worse`: worse than an active
 *   comparison; `harm`: adverse effects; `mixed`: better on some outcomes, not on others;
 * - `uncertain`: the source says it cannot tell;
 * - `recommended` / `not recommended`: what a guideline advises;
 * - `no comparison`: a finding that compares nothing (how common a condition is, how a trial
 *   was designed, how pain goes without treatment).
 */
export const DIRECTIONS = [
	'benefit',
	'no difference',
	'worse',
	'harm',
	'mixed',
	'uncertain',
	'recommended',
	'not recommended',
	'no comparison',
] as const;

/** A direction. */
export type Direction = (typeof DIRECTIONS)[number];

/** What a finding is about: whether a technique works, or whether it is safe. */
export const TOPICS = ['effect', 'safety'] as const;

/** A topic. */
export type Topic = (typeof TOPICS)[number];

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

/**
 * Outcome instruments with a published minimal important change (MIC) for one person's
 * improvement (Ostelo et al. 2008, src/site/effect-size.ts), so a mean difference on them can be
 * set beside a change patients notice.
 */
export const INSTRUMENTS = ['pain 0-100', 'pain 0-10', 'RDQ', 'ODI'] as const;

/** A known instrument. */
export type Instrument = (typeof INSTRUMENTS)[number];

/** Which arm a point estimate favours, as the source reports it. */
export const FAVOURS = ['technique', 'comparison', 'neither'] as const;

/** A reported effect: its type, measure, point estimate, 95% CI and the arm it favours. */
export const EffectSchema = z
	.strictObject({
		/** The kind of effect; decides the null value (see EFFECT_TYPES). */
		type: z.enum(Object.keys(EFFECT_TYPES) as [EffectType, ...EffectType[]]),
		/** What was measured and on which scale, e.g. "RDQ points (0 to 24)". */
		measure: z.string().min(1),
		/** The instrument, when it has a published minimal important change. */
		instrument: z.enum(INSTRUMENTS).optional(),
		/**
		 * The smallest difference between groups that the source itself counts as clinically
		 * important, in the measure's own units ("differences of at least 2 points on the RDQ were
		 * considered clinically meaningful"). Checked against the stored text like every number.
		 */
		importantDifference: z.number().positive().optional(),
		/** The point estimate, with its sign as the source prints it. */
		estimate: z.number(),
		/** Lower bound of the 95% confidence interval, when reported. */
		ciLow: z.number().optional(),
		/** Upper bound of the 95% confidence interval, when reported. */
		ciHigh: z.number().optional(),
		/**
		 * The arm the point estimate favours, as the source says. With it the site writes the
		 * effect in words ("2.9 points better with relaxation massage") and never shows a sign a
		 * reader has to decode.
		 */
		favours: z.enum(FAVOURS),
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

/** A reported effect. */
export type Effect = z.infer<typeof EffectSchema>;

const slug = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a page slug such as chronic-low-back-pain');

/** Event rates in each arm, in percent, as the source reports them (for the number needed to treat). */
export const RatesSchema = z.strictObject({
	/** The event as a verb phrase, e.g. "report no pain at follow-up". */
	event: z.string().min(3),
	/** Percent of people in the technique arm with the event. */
	technique: z.number().min(0).max(100),
	/** Percent of people in the comparison arm with the event. */
	comparison: z.number().min(0).max(100),
	/** True when the event is good for the patient (so more is better). */
	good: z.boolean(),
});

/** The fields of a finding as written in a source's findings file. */
const FindingFields = z.strictObject({
	/** Kebab-case id, unique in its file; the finding's id is `<source-key>/<id>`. */
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case, like rdq-vs-usual-care'),
	/** Technique pages (slugs) the finding is about; empty for a finding about no technique. */
	techniques: z.array(slug).default([]),
	/** Condition pages (slugs) the finding is about; empty for one only a page names by id. */
	conditions: z.array(slug).default([]),
	/** One plain-language sentence. */
	statement: z.string().min(10),
	/** How the source names the treated arm, e.g. "relaxation massage" (words for the effect). */
	intervention: z.string().min(2).optional(),
	/** Who was studied, with the design and size where known. */
	population: z.string(),
	/** Number of studies behind the finding, when the source gives it. */
	studies: z.number().int().positive().optional(),
	/** Number of participants behind the finding, when the source gives it. */
	participants: z.number().int().positive().optional(),
	/** What was measured, e.g. "pain", "disability (RDQ)". */
	outcome: z.string(),
	/** What the technique was compared with. */
	comparison: z.string(),
	/** When the outcome was measured, e.g. "10 weeks". */
	followUp: z.string(),
	/** Which way the finding points for the technique. */
	direction: z.enum(DIRECTIONS),
	/**
	 * What the finding is about: `effect` (does it work, how much) or `safety` (adverse events,
	 * how common and how serious, who should not receive it). Safety findings fill the safety
	 * section of each technique page they are tagged for, and the "Safety and adverse events" page.
	 */
	topic: z.enum(TOPICS).default('effect'),
	/** The effect, when the source reports a number. */
	effect: EffectSchema.optional(),
	/** Event rates per arm, when the source reports them (for the number needed to treat). */
	rates: RatesSchema.optional(),
	/** GRADE certainty of the evidence, one rating per finding. */
	certainty: z.enum(CERTAINTY_LEVELS),
	/** `review`: the review's or guideline's own GRADE rating; `editors`: our judgement. */
	certaintySource: z.enum(['review', 'editors']),
	/** Why the editors rated it so (one line); required when certaintySource is editors. */
	certaintyReason: z.string().min(10).optional(),
	/**
	 * Set to true to cite a retracted source on purpose (to say a finding was withdrawn); the
	 * card then shows a retraction notice. Without it, a retracted source fails the build.
	 */
	citesRetracted: z.boolean().default(false),
	/**
	 * Set when the finding reports a critic's comment on the source rather than the source's own
	 * report (a commentary, a blog post): who made it and where, so the card cites the critic,
	 * never the trial's authors, for it. The quote then comes from a passage marked secondary.
	 */
	critique: z
		.strictObject({
			/** The critic or the publication, as the page names it ("PainScience.com commentary"). */
			by: z.string().min(3),
			/** The page the comment is on. */
			url: z.url({ protocol: /^https?$/ }),
		})
		.optional(),
	/** A short verbatim passage of the source that supports the finding. */
	quote: z.string().min(10),
	/** Where in the source the quote is (abstract, table 2, p. 5...). */
	locator: z.string(),
});

/** What a finding must satisfy beyond its fields' own types. */
function checkFinding(f: z.infer<typeof FindingFields>, ctx: z.RefinementCtx): void {
	if (f.certaintySource === 'editors' && !f.certaintyReason)
		ctx.addIssue({
			code: 'custom',
			path: ['certaintyReason'],
			message:
				'is missing: when the editors rate the certainty, say why in one line (design, size, risk of bias)',
		});
	if (f.effect && !f.intervention)
		ctx.addIssue({
			code: 'custom',
			path: ['intervention'],
			message:
				'is missing: an effect is written in words ("better with relaxation massage"), so name the treated arm as the source does',
		});
	const e = f.effect;
	if (e && f.direction === 'benefit' && e.favours === 'comparison')
		ctx.addIssue({
			code: 'custom',
			path: ['direction'],
			message: 'is "benefit" but the effect favours the comparison: check both against the source',
		});
}

/** One finding as written in a source's findings file. */
export const FindingSchema = FindingFields.superRefine(checkFinding);

/** A finding as written in its file. */
export type FindingEntry = z.infer<typeof FindingSchema>;

/** A stored finding: the entry with its full id and its source. */
export type Finding = FindingEntry & {
	/** `<source-key>/<id>`, the finding's permanent id. */
	key: string;
	/** The citation key of its source (the file name). */
	source: string;
	/** The same as a list, for what formats citations of several keys. */
	sources: [string];
};

/** The collection's schema: a stored finding. */
export const StoredFindingSchema = FindingFields.extend({
	key: z.string(),
	source: z.string(),
	sources: z.tuple([z.string()]),
}).superRefine(checkFinding);

/** The anchor of a finding on any page that shows it. */
export const findingAnchor = (key: string): string => `finding-${key.replace('/', '--')}`;
