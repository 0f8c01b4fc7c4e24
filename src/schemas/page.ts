/** Fields every content page shares (techniques, conditions, common claims, guidelines). */
import { z } from 'zod';

const slug = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a page slug such as chronic-low-back-pain');
const words = (max: number) => (s: string) => s.trim().split(/\s+/).length <= max;

/**
 * What was searched, and when: a page or matrix cell without findings says this instead of a bare
 * "no trials". The knowledge base's own sources as of `on`, plus any outside search an editor
 * records in `what` (database, date, terms, what was found).
 */
export const SearchedSchema = z.strictObject({
	/** When the search was made. */
	on: z.coerce.date(),
	/** What was searched and what it found, in one or two sentences. */
	what: z.string().min(20, 'must say what was searched, in at least 20 characters'),
});

/** A search statement. */
export type Searched = z.infer<typeof SearchedSchema>;

/** A finding's id: `<source-key>/<finding-id>`. */
export const FindingIdSchema = z
	.string()
	.regex(
		/^[^/\s]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/,
		'must be a finding id such as cherkin2011/rdq-vs-usual-care',
	);

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
	/** What was searched, required when the page shows no findings (the checks enforce it). */
	searched: SearchedSchema.optional(),
});

/** Page frontmatter. */
export type Page = z.infer<typeof PageSchema>;
