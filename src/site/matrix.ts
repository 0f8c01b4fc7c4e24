/**
 * The evidence matrix: techniques × conditions, each cell listing every finding tagged for both,
 * wherever the finding is displayed, with its direction and the certainty per direction
 * ("benefit, low · no difference, moderate"). A cell never gives one certainty for findings that
 * point different ways.
 */
import {
	CERTAINTY_LEVELS,
	DIRECTIONS,
	type Certainty,
	type Direction,
	type Finding,
} from '../schemas/finding.ts';

/** One direction in a cell: the findings that point that way and the best certainty among them. */
export interface CellDirection {
	direction: Direction;
	count: number;
	certainty: Certainty;
	/** The findings pointing this way, most certain first (stable otherwise). */
	findings: Finding[];
	/** The finding the direction links to (the most certain one). */
	first: Finding;
}

/** One cell: its findings, and their directions in a fixed order. */
export interface MatrixCell {
	findings: Finding[];
	directions: CellDirection[];
}

/** Groups findings by direction, each with its best certainty, in the order of DIRECTIONS. */
export function directionsOf(findings: readonly Finding[]): CellDirection[] {
	return DIRECTIONS.flatMap((direction) => {
		const these = CERTAINTY_LEVELS.flatMap((c) =>
			findings.filter((f) => f.direction === direction && f.certainty === c),
		);
		const first = these[0];
		return first
			? [{ direction, count: these.length, certainty: first.certainty, findings: these, first }]
			: [];
	});
}

/**
 * Builds the matrix: rows are the techniques with at least one finding, columns the conditions
 * with at least one, both sorted by title; `cell` gives the findings tagged for both.
 */
export function buildMatrix(
	findings: readonly Finding[],
	techniqueTitles: ReadonlyMap<string, string>,
	conditionTitles: ReadonlyMap<string, string>,
) {
	const byTitle = (titles: ReadonlyMap<string, string>) => (a: string, b: string) =>
		(titles.get(a) ?? a).localeCompare(titles.get(b) ?? b);
	const paired = findings.filter((f) => f.techniques.length > 0 && f.conditions.length > 0);
	const rows = [...new Set(paired.flatMap((f) => f.techniques))]
		.filter((t) => techniqueTitles.has(t))
		.sort(byTitle(techniqueTitles));
	const columns = [...new Set(paired.flatMap((f) => f.conditions))]
		.filter((c) => conditionTitles.has(c))
		.sort(byTitle(conditionTitles));
	const cell = (technique: string, condition: string): MatrixCell => {
		const these = paired.filter(
			(f) => f.techniques.includes(technique) && f.conditions.includes(condition),
		);
		return { findings: these, directions: directionsOf(these) };
	};
	return { rows, columns, cell };
}
