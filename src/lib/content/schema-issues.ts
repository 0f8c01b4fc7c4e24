/**
 * The one friendly-error helper for zod: turns a schema's issues into sentences that name the
 * field, quote the bad value and say how to fix it (the closest field name or allowed value),
 * instead of zod's own wording ("Invalid option", "Too small: expected string to have >=1
 * characters"). Every frontmatter and passage check reports through it.
 */
import type { core, ZodType } from 'zod';
import { closest } from '../closest.ts';

/** One issue in words: where, what is wrong, and how to fix it. */
export interface IssueText {
	path: (string | number)[];
	detail: string;
	fix: string;
}

const PAGE_GUIDE = 'the README\'s "Adding a page" section';

/** The issues of `schema.safeParse(data)`, in words; unknown keys become one issue each. */
export function issueTexts(
	schema: ZodType,
	data: unknown,
	issues: readonly core.$ZodIssue[],
	guide = PAGE_GUIDE,
): IssueText[] {
	const fix = `Fix the value as ${guide} shows`;
	const add = `Add it as ${guide} shows`;
	return issues.flatMap((issue): IssueText[] => {
		const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
		const value = valueAt(data, path);
		switch (issue.code) {
			case 'unrecognized_keys': {
				const known = keysAt(schema, path);
				return issue.keys.map((key) => {
					const near = closest(key, known);
					return {
						path: [...path, key],
						detail: `is not a known field${path.length ? ` of ${path.join('.')}` : ''}`,
						fix: `Delete it or correct its name${near ? ` (closest: ${JSON.stringify(near)})` : ''}`,
					};
				});
			}
			case 'invalid_type':
				if (value === undefined) return [{ path, detail: 'is missing', fix: add }];
				return [
					{ path, detail: `must be ${article(issue.expected)}, not ${describe(value)}`, fix },
				];
			case 'invalid_value': {
				const allowed = issue.values.map((v) => JSON.stringify(v));
				if (value === undefined)
					return [{ path, detail: `is missing: give one of ${allowed.join(', ')}`, fix: add }];
				const near =
					typeof value === 'string' ? closest(value, issue.values.map(String)) : undefined;
				return [
					{
						path,
						detail: `must be one of ${allowed.join(', ')}, not ${describe(value)}`,
						fix: near
							? `Use ${JSON.stringify(near)}, the closest allowed value`
							: 'Use one of the allowed values',
					},
				];
			}
			case 'too_small':
			case 'too_big':
			case 'invalid_format':
				return [
					{
						path,
						detail: `${isDefault(issue.message) ? defaultText(issue) : issue.message}, not ${describe(value)}`,
						fix,
					},
				];
			default:
				return [
					{
						path,
						detail: isDefault(issue.message) ? `is invalid: ${describe(value)}` : issue.message,
						fix,
					},
				];
		}
	});
}

/** zod's own messages start with these words; the schemas' own messages never do. */
const isDefault = (message: string) => /^(Invalid|Too (small|big))\b/.test(message);

function defaultText(issue: core.$ZodIssue): string {
	if (issue.code === 'too_small')
		return issue.origin === 'array'
			? `needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`
			: `must be at least ${issue.minimum} characters long`;
	if (issue.code === 'too_big')
		return issue.origin === 'array'
			? `may have at most ${issue.maximum} items`
			: `must be at most ${issue.maximum} characters long`;
	return 'is not in the expected format';
}

const article = (type: string) =>
	type === 'array'
		? 'a list'
		: type === 'object'
			? 'a mapping of fields'
			: /^[aeiou]/.test(type)
				? `an ${type}`
				: `a ${type}`;

/** A value as a message quotes it: text in quotes (shortened), lists and mappings by kind. */
export function describe(value: unknown): string {
	if (value === undefined) return 'missing';
	if (value === null) return 'empty';
	if (typeof value === 'string')
		return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
	if (value instanceof Date)
		return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
	if (Array.isArray(value)) return `a list of ${value.length}`;
	if (typeof value === 'object') return 'a mapping of fields';
	return String(value);
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
	let value = data;
	for (const step of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string | number, unknown>)[step];
	}
	return value;
}

type Def = {
	type?: string;
	shape?: Record<string, ZodType>;
	element?: ZodType;
	innerType?: ZodType;
	in?: ZodType;
};
const defOf = (schema: ZodType | undefined): Def | undefined =>
	(schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/** The field names the schema allows at `path` (for "closest" suggestions). */
export function keysAt(schema: ZodType, path: readonly (string | number)[]): string[] {
	let node: ZodType | undefined = schema;
	const unwrap = () => {
		for (let d = defOf(node); d && (d.innerType || d.type === 'pipe'); d = defOf(node))
			node = d.innerType ?? d.in;
	};
	for (const step of path) {
		unwrap();
		const def = defOf(node);
		node = typeof step === 'number' ? def?.element : def?.shape?.[step];
	}
	unwrap();
	return Object.keys(defOf(node)?.shape ?? {});
}
