/** Counts of the knowledge base, as the content issue's acceptance asks for them. */
import type { CheckedPage } from './check-project.ts';
import type { Library } from '../bibliography/library.ts';
import type { Problem } from '../../errors.ts';

/** The figures an editor checks at a glance. */
export interface ContentStats {
	pages: Record<string, number>;
	references: number;
	claims: number;
	unknownKeys: number;
	failedClaimChecks: number;
	pagesWithoutEvidenceOrStatement: string[];
}


/** Computes the counts from one project check. */
export function contentStats(
	pages: readonly CheckedPage[],
	library: Library,
	problems: readonly Problem[],
): ContentStats {
	const count: Record<string, number> = {};
	for (const p of pages) count[p.kind] = (count[p.kind] ?? 0) + 1;
	return {
		pages: count,
		references: library.entries.length,
		claims: pages.reduce((n, p) => n + (p.page?.evidence.length ?? 0), 0),
		unknownKeys: problems.filter((p) => p.name === 'UnknownCitationKey').length,
		failedClaimChecks: problems.filter((p) => p.rule?.startsWith('claims:') && p.severity === 'error')
			.length,
		pagesWithoutEvidenceOrStatement: pages
			.filter((p) => p.page && p.page.evidence.length === 0 && !p.page.noTrialsFound)
			.map((p) => p.file.path),
	};
}
