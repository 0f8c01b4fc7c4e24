/**
 * The terms a reader meets on evidence pages, defined once: the glossary page lists them and
 * evidence cards link their first mention. Facts about a scale (items, range) come from the
 * stored pages named in `source`.
 */

/** One glossary term. */
export interface GlossaryTerm {
	/** The anchor on /glossary/, e.g. `smd`. */
	id: string;
	/** How it is written on pages. */
	term: string;
	/** What the abbreviation stands for. */
	expansion: string;
	/** Plain-language definition (one short paragraph). */
	definition: string;
	/** How to read it on this site. */
	reading: string;
	/** Patterns that mark a mention in running text. */
	mentions: RegExp;
	/** Where a stated fact (items, range, threshold) was checked: stored pages. */
	source?: { title: string; url: string } | undefined;
	/** Further stored pages, when one is not enough. */
	also?: readonly { title: string; url: string }[];
}

/** Every term, in the order the glossary page shows them. */
export const GLOSSARY: readonly GlossaryTerm[] = [
	{
		id: 'grade',
		term: 'GRADE',
		expansion: 'Grading of Recommendations Assessment, Development and Evaluation',
		definition:
			'A widely used way of rating how sure we can be of a body of evidence. It starts from the study designs and moves the rating down for risk of bias, inconsistent results, indirectness, imprecision and publication bias.',
		reading:
			'We show four levels in words and with GRADE’s circles (⊕⊕⊕⊕ high to ⊕◯◯◯ very low): high (further research is very unlikely to change the estimate), moderate, low and very low (any estimate is very uncertain). Each finding has one rating: the review’s own where it graded its evidence, otherwise the editors’ judgement with a one-line reason, and we say which.',
		mentions: /\bGRADE\b/,
	},
	{
		id: 'smd',
		term: 'SMD',
		expansion: 'standardised mean difference',
		definition:
			'The difference between the groups’ average results divided by how much results vary between people. It lets a review combine trials that measured the same thing (for example pain) on different scales.',
		reading:
			'An SMD has no units. Zero means no difference between the groups; the further from zero, the larger the difference. We write which side it favours (“in favour of massage”), so there is no sign to decode, and we call it small, moderate or large by the rule of thumb below.',
		mentions: /\bstandardi[sz]ed mean difference\b|\bSMD\b/i,
	},
	{
		id: 'md',
		term: 'MD',
		expansion: 'mean difference',
		definition:
			'The difference between the groups’ average results, in the units of the scale used (for example points on a 0 to 10 pain scale, or RDQ points).',
		reading:
			'Zero means no difference. We write it as points better or worse with the treatment. Whether a difference matters depends on the scale: where a change that patients notice has been published for the scale, we set the difference beside it (see “Effect size in words” below).',
		mentions: /(?<!standardi[sz]ed )\bmean difference\b|\bMD\b/i,
	},
	{
		id: 'effect-size',
		term: 'Effect size in words',
		expansion: 'how we call an effect small, moderate or large',
		definition:
			'A number alone does not say whether a difference matters. For standardised mean differences, the Cochrane Handbook gives a rule of thumb: “0.2 represents a small effect, 0.5 a moderate effect, and 0.8 a large effect”, with the variation “<0.40 = small, 0.40 to 0.70 = moderate, >0.70 = large”. For pain and disability scales in low back pain, an international consensus proposed the smallest change that matters to one patient (the minimal important change): 15 points on a 0 to 100 visual analogue scale, 2 on a 0 to 10 numerical rating scale, 5 on the Roland Disability Questionnaire and 10 on the Oswestry Disability Index.',
		reading:
			'We band standardised differences by the Handbook’s variation (below 0.40 small, 0.40 to 0.70 moderate, above 0.70 large). A difference in points is set beside the smallest difference its own trial or review counts as clinically important, where the source names one (its number is checked against the source like every other), and, on one of those four scales, beside the minimal important change. That change is for one person, so a smaller average difference between groups can still matter to some people: we say so. A measure with neither is “not judged”, never guessed. The Handbook itself warns that such rules are generic, because how much a result matters depends on the patient.',
		mentions: /effect size/i,
		source: {
			title:
				'Cochrane Handbook for Systematic Reviews of Interventions, version 5.1.0 (2011), section 12.6.2: re-expressing SMDs using rules of thumb for effect sizes',
			url: 'http://handbook-5-1.cochrane.org/chapter_12/12_6_2_re_expressing_smds_using_rules_of_thumb_for_effect_sizes.htm',
		},
		also: [
			{
				title:
					'Ostelo et al. (Spine, 2008), “Interpreting change scores for pain and functional status in low back pain: towards international consensus regarding minimal important change”: the abstract as stored by a third-party index',
				url: 'https://paperexplained.cn/articles/paper/detail/c63b17f341638e994cd27cc6d09b4f05e220d5cc',
			},
			{
				title: 'the same abstract with its authors and journal, as stored by a second index',
				url: 'https://metajournal.com/articles/201999/interpreting-change-scores-pain-functional-status-low-back-pain-towards',
			},
		],
	},
	{
		id: 'nnt',
		term: 'NNT',
		expansion: 'number needed to treat',
		definition:
			'How many people need the treatment, instead of the comparison, for one more of them to have a good result: 100 divided by the difference between the two percentages.',
		reading:
			'We give it only where the source reports the percentage of people with the result in each group, and without an interval, because those sources give percentages rather than counts. “3 treated for one more person to be free of leg pain” means that of every 3 people treated, one more was free of leg pain than with the comparison.',
		mentions: /NNT|number needed to treat/i,
	},
	{
		id: 'ci',
		term: 'CI',
		expansion: 'confidence interval',
		definition:
			'The range of effects that are compatible with the data; we report 95% confidence intervals. A narrow interval means a precise estimate; a wide one means the true effect could be small or large.',
		reading:
			'If the interval includes no difference (0 for a difference, 1 for a ratio), the study could not rule out that the treatment has no effect. The build refuses a claimed benefit whose interval includes no difference.',
		mentions: /\b95% CI\b|\bconfidence interval\b|\bCI\b/,
	},
	{
		id: 'rdq',
		term: 'RDQ',
		expansion: 'Roland-Morris Disability Questionnaire',
		definition:
			'A questionnaire about how back pain limits everyday activities. In its original form a person ticks which of 24 statements apply to them today; the score is the number ticked, from 0 to 24.',
		reading: 'Higher scores mean more disability, so a negative difference favours the treatment.',
		mentions: /\bRDQ\b|\bRMDQ\b|\bRoland-Morris\b/,
		source: {
			title:
				'Macedo et al. (2011), Responsiveness of the 24-, 18- and 11-item versions of the RMDQ',
			url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3048224/',
		},
	},
	{
		id: 'pedro',
		term: 'PEDro',
		expansion: 'Physiotherapy Evidence Database',
		definition:
			'A database of trials and reviews in physiotherapy, and the PEDro scale it uses to rate how well a trial was run: 11 criteria (random allocation, concealed allocation, blinding, follow-up and others), of which 10 count towards a score out of 10.',
		reading:
			'A higher PEDro score means a better-conducted trial, not a larger effect. A well-run trial can find that a treatment does not work.',
		mentions: /\bPEDro\b/,
		source: {
			title: 'The PEDro scale, as tabulated in Front Med 2017;4:45 (Table 1)',
			url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5401878/table/T1/',
		},
	},
];

/** A piece of text, with the glossary term it mentions if any. */
export interface TextPiece {
	text: string;
	term?: GlossaryTerm;
}

/** Splits `text` so the first mention of each glossary term can be linked to its definition. */
export function linkTerms(text: string): TextPiece[] {
	const pieces: TextPiece[] = [];
	let rest = text;
	const used = new Set<string>();
	for (;;) {
		let best: { index: number; length: number; term: GlossaryTerm } | undefined;
		for (const term of GLOSSARY) {
			if (used.has(term.id)) continue;
			const m = term.mentions.exec(rest);
			if (m && (!best || m.index < best.index))
				best = { index: m.index, length: m[0].length, term };
		}
		if (!best) break;
		if (best.index > 0) pieces.push({ text: rest.slice(0, best.index) });
		pieces.push({ text: rest.slice(best.index, best.index + best.length), term: best.term });
		used.add(best.term.id);
		rest = rest.slice(best.index + best.length);
	}
	if (rest) pieces.push({ text: rest });
	return pieces;
}

/** The URL of a term on the glossary page. */
export const glossaryUrl = (id: string): string => `/glossary/#${id}`;
