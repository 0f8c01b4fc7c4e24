/**
 * `npm run check-links -- [dist]`: every internal link and #fragment of the built site resolves.
 * Prints one `dist/page.html:line:col: broken link "url" (reason)` line per failure, a summary
 * last, and exits 1 on any failure or when there is nothing to check.
 */
import { existsSync } from 'node:fs';
import { checkLinks, formatLinkFailure } from '../publish/link-check.ts';

const dir = process.argv[2] ?? 'dist';
const label = dir.replace(/\\/g, '/').replace(/\/+$/, '') || '.';
if (!existsSync(dir)) {
	console.error(
		`${label}: no such folder. Run npm run build first, or give the built site's folder.`,
	);
	process.exit(1);
}
const started = performance.now();
const { pages, links, failures } = checkLinks(dir, label);
const ms = Math.round(performance.now() - started);
for (const failure of failures) console.log(formatLinkFailure(failure));
if (pages === 0) {
	console.error(
		`${label}: no HTML pages found. Run npm run build first, or give the built site's folder.`,
	);
	process.exit(1);
}
const broken = `${failures.length} broken link${failures.length === 1 ? '' : 's'}`;
console.log(
	`${broken}; checked ${links} internal links and fragments on ${pages} pages (${ms} ms).`,
);
process.exitCode = failures.length ? 1 : 0;
