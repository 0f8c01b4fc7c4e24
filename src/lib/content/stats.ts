/** Counts of the knowledge base, for editors at a glance and machines as JSON (`npm run stats`). */
import type { CheckedPage } from './check-project.ts';
import type { Library } from '../bibliography/library.ts';
import type { Problem } from '../../errors.ts';
import type { Finding } from '../../schemas/finding.ts';

/** The figures an editor checks at a glance. */
export interface ContentStats {
	/** Pages by kind. */
	pages: Record<string, number>;
	references: number;
	findings: number;
	findingsWithEffect: number;
	/** Pages that state what was searched (required where a page shows no findings). */
	pagesWithSearchStatement: number;
	unknownKeys: number;
	failedFindingChecks: number;
	/** Every failed check: findings, pages and the bibliography. */
	failedChecks: number;
}

/** Computes the counts from one project check. */
export function contentStats(
	pages: readonly CheckedPage[],
	library: Library,
	findings: ReadonlyMap<string, Finding>,
	problems: readonly Problem[],
): ContentStats {
	const count: Record<string, number> = {};
	for (const p of pages) count[p.kind] = (count[p.kind] ?? 0) + 1;
	const all = [...findings.values()];
	return {
		pages: count,
		references: library.entries.length,
		findings: all.length,
		findingsWithEffect: all.filter((f) => f.effect).length,
		pagesWithSearchStatement: pages.filter((p) => p.page?.searched).length,
		unknownKeys: problems.filter((p) => p.name === 'UnknownCitationKey').length,
		failedFindingChecks: problems.filter(
			(p) => p.rule?.startsWith('findings:') && p.severity === 'error',
		).length,
		failedChecks: problems.filter((p) => p.severity === 'error').length,
	};
}
