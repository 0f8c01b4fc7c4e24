// Integrations and the Markdown pipeline; no logic lives here.
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { evidenceCheck } from './src/integrations/evidence-check.ts';
import { offline } from './src/integrations/offline.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { remarkCitations } from './src/remark/remark-citations.ts';

export default defineConfig({
	// The public address, used in "Cite this page", citation metadata and JSON-LD. Set SITE_URL
	// when deploying; the default is a reserved example domain, never a real site.
	site: process.env.SITE_URL || 'https://back-pain-evidence.example',
	trailingSlash: 'always',
	// Astro 7 defaults to Sätteri, which never runs remark plugins: pin unified().
	markdown: { processor: unified({ remarkPlugins: [remarkCitations] }) },
	integrations: [evidenceCheck(), mdx(), pagefind(), offline()],
	devToolbar: { enabled: false },
	build: { format: 'directory' },
});
