/** The evidence matrix: techniques × conditions, each cell summarising the claims that link them. */
import type { Claim } from '../schemas/claim.ts';
import { bestCertainty } from './search-facets.ts';

/** A technique page with its claims. */
export interface MatrixTechnique {
	slug: string;
	title: string;
	evidence: readonly Claim[];
}

/** One cell: the claims of a technique about a condition, summarised. */
export interface MatrixCell {
	claims: Claim[];
	direction:
		'benefit' | 'no difference' | 'harm' | 'mixed' | 'findings without an effect size' | undefined;
	certainty: Claim['certainty'] | undefined;
	/** The id of the most certain claim, where the cell links. */
	firstClaim: string | undefined;
}

/** Summarises the directions of a set of claims in words. */
export function directionOf(claims: readonly Claim[]): MatrixCell['direction'] {
	const directions = new Set(claims.flatMap((c) => (c.effect ? [c.effect.direction] : [])));
	if (claims.length === 0) return undefined;
	if (directions.size === 0) return 'findings without an effect size';
	if (directions.size > 1) return 'mixed';
	return [...directions][0];
}

/**
 * Builds the matrix rows (techniques with claims) and columns (every condition any claim is about,
 * `otherConditions` being those named by claims on other pages).
 */
export function buildMatrix(
	techniques: readonly MatrixTechnique[],
	conditionTitles: ReadonlyMap<string, string>,
	otherConditions: Iterable<string> = [],
) {
	const rows = techniques
		.filter((t) => t.evidence.length > 0)
		.sort((a, b) => a.title.localeCompare(b.title));
	const used = new Set([
		...rows.flatMap((t) => t.evidence.map((c) => c.condition)),
		...otherConditions,
	]);
	const columns = [...used]
		.filter((slug) => conditionTitles.has(slug))
		.sort((a, b) => (conditionTitles.get(a) ?? a).localeCompare(conditionTitles.get(b) ?? b));
	const cell = (t: MatrixTechnique, condition: string): MatrixCell => {
		const claims = t.evidence.filter((c) => c.condition === condition);
		const certainty = bestCertainty(claims);
		return {
			claims,
			direction: directionOf(claims),
			certainty,
			firstClaim: claims.find((c) => c.certainty === certainty)?.id,
		};
	};
	return { rows, columns, cell };
}
