/** `npm run stats`: prints the knowledge base's counts and exits 1 if any check fails. */
import { checkProject } from '../lib/content/check-project.ts';
import { contentStats } from '../lib/content/stats.ts';

const { pages, library, problems } = checkProject(process.cwd());
const s = contentStats(pages, library, problems);
const rows: [string, number | string][] = [
	['technique pages', s.pages['techniques'] ?? 0],
	['condition pages', s.pages['conditions'] ?? 0],
	['common-claim pages', s.pages['claims'] ?? 0],
	['guideline pages', s.pages['guidelines'] ?? 0],
	['references', s.references],
	['evidence claims', s.claims],
	['unknown citation keys', s.unknownKeys],
	['failed claim checks', s.failedClaimChecks],
	[
		'pages with neither a claim nor a "no trials found" statement',
		s.pagesWithoutEvidenceOrStatement.length,
	],
];
for (const [label, value] of rows) console.log(`${String(value).padStart(5)}  ${label}`);
process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
