// The Markdown processor is pinned to unified() and runs remarkCitations; Sätteri would skip it silently.
import { expect, test } from 'vitest';
import config from '../../astro.config.mjs';
import { remarkCitations } from '../../src/remark/remark-citations.ts';

test('astro.config.mjs pins unified() with the citation plugin in its remark pipeline', () => {
	const processor = config.markdown?.processor as { name: string; options: { remarkPlugins: unknown[] } } | undefined;
	expect(processor?.name).toBe('unified');
	const plugins = (processor?.options.remarkPlugins ?? []).map((p) => (Array.isArray(p) ? p[0] : p));
	expect(plugins).toContain(remarkCitations);
});
