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
	/** Where a stated fact (items, range) was checked. */
	source?: { title: string; url: string };
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
			'We show four levels in words and as a bar of dots: high (further research is very unlikely to change the estimate), moderate, low and very low (any estimate is very uncertain). Where a review rated its own evidence we show its rating; otherwise the editors’ judgement, and we say which.',
		mentions: /\bGRADE\b/,
	},
	{
		id: 'smd',
		term: 'SMD',
		expansion: 'standardised mean difference',
		definition:
			'The difference between the groups’ average results divided by how much results vary between people. It lets a review combine trials that measured the same thing (for example pain) on different scales.',
		reading:
			'An SMD has no units. Zero means no difference between the groups; the further from zero, the larger the difference. Check the sign against the note beside the measure (for example “negative favours massage”).',
		mentions: /\bstandardi[sz]ed mean difference\b|\bSMD\b/i,
	},
	{
		id: 'md',
		term: 'MD',
		expansion: 'mean difference',
		definition:
			'The difference between the groups’ average results, in the units of the scale used (for example points on a 0 to 10 pain scale, or RDQ points).',
		reading:
			'Zero means no difference. Whether a difference matters to a person depends on the scale: a few points on a 100-point scale is small.',
		mentions: /(?<!standardi[sz]ed )\bmean difference\b|\bMD\b/i,
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
