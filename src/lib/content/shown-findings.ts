/**
 * Which findings a page shows, the one rule the checks, the site and the tests share: a technique
 * or condition page shows every finding tagged for it; a common-claim or guideline page shows the
 * ids its `findings:` list names (ids that do not exist are reported by the checks, shown by none).
 */
import type { Finding } from '../../schemas/finding.ts';

/** The findings the page `kind`/`slug` shows; `page` is its frontmatter, when it has one. */
export function findingsOf(
	ctx: { findings: ReadonlyMap<string, Finding> },
	kind: string,
	slug: string,
	page: object | undefined,
): Finding[] {
	const all = [...ctx.findings.values()];
	if (kind === 'techniques') return all.filter((f) => f.techniques.includes(slug));
	if (kind === 'conditions') return all.filter((f) => f.conditions.includes(slug));
	const ids: unknown = page && 'findings' in page ? page.findings : [];
	return (Array.isArray(ids) ? ids : []).flatMap((id) =>
		typeof id === 'string' ? (ctx.findings.get(id) ?? []) : [],
	);
}

/**
 * A technique or condition page's findings in its two sections: whether it works (`effects`) and
 * its safety section (`topic: safety`). Other pages list their findings in one section, in order.
 */
export function splitSafety(
	kind: string,
	shown: readonly Finding[],
): { effects: Finding[]; safety: Finding[] } {
	if (kind !== 'techniques' && kind !== 'conditions') return { effects: [...shown], safety: [] };
	return {
		effects: shown.filter((f) => f.topic !== 'safety'),
		safety: shown.filter((f) => f.topic === 'safety'),
	};
}
