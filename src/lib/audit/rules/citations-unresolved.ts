/** `citations:unresolved`: an author-year mention or reference-list entry that matches no entry. */
import { closest } from '../../closest.ts';
import { firstAuthor } from '../reference-match.ts';
import { citedWorks } from '../cited-works.ts';
import type { AuditRule } from '../types.ts';

export const rule: AuditRule = {
	id: 'citations:unresolved',
	description: 'A mention or reference-list entry matches no bibliography entry.',
	run(ctx) {
		const authors = [...new Set(ctx.library.entries.map(firstAuthor))];
		return citedWorks(ctx)
			.filter((w) => !w.entry)
			.map((w) => {
				const near = closest(w.cited.author, authors);
				return {
					name: 'citations:unresolved',
					file: w.doc.path,
					line: w.place.line,
					column: w.place.column,
					message: `The ${w.kind} "${short(w.text)}" (${w.cited.author}, ${w.cited.year}) matches no bibliography entry. Add the source to bibliography/ after checking it${near ? `, or fix the citation (closest first author: ${near})` : ''}.`,
					severity: 'error',
				};
			});
	},
};

const short = (t: string): string => (t.length > 80 ? `${t.slice(0, 77)}...` : t);
