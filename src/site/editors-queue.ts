/**
 * The editors' queue, split so no page grows with the site: the index gives counts by rule and by
 * folder, and each rule has its own pages of findings (RULE_PAGE_SIZE each), grouped by file. The
 * audit runs once per build, whichever of these pages asks first.
 */
import { runAudit } from '../lib/audit/run-audit.ts';
import type { Finding } from '../lib/audit/types.ts';

/** Findings on one page of a rule's list. */
export const RULE_PAGE_SIZE = 200;
/** The rule whose findings are sentences already marked <CitationNeeded />. */
export const CITATION_NEEDED = 'claims:citation-needed';

/** The queue: the audit's findings, the open ones by rule, and the marked sentences. */
export interface Queue {
	open: Finding[];
	known: Finding[];
	byRule: Map<string, Finding[]>;
	byFolder: Map<string, number>;
}

let cached: Queue | undefined;

/** The queue of this project; memoised for a build (recomputed under `npm run dev`). */
export function editorsQueue(root: string, dev = false): Queue {
	if (cached && !dev) return cached;
	const findings = runAudit(root);
	const order = (a: Finding, b: Finding) => a.file.localeCompare(b.file) || a.line - b.line;
	const known = findings.filter((f) => f.name === CITATION_NEEDED).sort(order);
	const open = findings.filter((f) => f.name !== CITATION_NEEDED).sort(order);
	const byRule = new Map<string, Finding[]>();
	const byFolder = new Map<string, number>();
	for (const f of open) {
		byRule.set(f.name, [...(byRule.get(f.name) ?? []), f]);
		const folder = f.file.split('/').slice(0, -1).join('/') || '.';
		byFolder.set(folder, (byFolder.get(folder) ?? 0) + 1);
	}
	cached = { open, known, byRule, byFolder };
	return cached;
}

/** The URL slug of a rule: "claims:uncited" is "claims-uncited". */
export const ruleSlug = (rule: string): string => rule.replace(/[^a-z0-9]+/gi, '-').toLowerCase();

/** The first page of a rule's findings. */
export const ruleUrl = (rule: string): string => `/editors/rules/${ruleSlug(rule)}/`;

/** One rule's findings grouped by file, in file order. */
export function byFile(findings: readonly Finding[]): [string, Finding[]][] {
	const files = new Map<string, Finding[]>();
	for (const f of findings) files.set(f.file, [...(files.get(f.file) ?? []), f]);
	return [...files];
}
