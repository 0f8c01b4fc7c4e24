// Integrations and the Markdown pipeline; no logic lives here.
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { evidenceCheck } from './src/integrations/evidence-check.ts';
import { offline } from './src/integrations/offline.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { remarkCitations } from './src/remark/remark-citations.ts';

export default defineConfig({
	trailingSlash: 'always',
	// Astro 7 defaults to Sätteri, which never runs remark plugins: pin unified().
	markdown: { processor: unified({ remarkPlugins: [remarkCitations] }) },
	integrations: [evidenceCheck(), mdx(), pagefind(), offline()],
	devToolbar: { enabled: false },
	build: { format: 'directory' },
});
