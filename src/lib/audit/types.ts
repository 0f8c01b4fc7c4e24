/** What every audit rule receives and returns. */
import type { Problem } from '../../errors.ts';
import type { Finding as EvidenceFinding } from '../../schemas/finding.ts';
import type { CheckedPage } from '../content/check-project.ts';
import type { Library } from '../bibliography/library.ts';
import type { Paragraph } from './prose.ts';

/** One audited document: its project-relative path, text and prose blocks. */
export interface AuditDocument {
	path: string;
	source: string;
	paragraphs: Paragraph[];
}

/**
 * Everything a rule may look at. `project` holds the build's checks of the audited pages, and
 * `whole` is true when the project's own content is audited (not given files).
 */
export interface AuditContext {
	library: Library;
	documents: AuditDocument[];
	project: {
		pages: CheckedPage[];
		problems: Problem[];
		findings: ReadonlyMap<string, EvidenceFinding>;
		whole: boolean;
	};
	now: Date;
}

/** A finding: a located problem whose `name` is the rule id, e.g. `claims:uncited`. */
export type Finding = Problem;

/** An audit rule: an id, a one-line description, and the check. */
export interface AuditRule {
	id: string;
	description: string;
	run: (ctx: AuditContext) => Finding[];
}
