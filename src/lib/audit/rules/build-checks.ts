/**
 * `claims:*`, `citations:unknown-key`, `bibliography:*`: the build's own checks (src/lib/content/check-project.ts),
 * reported by the audit under rule ids, for the whole project or for the given pages.
 */
import type { AuditRule } from '../types.ts';

const RULE_IDS: Record<string, string> = {
	UnknownCitationKey: 'citations:unknown-key',
	QuoteNotInSource: 'claims:quote-not-in-source',
	NumberNotInSource: 'claims:number-not-in-source',
	HighCertaintyWithoutReview: 'claims:high-certainty-without-review',
	BenefitWithNullInterval: 'claims:benefit-with-null-interval',
	RetractedSource: 'claims:retracted-source',
	SupersededSource: 'claims:superseded-source',
	UnknownCondition: 'claims:unknown-condition',
	DuplicateClaimId: 'claims:duplicate-id',
	QuoteAcrossPassages: 'claims:quote-across-passages',
	RetractedCitation: 'citations:retracted-source',
	InvalidFrontmatter: 'content:invalid-frontmatter',
	MdxSyntax: 'content:mdx-syntax',
};

/**
 * Maps a catalogue error name to an audit rule id; the rest are `bibliography:<name>` for
 * problems in bibliography/ and `content:<name>` for problems in pages.
 */
export function ruleIdOf(name: string, file = ''): string {
	const kebab = name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
	return (
		RULE_IDS[name] ?? `${file.startsWith('bibliography/') ? 'bibliography' : 'content'}:${kebab}`
	);
}

export const rule: AuditRule = {
	id: 'claims:check',
	description:
		'The build checks: unknown keys, claims not supported by their sources, bibliography errors.',
	run(ctx) {
		return ctx.project.problems.map((p) => ({ ...p, name: ruleIdOf(p.name, p.file) }));
	},
};
