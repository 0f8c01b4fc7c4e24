/**
 * `bibliography:*` hygiene and `pages:stale-review`: unused entries, one DOI under two keys,
 * articles without DOI or PMID, retracted or superseded sources cited in prose, old reviews.
 */
import { citedKeys } from '../../lib/cited-keys.ts';
import type { AuditRule, Finding } from './types.ts';

/** Pages not reviewed for longer than this many months are reported. */
export const REVIEW_MAX_MONTHS = 24;

export const rule: AuditRule = {
	id: 'bibliography:hygiene',
	description: 'Unused entries, duplicate DOIs, articles without identifiers, retracted or superseded sources cited, stale reviews.',
	run(ctx) {
		const out: Finding[] = [];
		if (!ctx.project) return out;
		const entries = ctx.library.entries;
		const at = (file: string, line: number) => ({ file, line, column: 1 });
		const byDoi = new Map<string, string>();
		for (const e of entries) {
			const doi = e.fields['doi']?.toLowerCase();
			if (doi) {
				const other = byDoi.get(doi);
				if (other) out.push({ name: 'bibliography:duplicate-doi', ...at(e.file, e.line), severity: 'error', message: `The DOI "${e.fields['doi']}" of "${e.key}" is also the DOI of "${other}". Keep one entry: the same work under two keys double-counts evidence.` });
				else byDoi.set(doi, e.key);
			}
			if (e.type === 'article' && !e.fields['doi'] && !e.fields['pmid']) {
				out.push({ name: 'bibliography:missing-identifier', ...at(e.file, e.line), severity: 'warning', message: `The article "${e.key}" has neither a DOI nor a PMID. Add one verified on the source or its PubMed record, or say in "note" why none could be verified.` });
			}
		}
		const used = new Set<string>();
		for (const p of ctx.project.pages) {
			const keys = citedKeys(p.file.body, p.page?.evidence ?? []);
			keys.forEach((k) => used.add(k));
			for (const key of keys) {
				const f = ctx.library.byKey.get(key)?.fields;
				if (f?.['retracted'] && f['retracted'] !== 'false') out.push({ name: 'bibliography:retracted-cited', ...at(p.file.path, 1), severity: 'error', message: `The page cites "${key}", which is marked retracted. Remove the citation or explain the retraction on the page.` });
				else if (f?.['supersededby']) out.push({ name: 'bibliography:superseded-cited', ...at(p.file.path, 1), severity: 'warning', message: `The page cites "${key}", superseded by "${f['supersededby']}". Cite the newer version unless the older one is the point.` });
			}
			const reviewed = p.page?.reviewed;
			if (reviewed && monthsBetween(reviewed, ctx.now) > REVIEW_MAX_MONTHS) {
				out.push({ name: 'pages:stale-review', ...at(p.file.path, 1), severity: 'warning', message: `The page was last reviewed on ${reviewed.toISOString().slice(0, 10)}, more than ${REVIEW_MAX_MONTHS} months ago. Review it and update "reviewed".` });
			}
		}
		for (const e of entries) {
			if (!used.has(e.key)) out.push({ name: 'bibliography:unused', ...at(e.file, e.line), severity: 'warning', message: `The entry "${e.key}" is cited by no page. Cite it where it belongs or remove it.` });
		}
		return out;
	},
};

function monthsBetween(from: Date, to: Date): number {
	return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
}
