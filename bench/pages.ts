/**
 * Synthetic MDX pages for the benchmark: frontmatter that satisfies the real schemas (title,
 * bottom line, reviewed date, the findings a claim or guideline page names) and a body of
 * headings, paragraphs and lists with several Pandoc citations each.
 */
import { stringify } from 'yaml';
import type { Random } from './random.ts';
import type { BenchReference } from './references.ts';
import { slugify } from './topics.ts';
import { sentence, type Vocabulary } from './words.ts';

/** A content kind of the site. */
export type BenchKind = 'techniques' | 'conditions' | 'claims' | 'guidelines';

/** One page to write: its kind, slug, title and full MDX text. */
export interface BenchPage {
	kind: BenchKind;
	slug: string;
	title: string;
	text: string;
}

const HEADINGS: Record<BenchKind, string[]> = {
	techniques: [
		'What it is',
		'How a session goes',
		'What the evidence says',
		'Limits and evidence against',
		'Safety',
		'What guidelines say',
		'Practical notes',
	],
	conditions: [
		'What it is',
		'Common causes',
		'What the evidence says',
		'Which techniques have been tested',
		'When to see a doctor',
		'Outlook',
	],
	claims: [
		'Where the claim comes from',
		'What the evidence says',
		'Why it sounds plausible',
		'What we can say instead',
	],
	guidelines: [
		'Who wrote it',
		'What it recommends',
		'How it graded the evidence',
		'What it says about massage',
		'Limits',
	],
};
const VERDICTS = [
	'supported',
	'partly supported',
	'contradicted',
	'no evidence found',
	'misattributed',
];

/** Renders one citation in one of the Pandoc forms authors use. */
function cite(random: Random, keys: readonly string[]): string {
	const a = random.pick(keys);
	const r = random.next();
	if (r < 0.6) return `[@${a}]`;
	if (r < 0.75) return `[@${a}; @${random.pick(keys)}]`.replace(/\[@(\S+); @\1\]/, '[@$1]');
	if (r < 0.88) return `[@${a}, p. ${random.int(2, 14)}]`;
	return `[see @${a}, ch. ${random.int(1, 6)}]`;
}

/** A paragraph of `sentences` sentences, some ending in a citation. */
function paragraph(
	random: Random,
	vocabulary: Vocabulary,
	keys: readonly string[],
	sentences: number,
): string {
	const out: string[] = [];
	for (let i = 0; i < sentences; i++) {
		const s = sentence(random, vocabulary);
		if (random.chance(0.08))
			out.push(`@${random.pick(keys)} found that ${s.charAt(0).toLowerCase()}${s.slice(1)}.`);
		else out.push(random.chance(0.35) ? `${s} ${cite(random, keys)}.` : `${s}.`);
	}
	return out.join(' ');
}

/** The id of a reference's one finding, in its findings file. */
export const FINDING_ID = 'main-result';

/**
 * A reference's finding, as its content/findings/<key>.yaml holds it: tagged for the reference's
 * technique and condition, quoting the abstract's result sentence.
 */
export function findingOf(ref: BenchReference): Record<string, unknown> {
	const f = ref.finding;
	const t = ref.technique;
	const strong = ref.studytype === 'systematic review' || ref.studytype === 'guideline';
	const statement =
		f.direction === 'no difference'
			? `${t} made little or no difference to ${f.outcome} compared with ${f.comparison} at ${f.weeks} weeks.`
			: f.measure.startsWith('mean')
				? `${t} reduced ${f.outcome} by ${f.estimate} points more than ${f.comparison} after ${f.weeks} weeks.`
				: `${t} improved ${f.outcome} more than ${f.comparison} at ${f.weeks} weeks (${f.measure.split(',')[0]} ${f.estimate}).`;
	// Which arm the estimate favours: ratios above 1, standardised differences below 0 and the
	// "points lower" mean differences above 0 favour the technique (references.ts writes them so).
	const towardsTechnique =
		f.type === 'risk ratio'
			? f.estimate > 1
			: f.type === 'standardised mean difference'
				? f.estimate < 0
				: f.estimate > 0;
	const certainty = strong
		? (['high', 'moderate', 'low'] as const)[ref.key.length % 3]
		: ref.key.length % 2
			? 'low'
			: 'very low';
	return {
		id: FINDING_ID,
		techniques: [slugify(t)],
		conditions: [ref.conditionSlug],
		statement,
		intervention: t.toLowerCase(),
		population: `${f.participants} adults with ${ref.condition.toLowerCase()} (${ref.studytype})`,
		outcome: f.outcome,
		comparison: f.comparison,
		followUp: `${f.weeks} weeks`,
		direction: f.direction,
		effect: {
			type: f.type,
			measure: f.measure,
			estimate: f.estimate,
			ciLow: f.ciLow,
			ciHigh: f.ciHigh,
			favours: towardsTechnique ? 'technique' : 'comparison',
		},
		certainty,
		certaintySource: strong ? 'review' : 'editors',
		...(strong
			? {}
			: { certaintyReason: "Editors' rating from the study design of this synthetic source." }),
		quote: f.result,
		locator: 'abstract',
	};
}

/** What a page needs to know about the rest of the corpus. */
export interface PageContext {
	random: Random;
	vocabulary: Vocabulary;
	references: readonly BenchReference[];
	/** References grouped by technique title and by condition slug, for topical citations. */
	byTopic: ReadonlyMap<string, readonly BenchReference[]>;
	links: readonly { kind: BenchKind; slug: string; title: string }[];
	conditionSlugs: readonly string[];
	techniqueSlugs: readonly string[];
}

/** Generates one page of `kind` titled `title`. */
export function generatePage(ctx: PageContext, kind: BenchKind, title: string): BenchPage {
	const { random, vocabulary } = ctx;
	const slug = slugify(title);
	const topical = ctx.byTopic.get(kind === 'conditions' ? slug : title) ?? [];
	const evidenceRefs =
		random.chance(kind === 'conditions' ? 0.2 : 0.1) && kind !== 'claims'
			? []
			: [...random.sample(topical, 3), ...random.sample(ctx.references, random.int(1, 3))].slice(
					0,
					random.int(1, 4),
				);
	const findings = [...new Set(evidenceRefs.map((ref) => `${ref.key}/${FINDING_ID}`))];
	const keys = [
		...new Set(
			[
				...evidenceRefs,
				...random.sample(topical, 3),
				...random.sample(ctx.references, random.int(3, 6)),
			].map((r) => r.key),
		),
	];
	const data: Record<string, unknown> = {
		title,
		aliases: random.chance(0.6)
			? [
					title.split(' ').slice(-2).join(' ').toLowerCase(),
					sentence(random, vocabulary, 2, 3).toLowerCase(),
				]
			: [],
		bottomLine: `${sentence(random, vocabulary, 12, 22)}. ${sentence(random, vocabulary, 10, 20)}.`,
		reviewed: `20${random.int(24, 26)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
		reviewedBy: 'Back Pain Evidence editors',
		...(kind === 'claims' ? { verdict: random.pick(VERDICTS), heardAs: `${title}.` } : {}),
		...(kind === 'guidelines'
			? {
					guideline: (
						ctx.references.find((r) => r.studytype === 'guideline') ?? random.pick(ctx.references)
					).key,
				}
			: {}),
		conditions: random.sample(ctx.conditionSlugs, random.int(0, 3)),
		techniques: random.sample(ctx.techniqueSlugs, random.int(0, 3)),
		...(kind === 'claims' || kind === 'guidelines' ? { findings } : {}),
		// Every page says what was searched; the checks require it where a page shows no finding.
		searched: {
			on: '2026-11-01',
			what: `The sources of this benchmark corpus were searched for ${title.toLowerCase()}.`,
		},
	};
	const body: string[] = [];
	for (const heading of random.sample(HEADINGS[kind], random.int(4, HEADINGS[kind].length))) {
		body.push(`## ${heading}`);
		for (let p = random.int(1, 3); p > 0; p--)
			body.push(paragraph(random, vocabulary, keys, random.int(3, 7)));
		if (random.chance(0.3))
			body.push(
				Array.from(
					{ length: random.int(3, 6) },
					() =>
						`- **${sentence(random, vocabulary, 1, 2)}**: ${sentence(random, vocabulary, 6, 14).toLowerCase()}.`,
				).join('\n'),
			);
	}
	for (const ref of evidenceRefs)
		body.splice(
			random.int(1, body.length),
			0,
			`${String(findingOf(ref)['statement']).replace(/\.$/, '')} [@${ref.key}].`,
		);
	body.push(
		'## Related',
		random
			.sample(ctx.links, random.int(3, 5))
			.map((l) => `- [${l.title}](/${l.kind}/${l.slug}/)`)
			.join('\n'),
	);
	return {
		kind,
		slug,
		title,
		text: `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body.join('\n\n')}\n`,
	};
}
