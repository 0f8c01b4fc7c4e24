/**
 * Checks an evidence claim against its sources: the quote is in the stored source text, every
 * number is in the quote or the source, certainty and direction are consistent with the sources
 * and the interval, and no retracted or superseded source slips through. Pure functions: the build
 * and the editors' audit call the same ones.
 */
import { retractionOf } from '../bibliography/rules.ts';
import { problem, type Problem } from '../../errors.ts';
import { EFFECT_TYPES, type EffectType, type Finding } from '../../schemas/finding.ts';
import type { BibEntry } from '../bibliography/entry.ts';
import { closest } from '../closest.ts';
import { asciiDigits, numberWordsToDigits } from './number-text.ts';
import type { Passage } from './passages.ts';

/** What the checks need to know about the project. */
export interface FindingContext {
	byKey: ReadonlyMap<string, BibEntry>;
	passages: ReadonlyMap<string, readonly Passage[]>;
	conditions: ReadonlySet<string>;
	techniques: ReadonlySet<string>;
}

/** Turns a finding field path into a file position (the caller knows the file). */
export type Locate = (path: readonly (string | number)[]) => {
	file: string;
	line: number;
	column: number;
};

/** Normalises text for quote comparison: case, whitespace, quotes, dashes, ellipses, thousands. */
export function comparableText(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'")
		.replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
		.replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-')
		.replace(/\u2026/g, '...')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Splits a quote at `[...]` gaps into the pieces that must appear, in order. */
export function quotePieces(quote: string): string[] {
	return quote.split(/\s*\[(?:\.\.\.|…)\]\s*/).filter((p) => p.trim().length > 0);
}

/** How many pieces of `quote` appear in `source`, in order, before the first one that does not. */
export function piecesFound(quote: string, source: string): number {
	const haystack = comparableText(source);
	const pieces = quotePieces(quote);
	let from = 0;
	for (let i = 0; i < pieces.length; i++) {
		const needle = comparableText(pieces[i] ?? '');
		const at = haystack.indexOf(needle, from);
		if (at < 0) return i;
		from = at + needle.length;
	}
	return pieces.length;
}

/**
 * Checks that the whole quote, `[...]` gaps included, lies inside one passage of one source:
 * a quote stitched from two passages, or two sources, says something no single passage says.
 * Returns the first piece missing from the passage that holds most of the quote, and whether
 * every piece exists somewhere (then the quote was stitched).
 */
export function quoteProblem(
	quote: string,
	passages: readonly string[],
): { piece: string; stitched: boolean } | undefined {
	const pieces = quotePieces(quote);
	let best = -1;
	for (const passage of passages) {
		const found = piecesFound(quote, passage);
		if (found === pieces.length) return undefined;
		best = Math.max(best, found);
	}
	const piece = pieces[Math.max(best, 0)] ?? quote;
	const stitched =
		passages.length > 1 && pieces.every((p) => passages.some((text) => piecesFound(p, text) === 1));
	return { piece, stitched };
}

/**
 * The numbers in a text, sign dropped and thousands separators removed ("3,096" → 3096), read
 * from digits of any script and from number words ("seventy-two" → 72).
 */
export function numbersIn(text: string): number[] {
	const plain = numberWordsToDigits(asciiDigits(comparableText(text))).replace(
		/(\d),(?=\d{3}\b)/g,
		'$1',
	);
	return [...plain.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

/** The value meaning "no effect" for an effect type: 1 for ratios, 0 for differences. */
export function nullValueOf(type: EffectType): number {
	return EFFECT_TYPES[type];
}

/** Runs every check of one finding; returns located problems (errors and warnings). */
export function checkFinding(finding: Finding, ctx: FindingContext, at: Locate): Problem[] {
	const out: Problem[] = [];
	const key = finding.source;
	const entry = ctx.byKey.get(key);
	const keys = `"${key}"`;
	const passages = (ctx.passages.get(key) ?? []).map((p) => p.text);
	const sourceText = passages.join('\n');

	const quoted = entry ? quoteProblem(finding.quote, passages) : undefined;
	if (quoted?.stitched)
		out.push(problem('QuoteAcrossPassages', at(['quote']), { keys, piece: quoted.piece }));
	else if (quoted)
		out.push(problem('QuoteNotInSource', at(['quote']), { keys, piece: quoted.piece }));

	const allowed = new Set([...numbersIn(finding.quote), ...numbersIn(sourceText)]);
	const numbered: [string, string][] = [['statement', finding.statement]];
	for (const field of ['studies', 'participants'] as const) {
		const value = finding[field];
		if (value !== undefined) numbered.push([field, String(value)]);
	}
	if (finding.effect) {
		for (const field of ['estimate', 'ciLow', 'ciHigh', 'importantDifference'] as const) {
			const value = finding.effect[field];
			if (value !== undefined) numbered.push([`effect.${field}`, String(value)]);
		}
	}
	if (finding.rates) {
		for (const field of ['technique', 'comparison'] as const)
			numbered.push([`rates.${field}`, String(finding.rates[field])]);
	}
	for (const [field, text] of numbered) {
		for (const value of numbersIn(text)) {
			if (entry && !allowed.has(value)) {
				out.push(
					problem('NumberNotInSource', at(field.split('.')), { value: String(value), field, keys }),
				);
			}
		}
	}

	if (finding.certainty === 'high') {
		const strong = /systematic review|guideline|meta-analysis/i.test(
			entry?.fields['studytype'] ?? '',
		);
		if (!strong) out.push(problem('HighCertaintyWithoutReview', at(['certainty']), { keys }));
	}

	const e = finding.effect;
	if (finding.direction === 'benefit' && e?.ciLow !== undefined && e.ciHigh !== undefined) {
		// The schema refuses an interval whose bounds are out of order, so none is swapped here.
		const nullValue = nullValueOf(e.type);
		if (e.ciLow <= nullValue && nullValue <= e.ciHigh) {
			out.push(
				problem('BenefitWithNullInterval', at(['direction']), {
					low: e.ciLow,
					high: e.ciHigh,
					nullValue,
				}),
			);
		}
	}

	if (entry) {
		const retraction = retractionOf(entry.fields);
		if (retraction && !finding.citesRetracted)
			out.push(problem('RetractedSource', at(['id']), { key, how: retraction }));
		const newer = entry.fields['supersededby'];
		if (newer) out.push(problem('SupersededSource', at(['id']), { key, newer }, 'warning'));
	}

	finding.conditions.forEach((slug, i) => {
		if (!ctx.conditions.has(slug))
			out.push(
				problem('UnknownCondition', at(['conditions', i]), {
					slug,
					closest: closest(slug, ctx.conditions),
				}),
			);
	});
	finding.techniques.forEach((slug, i) => {
		if (!ctx.techniques.has(slug))
			out.push(
				problem('UnknownSlug', at(['techniques', i]), {
					kind: 'technique',
					slug,
					closest: closest(slug, ctx.techniques),
				}),
			);
	});
	return out;
}
