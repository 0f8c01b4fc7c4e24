/**
 * `npm run audit -- [paths...] [--format text|json|github]`: what needs an editor's attention.
 * Prints `path:line:col  rule-id  message` sorted by file and line with a summary last, and
 * exits 1 when any error-level rule fires.
 */
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { formatFindings, type OutputFormat } from './format-findings.ts';
import { AUDITED_EXTENSIONS, runAudit } from '../lib/audit/run-audit.ts';

const args = process.argv.slice(2);
let format: OutputFormat = 'text';
const paths: string[] = [];
for (let i = 0; i < args.length; i++) {
	const arg = args[i] ?? '';
	if (arg === '--format') format = (args[++i] ?? 'text') as OutputFormat;
	else if (arg.startsWith('--format=')) format = arg.slice('--format='.length) as OutputFormat;
	else paths.push(arg);
}
if (!['text', 'json', 'github'].includes(format)) {
	console.error(`Unknown format "${format}". Use --format text, json or github.`);
	process.exit(2);
}
for (const p of paths) {
	if (!existsSync(p)) {
		console.error(`${p}: no such file. Give paths to .mdx, .md, .txt or .html files.`);
		process.exit(2);
	}
	if (!AUDITED_EXTENSIONS.includes(extname(p).toLowerCase())) {
		console.error(
			`${p}: unsupported file type. The audit reads ${AUDITED_EXTENSIONS.join(', ')} files.`,
		);
		process.exit(2);
	}
}
const started = performance.now();
const findings = runAudit(process.cwd(), paths);
process.stdout.write(formatFindings(findings, format, performance.now() - started));
process.exitCode = findings.some((f) => f.severity === 'error') ? 1 : 0;
