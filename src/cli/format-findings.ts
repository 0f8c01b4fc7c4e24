/** Renders audit findings as text (default), JSON, or GitHub workflow annotations. */
import type { Finding } from '../lib/audit/types.ts';

/** An output format of the audit. */
export type OutputFormat = 'text' | 'json' | 'github';

/** Formats findings; the text form ends with a summary line. */
export function formatFindings(findings: readonly Finding[], format: OutputFormat, ms = 0): string {
	if (format === 'json')
		return `${JSON.stringify(
			findings.map(({ file, line, column, name, severity, message }) => ({
				file,
				line,
				column,
				rule: name,
				severity,
				message,
			})),
			null,
			2,
		)}\n`;
	if (format === 'github') {
		return findings
			.map((f) => {
				const level =
					f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
				return `::${level} file=${esc(f.file, true)},line=${f.line},col=${f.column ?? 1},title=${esc(f.name, true)}::${esc(f.message)}\n`;
			})
			.join('');
	}
	const lines = findings.map(
		(f) => `${f.file}:${f.line}:${f.column ?? 1}  ${f.name}  ${f.message}`,
	);
	const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
	const files = new Set(findings.map((f) => f.file)).size;
	lines.push(
		`${findings.length === 0 ? 'No findings' : `${count('error')} errors, ${count('warning')} warnings, ${count('info')} known (citation needed)`} in ${files} file${files === 1 ? '' : 's'} (${Math.round(ms)} ms).`,
	);
	return `${lines.join('\n')}\n`;
}

/** Escapes a value for a workflow command (https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts). */
function esc(value: string, property = false): string {
	const s = value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
	return property ? s.replace(/:/g, '%3A').replace(/,/g, '%2C') : s;
}
