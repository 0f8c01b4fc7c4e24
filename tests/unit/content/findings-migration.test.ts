// The 118 claims that pages used to copy became findings stored once beside their source. This
// test holds the migration to its record (tests/fixtures/migration/: every claim as it was, and
// which findings each became): none was lost, each kept its source, quote and numbers, each is
// still shown on the page that showed it, and copies rated differently now carry one rating.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkProject } from '../../../src/lib/content/check-project.ts';
import { findingsOf } from '../../../src/lib/content/shown-findings.ts';
import { comparableText, quotePieces } from '../../../src/lib/content/finding-checks.ts';
import { CERTAINTY_LEVELS, type Certainty } from '../../../src/schemas/finding.ts';

interface OldClaim {
	ref: string;
	id: string;
	statement: string;
	sources: string[];
	certainty: Certainty;
	quote: string;
	effect?: { estimate: number; ciLow?: number; ciHigh?: number };
}

const record = (name: string): unknown =>
	JSON.parse(readFileSync(join('tests', 'fixtures', 'migration', name), 'utf8'));
const before = record('claims-before.json') as OldClaim[];
const mapping = record('mapping.json') as Record<string, string[]>;
/** Findings deliberately taken off a page after the migration, each with its reason. */
const corrections = record('corrections.json') as {
	ref: string;
	finding: string;
	/** The condition the finding no longer carries, when it was taken off a page. */
	untagged?: string;
	/** The old quote, when the finding now quotes the source's own words instead. */
	requoted?: string;
	why: string;
}[];
const { pages, findings } = checkProject(process.cwd());
const findingsOfOld = (c: OldClaim) => (mapping[c.ref] ?? []).map((k) => findings.get(k));

test('every one of the 118 claims maps to findings that exist, and every finding is accounted for', () => {
	expect(before).toHaveLength(118);
	expect(Object.keys(mapping).sort()).toEqual(before.map((c) => c.ref).sort());
	for (const c of before) {
		expect(mapping[c.ref]?.length, c.ref).toBeGreaterThan(0);
		expect(findingsOfOld(c), c.ref).not.toContain(undefined);
	}
	// Findings written after the migration are not in the record; none of the migrated ones is gone.
	const migrated = new Set(Object.values(mapping).flat());
	for (const key of migrated) expect(findings.has(key), key).toBe(true);
});

test('each claim kept its source, its quote and its numbers', () => {
	for (const c of before) {
		const now = findingsOfOld(c).filter((f) => f !== undefined);
		for (const f of now) expect(f.source, c.ref).toBe(c.sources[0]);
		// The same quote, or (where one claim held two results) the new quote's pieces inside the
		// old quote, or (where copies merged) the old quote inside the kept one.
		const old = comparableText(c.quote);
		const carried = now.some((f) => {
			const q = comparableText(f.quote);
			return (
				q === old ||
				quotePieces(f.quote).every((p) => old.includes(comparableText(p))) ||
				quotePieces(c.quote).every((p) => q.includes(comparableText(p)))
			);
		});
		const requoted = corrections.find((x) => x.ref === c.ref && x.requoted === c.quote);
		if (requoted)
			expect(carried, `${c.ref}: ${requoted.why}`).toBe(false); // it was requoted, not kept
		else expect(carried, `${c.ref}: quote not carried`).toBe(true);
		if (c.effect) {
			const same = now.some(
				(f) =>
					f.effect?.estimate === c.effect?.estimate &&
					(c.effect?.ciLow === undefined || f.effect?.ciLow === c.effect.ciLow) &&
					(c.effect?.ciHigh === undefined || f.effect?.ciHigh === c.effect.ciHigh),
			);
			expect(same, `${c.ref}: effect numbers changed`).toBe(true);
		}
	}
});

test('a claim that became one finding of its own kept its id', () => {
	const claimsOf = new Map<string, OldClaim[]>();
	for (const c of before)
		for (const k of mapping[c.ref] ?? []) claimsOf.set(k, [...(claimsOf.get(k) ?? []), c]);
	const renamed = [...claimsOf]
		.filter(([, cs]) => cs.length === 1 && mapping[cs[0]?.ref ?? '']?.length === 1)
		.filter(([key, cs]) => key.split('/')[1] !== cs[0]?.id)
		.map(([key, cs]) => `${cs[0]?.ref} -> ${key}`);
	// One rename, on purpose: the acupuncture page's copy read the result from massage's side.
	expect(renamed).toEqual([
		'techniques/acupuncture#massage-better-than-acupuncture-1-year -> cherkin2001/acupuncture-worse-than-massage-1-year',
	]);
});

test('every claim is still shown on the page that showed it', () => {
	for (const c of before) {
		const [kindSlug = ''] = c.ref.split('#');
		const [kind = '', slug = ''] = kindSlug.split('/');
		const page = pages.find((p) => p.kind === kind && p.slug === slug);
		expect(page, c.ref).toBeDefined();
		const shown = findingsOf({ findings }, kind, slug, page?.page).map((f) => f.key);
		for (const key of mapping[c.ref] ?? []) {
			const corrected = corrections.find(
				(x) => x.ref === c.ref && x.finding === key && x.untagged !== undefined,
			);
			if (corrected) expect(shown, `${c.ref} -> ${key}: ${corrected.why}`).not.toContain(key);
			else expect(shown, `${c.ref} -> ${key}`).toContain(key);
		}
	}
});

test('each correction after the migration names a migrated claim, and took the finding off its page or requoted it', () => {
	expect(corrections.length).toBeGreaterThan(0);
	for (const x of corrections) {
		expect(mapping[x.ref], x.ref).toContain(x.finding);
		expect(x.why.length, x.ref).toBeGreaterThan(20);
		if (x.untagged)
			expect(findings.get(x.finding)?.conditions, x.finding).not.toContain(x.untagged);
		if (x.requoted) expect(findings.get(x.finding)?.quote, x.finding).not.toBe(x.requoted);
	}
});

test('copies rated differently now carry one rating, the most cautious of theirs', () => {
	const ratings = new Map<string, Certainty[]>();
	for (const c of before)
		for (const k of mapping[c.ref] ?? []) ratings.set(k, [...(ratings.get(k) ?? []), c.certainty]);
	const conflicts = [...ratings].filter(([, rs]) => new Set(rs).size > 1);
	expect(conflicts.length).toBeGreaterThanOrEqual(5);
	for (const [key, rs] of conflicts) {
		const lowest = [...CERTAINTY_LEVELS].reverse().find((l) => rs.includes(l));
		expect(findings.get(key)?.certainty, key).toBe(lowest);
	}
});

test("hidalgo2014's sham comparisons are rated low by the editors: the review's \"strong\" is its own scale", () => {
	const hidalgo = [...findings.values()].filter((f) => f.source === 'hidalgo2014');
	expect(hidalgo.length).toBeGreaterThan(0);
	for (const f of hidalgo) {
		expect(f.certainty, f.key).toBe('low');
		expect(f.certaintySource).toBe('editors');
		expect(f.certaintyReason).toMatch(/not a GRADE rating/);
	}
});
