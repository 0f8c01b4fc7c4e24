/**
 * Reads the numbers in a text however they are written, so a claim cannot slip a number past
 * the check by spelling it: ASCII digits, any other Unicode decimal digits (Arabic-Indic "٧٢",
 * fullwidth "７２", mathematical digits), English number words ("seventy-two", "one hundred and
 * five"), Unicode minus signs and thousands separators.
 */

const UNITS: Record<string, number> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
};
const TENS: Record<string, number> = {
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };
const WORD = [...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES)].join('|');
// A run of number words, joined by spaces, hyphens or "and" ("one hundred and five").
const RUN = new RegExp(String.raw`\b(?:${WORD})(?:(?:[\s-]+(?:and[\s-]+)?)(?:${WORD}))*\b`, 'gi');

/** Replaces every Unicode decimal digit by its ASCII digit. */
export function asciiDigits(text: string): string {
	return text.replace(/\p{Nd}/gu, (digit) => {
		if (digit >= '0' && digit <= '9') return digit;
		// Unicode assigns each decimal digit set as a run of 10 consecutive code points, 0 to 9, and
		// runs may follow one another (mathematical digits): the value is the distance from the run's
		// start, counted modulo 10.
		let cp = digit.codePointAt(0) ?? 0;
		let steps = 0;
		while (/\p{Nd}/u.test(String.fromCodePoint(cp - 1))) {
			cp--;
			steps++;
		}
		return String(steps % 10);
	});
}

/** The value of a run of number words ("seventy-two" → 72), or undefined if it is not one number. */
export function wordsValue(run: string): number | undefined {
	let total = 0;
	let current = 0;
	let last: 'unit' | 'tens' | 'hundred' | 'scale' | undefined;
	for (const word of run.toLowerCase().split(/[\s-]+/)) {
		if (word === 'and') continue;
		const unit = UNITS[word];
		const tens = TENS[word];
		if (unit !== undefined) {
			if (last === 'unit') return undefined; // "two three" is two numbers
			current += unit;
			last = 'unit';
		} else if (tens !== undefined) {
			if (last === 'unit' || last === 'tens') return undefined;
			current += tens;
			last = 'tens';
		} else if (word === 'hundred') {
			if (last === 'hundred') return undefined;
			current = (current || 1) * 100;
			last = 'hundred';
		} else {
			total += (current || 1) * (SCALES[word] ?? 1);
			current = 0;
			last = 'scale';
		}
	}
	return total + current;
}

/**
 * Writes number words as digits ("seventy-two percent" → "72 percent"). A lone "one" stays a
 * word: in claims it counts the evidence ("in one trial", "one of the reviews"), not a result.
 */
export function numberWordsToDigits(text: string): string {
	return text.replace(RUN, (run) => {
		if (run.toLowerCase() === 'one') return run;
		const value = wordsValue(run);
		return value === undefined ? run : String(value);
	});
}
