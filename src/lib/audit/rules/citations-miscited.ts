/** `citations:miscited`: a citation that matches an entry but disagrees on journal, year, title or volume. */
import { describe, differences } from '../reference-match.ts';
import { citedWorks } from '../cited-works.ts';
import type { AuditRule, Finding } from '../types.ts';

export const rule: AuditRule = {
	id: 'citations:miscited',
	description:
		'A citation matches a bibliography entry but disagrees with it on journal, year, title or volume.',
	run(ctx) {
		const out: Finding[] = [];
		for (const w of citedWorks(ctx)) {
			if (!w.entry) continue;
			const diffs = differences(w.cited, w.entry);
			if (diffs.length === 0) continue;
			const f = w.entry.fields;
			const journalOrVolume = diffs.some((d) => d.field === 'journal' || d.field === 'volume');
			const versions = journalOrVolume
				? `cited as ${describe(w.cited.journal, w.cited.volume, w.cited.issue, undefined)}, bibliography has ${describe(f['journal'], f['volume'], f['number'], undefined)}`
				: diffs
						.map((d) => `${d.field} cited as "${d.cited}", bibliography has "${d.bibliography}"`)
						.join('; ');
			const rest = diffs.filter(
				(d) => !(journalOrVolume && (d.field === 'journal' || d.field === 'volume')),
			);
			const extra =
				journalOrVolume && rest.length
					? `; ${rest.map((d) => `${d.field} cited as "${d.cited}", bibliography has "${d.bibliography}"`).join('; ')}`
					: '';
			out.push({
				name: 'citations:miscited',
				file: w.doc.path,
				line: w.place.line,
				column: w.place.column,
				message: `The ${w.kind} for ${w.entry.key} disagrees with the bibliography on ${diffs.map((d) => d.field).join(', ')}: ${versions}${extra}. Correct the citation, or the entry if the source says otherwise.`,
				severity: 'error',
			});
		}
		return out;
	},
};
