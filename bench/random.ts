/**
 * A small seeded pseudo-random generator (mulberry32, https://gist.github.com/tommyettinger/46a874533244883189143505d203312c)
 * so the benchmark corpus is the same on every machine and every run for a given seed.
 */

/** Deterministic random helpers over one seeded stream. */
export interface Random {
	/** A float in [0, 1). */
	next: () => number;
	/** An integer in [min, max], both included. */
	int: (min: number, max: number) => number;
	/** A number in [min, max) rounded to `digits` decimals. */
	decimal: (min: number, max: number, digits: number) => number;
	/** One element of a non-empty list. */
	pick: <T>(list: readonly T[]) => T;
	/** `count` distinct elements of a list (all of it when shorter), in random order. */
	sample: <T>(list: readonly T[], count: number) => T[];
	/** True with probability `p`. */
	chance: (p: number) => boolean;
}

/** Creates a generator from a 32-bit seed. */
export function createRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(list: readonly T[]): T => {
		const item = list[Math.floor(next() * list.length)];
		if (item === undefined) throw new Error('pick() needs a non-empty list');
		return item;
	};
	const sample = <T>(list: readonly T[], count: number): T[] => {
		const copy = [...list];
		const out: T[] = [];
		while (out.length < count && copy.length > 0)
			out.push(...copy.splice(Math.floor(next() * copy.length), 1));
		return out;
	};
	const decimal = (min: number, max: number, digits: number): number =>
		Number((min + next() * (max - min)).toFixed(digits));
	return { next, int, decimal, pick, sample, chance: (p) => next() < p };
}
