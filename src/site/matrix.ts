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

/** Past this many bytes of HTML (an estimate), the matrix is split into one page per condition. */
export const MATRIX_SPLIT_BYTES = 1_000_000;
// What one empty cell and one direction of a filled cell weigh in the built page, measured on
// this site's matrix (an empty cell about 70 bytes, a direction 250 plus 150 per listed finding).
const EMPTY_CELL_BYTES = 70;
const DIRECTION_BYTES = 250;
const LISTED_FINDING_BYTES = 150;

/**
 * Builds the matrix: rows are the techniques with at least one finding, columns the conditions
 * with at least one, both sorted by title; `cell` gives the findings tagged for both. `split`
 * says whether the full table would pass MATRIX_SPLIT_BYTES, so /matrix/ lists the conditions and
 * each condition's column gets its own page (/matrix/<condition>/).
 */
export function buildMatrix(
	findings: readonly Finding[],
	techniqueTitles: ReadonlyMap<string, string>,
	conditionTitles: ReadonlyMap<string, string>,
) {
	const byTitle = (titles: ReadonlyMap<string, string>) => (a: string, b: string) =>
		(titles.get(a) ?? a).localeCompare(titles.get(b) ?? b);
	const paired = findings.filter((f) => f.techniques.length > 0 && f.conditions.length > 0);
	// One pass over the findings: a cell is a lookup, not a scan of every finding.
	const byPair = new Map<string, Finding[]>();
	for (const f of paired)
		for (const t of f.techniques)
			for (const c of f.conditions) {
				const key = `${t}\u0000${c}`;
				byPair.set(key, [...(byPair.get(key) ?? []), f]);
			}
	const rows = [...new Set(paired.flatMap((f) => f.techniques))]
		.filter((t) => techniqueTitles.has(t))
		.sort(byTitle(techniqueTitles));
	const columns = [...new Set(paired.flatMap((f) => f.conditions))]
		.filter((c) => conditionTitles.has(c))
		.sort(byTitle(conditionTitles));
	const cells = new Map<string, MatrixCell>();
	const cell = (technique: string, condition: string): MatrixCell => {
		const key = `${technique}\u0000${condition}`;
		let found = cells.get(key);
		if (!found) {
			const these = byPair.get(key) ?? [];
			found = { findings: these, directions: directionsOf(these) };
			cells.set(key, found);
		}
		return found;
	};
	/** The techniques with findings for `condition`, in row order. */
	const rowsFor = (condition: string) => rows.filter((t) => byPair.has(`${t}\u0000${condition}`));
	let bytes = 0;
	for (const t of rows)
		for (const c of columns) {
			const x = byPair.has(`${t}\u0000${c}`) ? cell(t, c) : undefined;
			bytes += x
				? x.directions.reduce(
						(n, d) => n + DIRECTION_BYTES + (d.count > 1 ? d.count * LISTED_FINDING_BYTES : 0),
						0,
					)
				: EMPTY_CELL_BYTES;
		}
	return { rows, columns, cell, rowsFor, split: bytes > MATRIX_SPLIT_BYTES, estimatedBytes: bytes };
}
