// positionAt answers from a line index; it must agree with counting newlines from the start.
import { expect, test } from 'vitest';
import { placeInSource, positionAt } from '../../../src/lib/source-position.ts';

function counted(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < offset && i < text.length; i++) {
		if (text[i] === '\n') {
			line++;
			lineStart = i + 1;
		}
	}
	return { line, column: offset - lineStart + 1 };
}

test('agrees with a newline count at every offset, including newlines, blank lines and past the end', () => {
	const texts = [
		'',
		'one line',
		'a\nb',
		'\n\nthird\n',
		'x\r\ny\n\n\nlast line without newline',
		'---\ntitle: T\n---\n\nBody [@k].\n',
	];
	for (const text of texts) {
		for (let offset = 0; offset <= text.length + 2; offset++)
			expect(positionAt(text, offset), `${JSON.stringify(text)} @${offset}`).toEqual(
				counted(text, offset),
			);
	}
});

test('switching between texts does not reuse the wrong index', () => {
	expect(positionAt('a\nb\nc', 4)).toEqual({ line: 3, column: 1 });
	expect(positionAt('abcdef', 4)).toEqual({ line: 1, column: 5 });
	expect(positionAt('a\nb\nc', 2)).toEqual({ line: 2, column: 1 });
});

test('placeInSource finds the key near the node', () => {
	expect(placeInSource('Intro\n\nSee [@smtih2011].', 7, 5, '@smtih2011')).toEqual({
		line: 3,
		column: 6,
	});
});
