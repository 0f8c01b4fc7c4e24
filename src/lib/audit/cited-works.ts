/** Shared by the unresolved and miscitation rules: every mention and reference-list entry, matched. */
import { mentionsIn, referenceEntries } from './mentions.ts';
import type { BibEntry } from '../bibliography/entry.ts';
import type { Sentence } from './prose.ts';
import { matchReference, parseReference, type CitedReference } from './reference-match.ts';
import type { AuditContext, AuditDocument } from './types.ts';

/** A cited work in a document, and the bibliography entry it matches, if any. */
export interface CitedWork {
	doc: AuditDocument;
	kind: 'mention' | 'reference-list entry';
	text: string;
	place: Sentence;
	cited: CitedReference;
	entry: BibEntry | undefined;
}

const memo = new WeakMap<AuditContext, CitedWork[]>();

/** Every cited work of every audited document, computed once per audit. */
export function citedWorks(ctx: AuditContext): CitedWork[] {
	const hit = memo.get(ctx);
	if (hit) return hit;
	const out: CitedWork[] = [];
	for (const doc of ctx.documents) {
		for (const p of doc.paragraphs) {
			for (const s of p.sentences) {
				for (const m of mentionsIn(s)) {
					const cited: CitedReference = { author: m.author, year: m.year, journal: m.journal };
					out.push({
						doc,
						kind: 'mention',
						text: m.text,
						place: { ...s, offset: m.offset },
						cited,
						entry: matchReference(cited, ctx.library.entries),
					});
				}
			}
		}
		for (const line of referenceEntries(doc.paragraphs, doc.source)) {
			const cited = parseReference(line.text);
			if (cited)
				out.push({
					doc,
					kind: 'reference-list entry',
					text: line.text,
					place: line,
					cited,
					entry: matchReference(cited, ctx.library.entries),
				});
		}
	}
	memo.set(ctx, out);
	return out;
}
