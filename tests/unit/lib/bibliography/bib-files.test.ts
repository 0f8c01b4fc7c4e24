// bibFiles keeps its listing between calls but sees a .bib file added, moved or removed anywhere under bibliography/.
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { bibFiles } from '../../../../src/lib/bibliography/library.ts';

test('the listing follows files added, renamed and removed, in the top folder and in subfolders', () => {
	const root = mkdtempSync(join(tmpdir(), 'bpe-bibfiles-'));
	try {
		mkdirSync(join(root, 'bibliography/passages'), { recursive: true });
		writeFileSync(join(root, 'bibliography/a.bib'), '');
		writeFileSync(join(root, 'bibliography/passages/a.yaml'), '');
		expect(bibFiles(root)).toEqual(['bibliography/a.bib']);
		expect(bibFiles(root)).toEqual(['bibliography/a.bib']);
		writeFileSync(join(root, 'bibliography/passages/extra.bib'), '');
		expect(bibFiles(root)).toEqual(['bibliography/a.bib', 'bibliography/passages/extra.bib']);
		mkdirSync(join(root, 'bibliography/more/deeper'), { recursive: true });
		writeFileSync(join(root, 'bibliography/more/deeper/c.bib'), '');
		expect(bibFiles(root)).toEqual([
			'bibliography/a.bib',
			'bibliography/more/deeper/c.bib',
			'bibliography/passages/extra.bib',
		]);
		renameSync(join(root, 'bibliography/a.bib'), join(root, 'bibliography/b.bib'));
		rmSync(join(root, 'bibliography/passages/extra.bib'));
		expect(bibFiles(root)).toEqual(['bibliography/b.bib', 'bibliography/more/deeper/c.bib']);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});
