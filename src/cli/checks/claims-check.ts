/**
 * `claims:*`, `citations:unknown-key`, `bibliography:*`: the build's own checks (src/lib/check-project.ts),
 * reported by the audit under rule ids. Only runs when the project's content is audited.
 */
import type { AuditRule } from './types.ts';

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
	InvalidFrontmatter: 'content:invalid-frontmatter',
	MdxSyntax: 'content:mdx-syntax',
};

/** Maps a catalogue error name to an audit rule id (`bibliography:<name>` for the rest). */
export function ruleIdOf(name: string): string {
	return RULE_IDS[name] ?? `bibliography:${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}`;
}

export const rule: AuditRule = {
	id: 'claims:check',
	description: 'The build checks: unknown keys, claims not supported by their sources, bibliography errors.',
	run(ctx) {
		return (ctx.project?.problems ?? []).map((p) => ({ ...p, name: ruleIdOf(p.name) }));
	},
};
