/**
 * Checks an editor's page body for anything that could run or inject code: import/export,
 * JavaScript expressions, raw HTML or components outside an allow-list, event-handler and style
 * attributes, and URLs whose scheme is not http(s). It only parses (Sätteri's MDX parser) and
 * never evaluates; every finding is a located Problem whose line is the file's line.
 */
import type { Nodes, Root } from 'mdast';
import type {} from 'remark-mdx';
import { visit } from 'unist-util-visit';
import { problem, type Problem } from '../../errors.ts';
import { positionAt } from '../source-position.ts';

/** The project's own components an editor may use in MDX; anything else is rejected. */
export const ALLOWED_COMPONENTS: readonly string[] = ['CitationNeeded'];

/** Attributes whose value a browser follows as a URL. */
const URL_ATTRIBUTES = new Set([
	'href',
	'src',
	'srcset',
	'action',
	'formaction',
	'poster',
	'cite',
	'data',
	'xlink:href',
]);

type Where = { line: number; column: number };
// remark-mdx's types add the MDX nodes to mdast's `Nodes`, so no transitive package is imported.
type JsxAttribute = Extract<Nodes, { type: 'mdxJsxFlowElement' }>['attributes'][number];

/**
 * Where an attribute starts in the source. Sätteri gives attributes no position of their own, so
 * look for the attribute inside its element's source: its name, or the `{` of a spread.
 */
function attributePlace(
	body: string,
	element: {
		position?:
			{ start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined;
	},
	attribute: JsxAttribute,
): Where | undefined {
	if (attribute.position)
		return { line: attribute.position.start.line, column: attribute.position.start.column };
	const from = element.position?.start.offset;
	const to = element.position?.end.offset;
	if (!body || from === undefined || to === undefined) return undefined;
	const source = body.slice(from, to);
	if (attribute.type === 'mdxJsxExpressionAttribute') {
		const at = source.indexOf(`{${attribute.value}`);
		return at > 0 ? positionAt(body, from + at) : undefined;
	}
	const pattern = new RegExp(
		`(?<=\\s)${attribute.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s=/>]|$)`,
		'g',
	);
	pattern.lastIndex = 1;
	const match = pattern.exec(source);
	return match ? positionAt(body, from + match.index) : undefined;
}

/** Checks an already parsed body (positions must be file positions, as content-file.ts makes them). */
export function checkMdxTree(path: string, tree: Root, body = ''): Problem[] {
	const out: Problem[] = [];
	const at = (where: Where) => ({ file: path, ...where });
	const start = (node: { position?: { start: Where } | undefined }): Where => ({
		line: node.position?.start.line ?? 1,
		column: node.position?.start.column ?? 1,
	});
	visit(tree, (node: Nodes) => {
		switch (node.type) {
			case 'mdxjsEsm': {
				const keyword = /^\s*export\b/.test(node.value) ? 'export' : 'import';
				out.push(
					problem('CodeInContent', at(start(node)), {
						what: `${keyword} statement`,
						code: excerpt(node.value),
					}),
				);
				break;
			}
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				out.push(
					problem('CodeInContent', at(start(node)), {
						what: 'JavaScript expression',
						code: `{${excerpt(node.value)}}`,
					}),
				);
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const tag = node.name ?? '';
				if (!ALLOWED_COMPONENTS.includes(tag)) out.push(disallowedElement(at(start(node)), tag));
				for (const attribute of node.attributes)
					out.push(
						...checkAttribute(
							attribute,
							tag,
							at(attributePlace(body, node, attribute) ?? start(node)),
						),
					);
				break;
			}
			case 'link':
			case 'image':
			case 'definition': {
				const scheme = unsafeScheme(node.url);
				if (scheme)
					out.push(
						problem('UnsafeUrl', at(start(node)), { kind: node.type, url: node.url, scheme }),
					);
				break;
			}
		}
	});
	return out;
}

function disallowedElement(where: Where & { file: string }, tag: string): Problem {
	const kind = tag === '' ? 'The fragment' : /^[A-Z]/.test(tag) ? 'The component' : 'Raw HTML';
	return problem('DisallowedElement', where, {
		kind,
		tag,
		components: ALLOWED_COMPONENTS.join(', '),
	});
}

function checkAttribute(
	attribute: JsxAttribute,
	tag: string,
	where: Where & { file: string },
): Problem[] {
	if (attribute.type === 'mdxJsxExpressionAttribute') {
		return [
			problem('CodeInContent', where, {
				what: 'JavaScript expression',
				code: `{${excerpt(attribute.value)}}`,
			}),
		];
	}
	const name = attribute.name;
	if (/^on/i.test(name) || name.toLowerCase() === 'style')
		return [problem('DisallowedAttribute', where, { attribute: name, tag })];
	const value = attribute.value;
	if (value !== null && typeof value === 'object') {
		return [
			problem('CodeInContent', where, {
				what: 'JavaScript expression',
				code: `${name}={${excerpt(value.value)}}`,
			}),
		];
	}
	const scheme =
		typeof value === 'string' && URL_ATTRIBUTES.has(name.toLowerCase())
			? unsafeScheme(value)
			: undefined;
	return scheme ? [problem('UnsafeUrl', where, { kind: name, url: value ?? '', scheme })] : [];
}

/**
 * The scheme of a URL if it is neither http(s) nor scheme-less (a site path, #fragment or relative
 * path). Browsers drop tabs, newlines and leading controls from URLs
 * (https://url.spec.whatwg.org/#concept-basic-url-parser), and encodings hide letters, so the
 * check runs on the raw value and on its entity- and percent-decoded forms.
 */
export function unsafeScheme(url: string): string | undefined {
	let value = url;
	for (let round = 0; round < 4; round++) {
		const scheme = /^([a-z][a-z0-9+.-]*):/.exec(
			value.replace(/[\s\u0000-\u001f\u007f-\u009f\u200b-\u200d\ufeff]+/g, '').toLowerCase(),
		)?.[1];
		if (scheme && scheme !== 'http' && scheme !== 'https') return scheme;
		const decoded = decodeOnce(value);
		if (decoded === value) return undefined;
		value = decoded;
	}
	return undefined;
}

function decodeOnce(value: string): string {
	return value
		.replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) =>
			String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)),
		)
		.replace(/&#(\d+);?/g, (_, dec: string) =>
			String.fromCodePoint(Math.min(parseInt(dec, 10), 0x10ffff)),
		)
		.replace(
			/&(colon|tab|newline);/gi,
			(_, name: string) => ({ colon: ':', tab: '\t', newline: '\n' })[name.toLowerCase()] ?? '',
		)
		.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function excerpt(code: string): string {
	const line = code.trim().split('\n')[0] ?? '';
	return line.length > 40 || code.trim().includes('\n') ? `${line.slice(0, 40)}…` : line;
}
