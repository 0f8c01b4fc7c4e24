/**
 * `bibliography:*` hygiene and `pages:stale-review`, for the project's own content: unused
 * entries, articles without DOI or PMID, old reviews. What the build checks (one DOI under two
 * keys, retracted or superseded sources wherever cited) is reported once, from the build's own
 * problems, by ./claims-check.ts.
 */
import { citedKeys } from '../../content/cited-keys.ts';
import type { AuditRule, Finding } from '../types.ts';

/** Pages not reviewed for longer than this many months are reported. */
export const REVIEW_MAX_MONTHS = 24;

export const rule: AuditRule = {
	id: 'bibliography:hygiene',
	description: 'Unused entries, articles without identifiers, stale reviews.',
	run(ctx) {
		const out: Finding[] = [];
		if (!ctx.project.whole) return out;
		const entries = ctx.library.entries;
		const at = (file: string, line: number) => ({ file, line, column: 1 });
		for (const e of entries) {
			if (e.type === 'article' && !e.fields['doi'] && !e.fields['pmid']) {
				out.push({
					name: 'bibliography:missing-identifier',
					...at(e.file, e.line),
					severity: 'warning',
					message: `The article "${e.key}" has neither a DOI nor a PMID. Add one verified on the source or its PubMed record, or say in "note" why none could be verified.`,
				});
			}
		}
		// A finding cites its source wherever it is shown (a finding shown nowhere is a build error).
		const used = new Set<string>([...ctx.project.findings.values()].map((f) => f.source));
		for (const p of ctx.project.pages) {
			citedKeys(p.file.body).forEach((k) => used.add(k));
			const reviewed = p.page?.reviewed;
			if (reviewed && monthsBetween(reviewed, ctx.now) > REVIEW_MAX_MONTHS) {
				out.push({
					name: 'pages:stale-review',
					...at(p.file.path, 1),
					severity: 'warning',
					message: `The page was last reviewed on ${reviewed.toISOString().slice(0, 10)}, more than ${REVIEW_MAX_MONTHS} months ago. Review it and update "reviewed".`,
				});
			}
		}
		for (const e of entries) {
			if (!used.has(e.key))
				out.push({
					name: 'bibliography:unused',
					...at(e.file, e.line),
					severity: 'warning',
					message: `The entry "${e.key}" is cited by no page. Cite it where it belongs or remove it.`,
				});
		}
		return out;
	},
};

function monthsBetween(from: Date, to: Date): number {
	return (
		(to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth())
	);
}
