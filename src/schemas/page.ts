/** Fields every content page shares (techniques, conditions, common claims, guidelines). */
import { z } from 'zod';
import { ClaimSchema } from './claim.ts';

const slug = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a page slug such as chronic-low-back-pain');
const words = (max: number) => (s: string) => s.trim().split(/\s+/).length <= max;

/** The shared page frontmatter. */
export const PageSchema = z.strictObject({
	/** The name people know the subject by. */
	title: z.string().min(1),
	/** Other names people search for (e.g. "lumbago", "knots"). */
	aliases: z.array(z.string()).default([]),
	/** The ten-second answer: one paragraph of at most 60 words. */
	bottomLine: z.string().min(1).refine(words(60), 'must be at most 60 words'),
	/** When an editor last reviewed the page. */
	reviewed: z.coerce.date(),
	/** Who reviewed it. */
	reviewedBy: z.string().default('Back Pain Evidence editors'),
	/** Related condition slugs. */
	conditions: z.array(slug).default([]),
	/** Related technique slugs. */
	techniques: z.array(slug).default([]),
	/** The checked evidence claims of the page. */
	evidence: z.array(ClaimSchema).default([]),
	/** When there are no trials: what was searched, in one or two sentences. */
	noTrialsFound: z.string().optional(),
});

/** A page must carry evidence or say plainly, with what was searched, that it found none. */
export const requireEvidenceOrStatement = (
	page: { evidence: unknown[]; noTrialsFound?: string | undefined },
	ctx: z.RefinementCtx,
): void => {
	if (page.evidence.length === 0 && !page.noTrialsFound) {
		ctx.addIssue({
			code: 'custom',
			path: ['evidence'],
			message:
				'is empty and there is no noTrialsFound statement: add a claim, or say what was searched and found nothing',
		});
	}
};

/** Page frontmatter. */
export type Page = z.infer<typeof PageSchema>;
