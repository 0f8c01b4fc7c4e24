/**
 * `npm run stats [-- --json]`: prints the knowledge base's counts (or them as JSON) and exits 1
 * if any check fails, naming each failure (`path:line:col what. fix.`) on stderr.
 */
import { formatProblem } from '../errors.ts';
import { checkProject } from '../lib/content/check-project.ts';
import { contentStats } from '../lib/content/stats.ts';

const { pages, library, findings, problems } = checkProject(process.cwd());
const s = contentStats(pages, library, findings, problems);
if (process.argv.includes('--json')) {
	process.stdout.write(`${JSON.stringify(s, null, 2)}\n`);
} else {
	const rows: [string, number | string][] = [
		['technique pages', s.pages['techniques'] ?? 0],
		['condition pages', s.pages['conditions'] ?? 0],
		['common-claim pages', s.pages['claims'] ?? 0],
		['guideline pages', s.pages['guidelines'] ?? 0],
		['references', s.references],
		['findings', s.findings],
		['findings with an effect size', s.findingsWithEffect],
		['pages that say what was searched', s.pagesWithSearchStatement],
		['unknown citation keys', s.unknownKeys],
		['failed finding checks', s.failedFindingChecks],
		['failed checks (all)', s.failedChecks],
	];
	for (const [label, value] of rows) console.log(`${String(value).padStart(5)}  ${label}`);
}
// The counts alone would hide which file failed: name each failure, as the build does.
for (const p of problems) if (p.severity === 'error') console.error(formatProblem(p));
process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
