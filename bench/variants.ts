/**
 * The two sites the benchmark builds from one corpus. Variant A is a copy of this project (our
 * integrations, checks, citations, references, Pagefind and offline) with the corpus as its
 * content; variant B is a plain Astro + MDX site rendering the same pages at the same URLs, with
 * only a Pagefind step. Both share the project's installed packages through per-package links,
 * so build caches (node_modules/.astro, .vite, .cache) stay inside each variant.
 */
import { execFileSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus, type Corpus } from './corpus.ts';

/** What variant A copies from the project; content/ and bibliography/ come from the corpus. */
export const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Build caches of a variant, removed before every cold build. */
export const CACHE_PATHS = [
	'dist',
	'.astro',
	'node_modules/.astro',
	'node_modules/.vite',
	'node_modules/.cache',
];

/** Links every installed package of `projectRoot` into `dir/node_modules`, except its caches. */
export function linkNodeModules(projectRoot: string, dir: string): void {
	const source = resolve(projectRoot, 'node_modules');
	const target = join(dir, 'node_modules');
	mkdirSync(target, { recursive: true });
	for (const name of readdirSync(source)) {
		if (name.startsWith('.') && name !== '.bin') continue;
		symlinkSync(join(source, name), join(target, name));
	}
}

/** Removes a variant's build output and caches so the next build starts cold. */
export function cleanBuild(dir: string): void {
	for (const path of CACHE_PATHS) rmSync(join(dir, path), { recursive: true, force: true });
}

/** Where variant A's code comes from: the working tree as it is, or the last commit. */
export type CodeSource = 'worktree' | 'head';

/**
 * Creates variant A in `dir`: the project's code and config with the corpus as content. With
 * `head`, the code is the last commit's (`git archive`), so edits in progress do not count.
 */
export function prepareVariantA(
	projectRoot: string,
	dir: string,
	corpus: Corpus,
	source: CodeSource = 'worktree',
): void {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	if (source === 'head') {
		const tar = execFileSync('git', ['archive', '--format=tar', 'HEAD', ...PROJECT_FILES], {
			cwd: projectRoot,
			maxBuffer: 1 << 30,
		});
		execFileSync('tar', ['-x', '-C', dir], { input: tar });
	} else {
		for (const name of PROJECT_FILES) {
			if (existsSync(join(projectRoot, name)))
				cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
		}
	}
	writeCorpus(dir, corpus);
	linkNodeModules(projectRoot, dir);
}

/** B's config: MDX and the very same Pagefind integration as ours, nothing else. */
const plainConfig = (
	pagefindModule: string,
): string => `// Plain Astro + MDX: no checks, no citation processing, only Pagefind over dist/.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { pagefind } from ${JSON.stringify(pagefindModule)};

export default defineConfig({
	trailingSlash: 'always',
	integrations: [mdx(), pagefind()],
	devToolbar: { enabled: false },
	build: { format: 'directory' },
});
`;

const PLAIN_COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
	pages: defineCollection({ loader: glob({ pattern: '{techniques,conditions,claims,guidelines}/*.mdx', base: './content' }) }),
};
`;

const PLAIN_ROUTE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
	return (await getCollection('pages')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en">
	<head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
	<body>
		<main data-pagefind-body>
			<h1>{entry.data.title}</h1>
			<p>{entry.data.bottomLine}</p>
			<Content />
		</main>
	</body>
</html>
`;

/** Creates variant B in `dir`: a plain Astro + MDX site over the same content/ pages. */
export function prepareVariantB(projectRoot: string, dir: string, corpus: Corpus): void {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'src/pages'), { recursive: true });
	writeFileSync(
		join(dir, 'package.json'),
		`${JSON.stringify({ name: 'bpe-bench-plain', private: true, type: 'module' }, null, '\t')}\n`,
	);
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		plainConfig(fileURLToPath(new URL('./plain-site-pagefind.ts', import.meta.url))),
	);
	writeFileSync(join(dir, 'src/content.config.ts'), PLAIN_COLLECTIONS);
	writeFileSync(join(dir, 'src/pages/[...id].astro'), PLAIN_ROUTE);
	const pages = new Map([...corpus.files].filter(([path]) => path.startsWith('content/')));
	writeCorpus(dir, { ...corpus, files: pages });
	linkNodeModules(projectRoot, dir);
}
