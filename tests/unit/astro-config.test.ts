// Markdown runs through Sätteri with the citation plugin; without it, citations would print as "[@key]".
import { expect, test } from 'vitest';
import config from '../../astro.config.mjs';
import { CITATIONS_PLUGIN_NAME } from '../../src/markdown/citations.ts';

test("astro.config.mjs runs the citation plugin in Sätteri's mdast pipeline", () => {
	const processor = config.markdown?.processor as
		{ name: string; options: { mdastPlugins: unknown[] } } | undefined;
	expect(processor?.name).toBe('satteri');
	const names = (processor?.options.mdastPlugins ?? []).map(
		(p) => (p as { pluginName?: string }).pluginName,
	);
	expect(names).toContain(CITATIONS_PLUGIN_NAME);
});
