/** `claims:uncited`: sentences that assert a fact with no citation in them or closing their paragraph. */
import { claimSignals, hasCitation } from '../claim-detect.ts';
import { inReferenceList } from '../mentions.ts';
import type { AuditRule, Finding } from '../types.ts';

export const rule: AuditRule = {
	id: 'claims:uncited',
	description:
		'A sentence asserts a fact (numbers, "studies show", causal verbs, prevalence) without a citation.',
	run(ctx) {
		const out: Finding[] = [];
		for (const doc of ctx.documents) {
			doc.paragraphs.forEach((p, i) => {
				if (p.kind === 'heading' || inReferenceList(doc.paragraphs, i)) return;
				const last = p.sentences.at(-1);
				if (last && hasCitation(last.text)) return;
				for (const s of p.sentences) {
					const signals = claimSignals(s.text);
					if (signals.length === 0 || hasCitation(s.text)) continue;
					const end = s.offset + s.text.length + 20;
					const known = p.citationNeeded.some((m) => m >= s.offset && m <= end);
					out.push({
						name: known ? 'claims:citation-needed' : 'claims:uncited',
						file: doc.path,
						line: s.line,
						column: s.column,
						message: known
							? `Known: marked citation needed: "${excerpt(s.text)}". Cite a source or rewrite the sentence.`
							: `Uncited factual claim (${signals.join(', ')}): "${excerpt(s.text)}". Add a citation, mark it <CitationNeeded />, or rephrase it as advice or opinion.`,
						severity: known ? 'info' : 'warning',
					} as Finding);
				}
			});
		}
		return out;
	},
};

function excerpt(text: string): string {
	return text.length > 90 ? `${text.slice(0, 87)}...` : text;
}
