/**
 * The build's own checks (src/lib/content/check-project.ts), reported by the audit once each,
 * under the rule id their catalogue entry carries (src/errors.ts): `citations:*`, `findings:*`,
 * `content:*`, `yaml:*`, `bibliography:*`, for the whole project or for the given pages.
 */
import type { AuditRule } from '../types.ts';

export const rule: AuditRule = {
	id: 'build:checks',
	description:
		'The build checks: unknown keys, claims not supported by their sources, unsafe or unreadable pages, bibliography errors.',
	run(ctx) {
		return ctx.project.problems.map((p) => ({ ...p, name: p.rule ?? p.name }));
	},
};
