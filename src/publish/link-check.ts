/**
 * Checks the built site (dist/) offline: every internal `href`, `src`, `srcset` and `poster` must
 * name a file in dist, and every `#fragment` (same page or another page) an element id or
 * `<a name>` in the target page. External URLs are not fetched. Pages under pagefind/ are skipped.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { globSync } from 'tinyglobby';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** One broken reference: the page (as `label/path`) and where in it, the URL and why. */
export interface LinkFailure {
	file: string;
	line: number;
	column: number;
	url: string;
	reason: string;
}

/** What a run checked and what failed. */
export interface LinkReport {
	pages: number;
	links: number;
	failures: LinkFailure[];
}

const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'poster'] as const;
// Site-origin base for resolving relative URLs; it is never fetched.
const ORIGIN = 'http://site.invalid';

/** Checks every HTML page in `dir` (a built site with `trailingSlash: 'always'`), named `label` in messages. */
export function checkLinks(dir: string, label = 'dist'): LinkReport {
	const pages = globSync('**/*.html', { cwd: dir, ignore: ['pagefind/**'] }).sort();
	const anchors = new Map<string, Set<string>>();
	const anchorsOf = (page: string): Set<string> => {
		let ids = anchors.get(page);
		if (!ids) anchors.set(page, (ids = collectAnchors(parse(join(dir, page)))));
		return ids;
	};
	const failures: LinkFailure[] = [];
	let links = 0;
	for (const page of pages) {
		const tree = parse(join(dir, page));
		anchors.set(page, collectAnchors(tree));
		const base = `${ORIGIN}/${page}`;
		visit(tree, 'element', (node: Element) => {
			for (const url of urlsOf(node)) {
				if (!isInternal(url)) continue;
				links++;
				const reason = brokenBecause(dir, url, base, page, anchorsOf, label);
				const at = node.position?.start;
				if (reason)
					failures.push({
						file: `${label}/${page}`,
						line: at?.line ?? 1,
						column: at?.column ?? 1,
						url,
						reason,
					});
			}
		});
	}
	return { pages: pages.length, links, failures };
}

/** Formats a failure as `dist/page.html:line:col: broken link "url" (reason)`. */
export function formatLinkFailure(failure: LinkFailure): string {
	return `${failure.file}:${failure.line}:${failure.column}: broken link ${JSON.stringify(failure.url)} (${failure.reason})`;
}

function parse(file: string): Root {
	return unified().use(rehypeParse).parse(readFileSync(file, 'utf8'));
}

function collectAnchors(tree: Root): Set<string> {
	const ids = new Set<string>();
	visit(tree, 'element', (node: Element) => {
		const { id, name } = node.properties;
		if (typeof id === 'string') ids.add(id);
		// HTML's "indicated part of the document": an id, or else an <a> with that name.
		if (node.tagName === 'a' && typeof name === 'string') ids.add(name);
	});
	return ids;
}

function urlsOf(node: Element): string[] {
	const out: string[] = [];
	for (const attribute of URL_ATTRIBUTES) {
		const value = node.properties[attribute === 'srcset' ? 'srcSet' : attribute];
		if (attribute === 'srcset') {
			const list = Array.isArray(value) ? value.join(',') : typeof value === 'string' ? value : '';
			for (const candidate of list.split(','))
				out.push(...candidate.trim().split(/\s+/, 1).filter(Boolean));
		} else if (typeof value === 'string') {
			out.push(value.trim());
		}
	}
	return out;
}

/** Internal: no scheme and not protocol-relative (site paths, relative paths, fragments, queries). */
function isInternal(url: string): boolean {
	return !/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^[/\\]{2}/.test(url);
}

function brokenBecause(
	dir: string,
	url: string,
	base: string,
	page: string,
	anchorsOf: (page: string) => Set<string>,
	label: string,
): string | undefined {
	const resolved = new URL(url, base);
	let path: string;
	try {
		path = decodeURIComponent(resolved.pathname);
	} catch {
		return 'malformed percent-encoding';
	}
	const target = path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
	if (!isFile(join(dir, target))) {
		if (!path.endsWith('/') && isFile(join(dir, target, 'index.html'))) {
			return `no such page; the site uses trailing slashes, write "${path}/"`;
		}
		return path.endsWith('/') || path.endsWith('.html') ? 'no such page' : 'no such file';
	}
	const fragment = resolved.hash.slice(1);
	// An empty fragment and #top scroll to the top of any page (HTML "scroll to the fragment").
	if (!fragment || fragment.toLowerCase() === 'top' || !target.endsWith('.html')) return undefined;
	const ids = anchorsOf(target);
	let decoded = fragment;
	try {
		decoded = decodeURIComponent(fragment);
	} catch {
		// Keep the raw fragment; browsers also try it as written.
	}
	if (ids.has(fragment) || ids.has(decoded)) return undefined;
	const where = target === page ? 'on this page' : `in ${label}/${target}`;
	return `no element with id ${JSON.stringify(decoded)} ${where}`;
}

function isFile(path: string): boolean {
	return existsSync(path) && statSync(path).isFile();
}
