/**
 * The one list of content kinds: each kind's folder (content/<kind>/), schema, labels, URL and
 * Pagefind weights, in display order. The collections, the checks, the pages, the search facets,
 * the navigation and the stats all read it. Technique and condition pages are the subject
 * pages, so they weigh most for their own names; claims and guidelines have long titles that
 * mention those names in passing.
 */
import { CommonClaimSchema } from './common-claim.ts';
import { ConditionSchema } from './condition.ts';
import { GuidelineSchema } from './guideline.ts';
import { TechniqueSchema } from './technique.ts';

export const KINDS = {
	techniques: {
		schema: TechniqueSchema,
		singular: 'Technique',
		plural: 'Techniques',
		base: '/techniques/',
		titleWeight: 10,
		aliasWeight: 8,
	},
	conditions: {
		schema: ConditionSchema,
		singular: 'Condition',
		plural: 'Conditions',
		base: '/conditions/',
		titleWeight: 10,
		aliasWeight: 8,
	},
	claims: {
		schema: CommonClaimSchema,
		singular: 'Common claim',
		plural: 'Common claims',
		base: '/claims/',
		titleWeight: 4,
		aliasWeight: 3,
	},
	guidelines: {
		schema: GuidelineSchema,
		singular: 'Guideline',
		plural: 'Guidelines',
		base: '/guidelines/',
		titleWeight: 6,
		aliasWeight: 5,
	},
} as const;

/** A content kind such as `techniques`. */
export type Kind = keyof typeof KINDS;

/** The kinds in display order. */
export const KIND_NAMES = Object.keys(KINDS) as Kind[];

/** True when a folder name is a content kind. */
export const isKind = (name: string): name is Kind => Object.hasOwn(KINDS, name);
