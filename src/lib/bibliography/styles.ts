/**
 * The one place that says which citation styles exist and which is the default.
 * The CSL files are the official ones from ../shared/csl/, copied into src/csl/ (CC BY-SA 3.0).
 */
import { existsSync, readFileSync } from 'node:fs';

/** Styles the site can format references in, with their CSL file and label. */
export const STYLES = {
	apa: { file: 'apa.csl', label: 'APA 7th edition', short: 'APA', numeric: false },
	vancouver: {
		file: 'nlm-citation-sequence.csl',
		label: 'Vancouver (NLM)',
		short: 'Vancouver',
		numeric: true,
	},
	harvard: {
		file: 'harvard-cite-them-right.csl',
		label: 'Harvard (Cite Them Right)',
		short: 'Harvard',
		numeric: false,
	},
	ama: {
		file: 'american-medical-association.csl',
		label: 'AMA 11th edition',
		short: 'AMA',
		numeric: true,
	},
} as const;

/** A style id such as `apa`. */
export type StyleId = keyof typeof STYLES;

/** The site's default style: change it here and nowhere else. */
export const DEFAULT_STYLE: StyleId = 'apa';

/** Every style id, default first. */
export const STYLE_IDS = [
	DEFAULT_STYLE,
	...(Object.keys(STYLES) as StyleId[]).filter((id) => id !== DEFAULT_STYLE),
];

/**
 * The CSL folder: beside this module in src/, or, when the module was bundled into the build's
 * prerender chunks (dist/.prerender/chunks/), src/csl/ in the nearest folder above that has one.
 */
function findCslDir(): URL {
	const beside = new URL('../csl/', import.meta.url);
	if (existsSync(beside)) return beside;
	for (let dir = new URL('./', import.meta.url); dir.pathname !== '/'; dir = new URL('../', dir)) {
		const candidate = new URL('src/csl/', dir);
		if (existsSync(candidate)) return candidate;
	}
	return beside;
}
let cslDir: URL | undefined;

/** Returns the template name for a style, registering its CSL XML once through `register`. */
export function styleTemplate(
	style: StyleId,
	register: (name: string, xml: string) => void,
): string {
	const name = `bpe-${style}`;
	cslDir ??= findCslDir();
	register(name, readFileSync(new URL(STYLES[style].file, cslDir), 'utf8'));
	return name;
}
