/**
 * The parts of a finding that a sentence is built from, or nothing when the field holds no fact:
 * a row never reads "vs not applicable" or "at not stated in our sources".
 */
import type { Finding } from '../schemas/finding.ts';

/** A field value that says there is nothing to report ("not applicable (...)", "none"). */
const EMPTY = /^(none|not applicable\b)/i;
/** A follow-up the source does not give ("not stated in our sources", "not given in ..."). */
const NOT_GIVEN = /^not (stated|given|applicable)\b/i;

/** What the finding compares against, or undefined when it compares nothing. */
export function comparisonWords(f: Pick<Finding, 'comparison' | 'direction'>): string | undefined {
	if (f.direction === 'no comparison' || EMPTY.test(f.comparison.trim())) return undefined;
	return f.comparison;
}

/** When the outcome was measured, or undefined when the source does not say or it does not apply. */
export function followUpWords(f: Pick<Finding, 'followUp'>): string | undefined {
	return NOT_GIVEN.test(f.followUp.trim()) ? undefined : f.followUp;
}

/** Studies and people behind a finding, where the source gives them ("12 studies, 964 people"). */
export function basisWords(f: Pick<Finding, 'studies' | 'participants'>): string | undefined {
	const parts = [
		f.studies !== undefined && `${f.studies} ${f.studies === 1 ? 'study' : 'studies'}`,
		f.participants !== undefined && `${f.participants} people`,
	].filter((p): p is string => typeof p === 'string');
	return parts.length > 0 ? parts.join(', ') : undefined;
}
