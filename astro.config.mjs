// Integrations and the Markdown pipeline; no logic lives here.
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { evidenceCheck } from './src/integrations/evidence-check.ts';
import { citationsPlugin } from './src/markdown/citations.ts';

export default defineConfig({
	// The public address, used in "Cite this page", citation metadata and JSON-LD. Set SITE_URL
	// when deploying; the default is a reserved example domain, never a real site.
	site: process.env.SITE_URL || 'https://back-pain-evidence.example',
	trailingSlash: 'always',
	// Sätteri, Astro 7's native Markdown processor, with our citation plugin as an mdast plugin
	// (remark plugins would need unified(), several times slower per page).
	markdown: { processor: satteri({ mdastPlugins: [citationsPlugin()] }) },
	// Pagefind and the offline precache run after `astro build` exits (npm run build: src/cli/finish-build.ts).
	integrations: [evidenceCheck(), mdx()],
	devToolbar: { enabled: false },
	// Skip a page whose cacheKey (src/site/cache-key.ts) and module graph are unchanged since the
	// last build, copying its stored output (node_modules/.astro/). Keep that folder between
	// builds (CI: cache it) for a fast rebuild.
	experimental: { incrementalBuild: true },
	// Render four pages at a time: a page waits on file writes (its HTML and its exports), and
	// overlapping them cut the render phase of a 1,000-page benchmark site from 29 s to 23 s.
	build: { format: 'directory', concurrency: 4 },
	vite: {
		build: {
			rolldownOptions: {
				// Every MDX module carries Astro's "use astro:head-inject" directive, and the bundler warns
				// about it once per page (withastro/astro#18087: harmless, fix pending). Thousands of
				// such lines would bury the warnings an author needs to read.
				onwarn(warning, warn) {
					if (
						warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
						String(warning.message).includes('astro:head-inject')
					)
						return;
					warn(warning);
				},
			},
		},
	},
});
