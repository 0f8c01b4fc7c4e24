// Each way the checks could be bypassed or fooled (issue 14), as a probe file planted in a copy
// of the project: tests/fixtures/probes/ holds them, each named as the sentence it proves. The
// build's check (checkProject) must refuse each one with located messages and no crash, and the
// audit run on the file must print the same problems.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runAudit } from '../../../../src/lib/audit/run-audit.ts';
import { formatProblem, type Problem } from '../../../../src/errors.ts';
import { checkProject } from '../../../../src/lib/content/check-project.ts';

const PROBES = join(process.cwd(), 'tests', 'fixtures', 'probes');
const root = mkdtempSync(join(tmpdir(), 'bpe-probes-'));
for (const item of ['content', 'bibliography']) cpSync(item, join(root, item), { recursive: true });
cpSync(PROBES, root, { recursive: true, filter: (src) => !src.endsWith('README.md') });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const started = performance.now();
const { problems } = checkProject(root);
const elapsed = performance.now() - started;
const page = (name: string, folder = 'techniques') => `content/${folder}/${name}.mdx`;
const messagesOf = (file: string) => problems.filter((p) => p.file === file).map(formatProblem);
const on = (name: string, folder?: string) => messagesOf(page(name, folder));

test('the checks finish on every probe at once, quickly, and every problem is located', () => {
	expect(elapsed).toBeLessThan(10_000);
	for (const p of problems) expect(formatProblem(p)).toMatch(/^[^:]+:\d+(:\d+)? \S/);
});

test("zod's own wording never reaches an author", () => {
	const leaked = problems
		.map(formatProblem)
		.filter((m) => /Invalid (option|input)|Too (small|big)|expected (string|number)/.test(m));
	expect(leaked).toEqual([]);
});

describe('2. the checker and Astro read a page the same way', () => {
	test('a line that starts with --- followed by text ends the frontmatter for Astro, so it is refused there and the body Astro would compile is checked too', () => {
		expect(on('a-line-starting-with-dashes-ends-the-frontmatter-for-astro')).toMatchInlineSnapshot(`
			[
			  "content/techniques/a-line-starting-with-dashes-ends-the-frontmatter-for-astro.mdx:6:4 This line starts with --- and so ends the frontmatter, but text follows on the same line: "x: <script>alert(1)</script><img src=x o…". Close the frontmatter with --- alone on its line; inside the frontmatter, indent the line or quote the value.",
			  "content/techniques/a-line-starting-with-dashes-ends-the-frontmatter-for-astro.mdx:6:32 The page is not valid MDX: Unexpected character after \`<\`, expected a valid JSX tag (note: to create a link in MDX, use \`[text](url)\`). Close every component tag (<CitationNeeded />); in prose write "less than"/"more than" instead of < and >, and avoid { }.",
			]
		`);
	});
	test('a merge key in a finding is refused, so no effect reaches a page unchecked', () => {
		expect(messagesOf('content/findings/probemerge2020.yaml')).toMatchInlineSnapshot(`
			[
			  "content/findings/probemerge2020.yaml:11:3 The YAML merge key "<<" is not allowed. Write each field out where it belongs: Astro merges "<<" into the mapping while other YAML readers keep it as a key.",
			]
		`);
	});
	test('a top-level merge key is refused, so no claim reaches a page unchecked', () => {
		expect(on('a-top-level-merge-key-adds-a-claim-the-checker-never-saw')).toMatchInlineSnapshot(`
			[
			  "content/techniques/a-top-level-merge-key-adds-a-claim-the-checker-never-saw.mdx:6:1 The YAML merge key "<<" is not allowed. Write each field out where it belongs: Astro merges "<<" into the mapping while other YAML readers keep it as a key.",
			]
		`);
	});
	test('a key set twice is named with both lines', () => {
		expect(on('a-key-set-twice-is-named-with-both-lines')).toMatchInlineSnapshot(`
			[
			  "content/techniques/a-key-set-twice-is-named-with-both-lines.mdx:6:1 The key "title" is set twice (first on line 2). Keep one of the two values: YAML readers disagree on which one wins.",
			]
		`);
	});
	test('a YAML tag is refused', () => {
		expect(on('a-yaml-tag-is-refused')).toMatchInlineSnapshot(`
			[
			  "content/techniques/a-yaml-tag-is-refused.mdx:2:9 The YAML tag "!!str" is not allowed. Delete the tag and write a plain value; put text in quotes to keep it text.",
			]
		`);
	});
});

describe('3. YAML aliases are refused, never expanded', () => {
	test('an alias bomb is refused at once, each alias named once where it is first used', () => {
		expect(on('an-alias-bomb-is-refused-without-expanding-it')).toMatchInlineSnapshot(`
			[
			  "content/techniques/an-alias-bomb-is-refused-without-expanding-it.mdx:6:4 The YAML anchor "&a" is not allowed. Write the value out in full where it belongs: the checks read every value where it is written.",
			  "content/techniques/an-alias-bomb-is-refused-without-expanding-it.mdx:7:4 The YAML anchor "&b" is not allowed. Write the value out in full where it belongs: the checks read every value where it is written.",
			  "content/techniques/an-alias-bomb-is-refused-without-expanding-it.mdx:7:8 The YAML alias "*a" is not allowed (used 9 times; the first use is here). Write the value out in full where it belongs: the checks read every value where it is written.",
			  "content/techniques/an-alias-bomb-is-refused-without-expanding-it.mdx:8:4 The YAML anchor "&c" is not allowed. Write the value out in full where it belongs: the checks read every value where it is written.",
			  "content/techniques/an-alias-bomb-is-refused-without-expanding-it.mdx:8:8 The YAML alias "*b" is not allowed (used 9 times; the first use is here). Write the value out in full where it belongs: the checks read every value where it is written.",
			  "content/techniques/an-alias-bomb-is-refused-without-expanding-it.mdx:9:4 The YAML anchor "&d" is not allowed. Write the value out in full where it belongs: the checks read every value where it is written.",
			  "content/techniques/an-alias-bomb-is-refused-without-expanding-it.mdx:9:8 The YAML alias "*c" is not allowed (used 9 times; the first use is here). Write the value out in full where it belongs: the checks read every value where it is written.",
			  "content/techniques/an-alias-bomb-is-refused-without-expanding-it.mdx:10:4 The YAML anchor "&e" is not allowed. Write the value out in full where it belongs: the checks read every value where it is written.",
			  "content/techniques/an-alias-bomb-is-refused-without-expanding-it.mdx:10:8 The YAML alias "*d" is not allowed (used 9 times; the first use is here). Write the value out in full where it belongs: the checks read every value where it is written.",
			  "content/techniques/an-alias-bomb-is-refused-without-expanding-it.mdx:11:4 The YAML anchor "&f" is not allowed. Write the value out in full where it belongs: the checks read every value where it is written.",
			  "content/techniques/an-alias-bomb-is-refused-without-expanding-it.mdx:11:8 The YAML alias "*e" is not allowed (used 9 times; the first use is here). Write the value out in full where it belongs: the checks read every value where it is written.",
			  "content/techniques/an-alias-bomb-is-refused-without-expanding-it.mdx:12:4 The YAML anchor "&g" is not allowed. Write the value out in full where it belongs: the checks read every value where it is written.",
			  "content/techniques/an-alias-bomb-is-refused-without-expanding-it.mdx:12:8 The YAML alias "*f" is not allowed (used 9 times; the first use is here). Write the value out in full where it belongs: the checks read every value where it is written.",
			  "content/techniques/an-alias-bomb-is-refused-without-expanding-it.mdx:13:4 The YAML anchor "&h" is not allowed. Write the value out in full where it belongs: the checks read every value where it is written.",
			  "content/techniques/an-alias-bomb-is-refused-without-expanding-it.mdx:13:8 The YAML alias "*g" is not allowed (used 9 times; the first use is here). Write the value out in full where it belongs: the checks read every value where it is written.",
			  "content/techniques/an-alias-bomb-is-refused-without-expanding-it.mdx:14:4 The YAML anchor "&i" is not allowed. Write the value out in full where it belongs: the checks read every value where it is written.",
			  "content/techniques/an-alias-bomb-is-refused-without-expanding-it.mdx:14:8 The YAML alias "*h" is not allowed (used 9 times; the first use is here). Write the value out in full where it belongs: the checks read every value where it is written.",
			]
		`);
	});
	test('a hundred harmless aliases are refused with their place', () => {
		expect(on('a-hundred-harmless-aliases-are-refused-with-their-place')).toMatchInlineSnapshot(`
			[
			  "content/techniques/a-hundred-harmless-aliases-are-refused-with-their-place.mdx:2:8 The YAML anchor "&t" is not allowed. Write the value out in full where it belongs: the checks read every value where it is written.",
			  "content/techniques/a-hundred-harmless-aliases-are-refused-with-their-place.mdx:6:11 The YAML alias "*t" is not allowed (used 100 times; the first use is here). Write the value out in full where it belongs: the checks read every value where it is written.",
			]
		`);
	});
	test("a passages file with an alias is refused at the alias's line, with the real cause", () => {
		expect(messagesOf('bibliography/passages-probes/cherkin2011.yaml')).toMatchInlineSnapshot(`
			[
			  "bibliography/passages-probes/cherkin2011.yaml:2:9 The YAML anchor "&p" is not allowed. Write the value out in full where it belongs: the checks read every value where it is written.",
			  "bibliography/passages-probes/cherkin2011.yaml:4:9 The YAML alias "*p" is not allowed. Write the value out in full where it belongs: the checks read every value where it is written.",
			]
		`);
	});
});

describe('4. claim checks cannot be fooled', () => {
	test('a quote stitched from two passages of one source fails', () => {
		expect(messagesOf('content/findings/probestitch2020.yaml')).toMatchInlineSnapshot(`
			[
			  "content/findings/probestitch2020.yaml:14:10 The quote is stitched from more than one passage of "probestitch2020": "Ten treatments over 10 weeks of Structural Massage" is not in the passage that holds the rest. Quote one passage at a time: [...] may leave out words inside one passage, never join two passages or two sources.",
			]
		`);
	});
	test('a quote with a piece that only another source holds fails (a finding has one source)', () => {
		expect(messagesOf('content/findings/probeother2020.yaml')).toMatchInlineSnapshot(`
			[
			  "content/findings/probeother2020.yaml:14:10 The quote "In total we included 25 trials (3096 participants) in this review update." is not in the stored text of "probeother2020". Copy the quote verbatim from bibliography/passages/<key>.yaml or the entry's abstract, or add the passage there from the source itself.",
			]
		`);
	});
	test('a number written as words ("seventy-two percent") is checked', () => {
		expect(messagesOf('content/findings/probewords2020.yaml')).toMatchInlineSnapshot(`
			[
			  "content/findings/probewords2020.yaml:5:14 The number 72 in statement appears neither in the quote nor in the stored text of "probewords2020". Use the number exactly as the source reports it, or remove it.",
			]
		`);
	});
	test('a number in Arabic-Indic digits is checked', () => {
		expect(messagesOf('content/findings/probedigits2020.yaml')).toMatchInlineSnapshot(`
			[
			  "content/findings/probedigits2020.yaml:5:14 The number 72 in statement appears neither in the quote nor in the stored text of "probedigits2020". Use the number exactly as the source reports it, or remove it.",
			]
		`);
	});
	test('an inverted interval is refused, not swapped', () => {
		expect(messagesOf('content/findings/probeinverted2020.yaml')).toMatchInlineSnapshot(`
			[
			  "content/findings/probeinverted2020.yaml:12:78 Field "inverted-interval.effect.ciLow" is above ciHigh (4 > 1.8): write the lower bound in ciLow and the upper bound in ciHigh. Fix the value as the README's "Writing a finding" section shows.",
			]
		`);
	});
	test('an estimate outside its own interval is refused', () => {
		expect(messagesOf('content/findings/probeoutside2020.yaml')).toMatchInlineSnapshot(`
			[
			  "content/findings/probeoutside2020.yaml:12:66 Field "estimate-outside-interval.effect.estimate" is above its own interval (4 > ciHigh 2.9): check the three numbers against the source. Fix the value as the README's "Writing a finding" section shows.",
			]
		`);
	});
	test('a mean difference whose measure contains "or" keeps 0 as its null value', () => {
		expect(messagesOf('content/findings/probeor2020.yaml')).toMatchInlineSnapshot(`
			[
			  "content/findings/probeor2020.yaml:10:14 The 95% CI -0.8 to 0.8 includes 0 (no effect), so the direction cannot be "benefit". Use direction "no difference" or "mixed", or check the interval against the source.",
			]
		`);
	});
});

describe('5. a retracted source fails wherever it is cited', () => {
	test('a retracted source cited only in prose fails at each citation, however the entry marks it', () => {
		expect(on('a-retracted-source-cited-only-in-prose-fails-at-each-citation'))
			.toMatchInlineSnapshot(`
				[
				  "content/techniques/a-retracted-source-cited-only-in-prose-fails-at-each-citation.mdx:10:28 The citation of "probeownretracted2020" cites a retracted source (Retraction notice, Journal of Probes 2021). Remove the citation, cite a source that has not been retracted, or write [@probeownretracted2020, retracted] to cite it on purpose (readers then see that it was retracted).",
				  "content/techniques/a-retracted-source-cited-only-in-prose-fails-at-each-citation.mdx:10:73 The citation of "probepubstate2020" cites a retracted source (pubstate = {retracted}). Remove the citation, cite a source that has not been retracted, or write [@probepubstate2020, retracted] to cite it on purpose (readers then see that it was retracted).",
				]
			`);
	});
});

describe('7. nothing is dropped silently', () => {
	test('a file name with spaces, capitals, non-ASCII letters or .. is refused with the name to use', () => {
		expect([
			...on('Swedish Massage Copy'),
			...on('masaje-terapéutico'),
			...on('a..b'),
			...on('Lumbar Strain', 'conditions'),
		]).toMatchInlineSnapshot(`
			[
			  "content/techniques/Swedish Massage Copy.mdx:1:1 The file name "Swedish Massage Copy.mdx" is not a page slug: Astro would publish it under a different address than the one claims and links use. Rename the file to "swedish-massage-copy.mdx" (lower-case letters, digits and hyphens).",
			  "content/techniques/masaje-terapéutico.mdx:1:1 The file name "masaje-terapéutico.mdx" is not a page slug: Astro would publish it under a different address than the one claims and links use. Rename the file to "masaje-terapeutico.mdx" (lower-case letters, digits and hyphens).",
			  "content/techniques/a..b.mdx:1:1 The file name "a..b.mdx" is not a page slug: Astro would publish it under a different address than the one claims and links use. Rename the file to "a-b.mdx" (lower-case letters, digits and hyphens).",
			  "content/conditions/Lumbar Strain.mdx:1:1 The file name "Lumbar Strain.mdx" is not a page slug: Astro would publish it under a different address than the one claims and links use. Rename the file to "lumbar-strain.mdx" (lower-case letters, digits and hyphens).",
			]
		`);
	});
	test('unknown slugs in a page and in a finding are named with the closest one', () => {
		expect([...on('unknown-slugs-are-named-with-the-closest-one'), ...messagesOf('content/findings/probeslugs2020.yaml')]).toMatchInlineSnapshot(`
			[
			  "content/techniques/unknown-slugs-are-named-with-the-closest-one.mdx:5:14 There is no condition page "chronic-lowback-pain". Use a file name from content/conditions/ (closest: "chronic-low-back-pain").",
			  "content/techniques/unknown-slugs-are-named-with-the-closest-one.mdx:5:36 Field "conditions.1" must be a page slug such as chronic-low-back-pain, not "Lumbar Strain". Fix the value as the README's "Adding a page" section shows.",
			  "content/techniques/unknown-slugs-are-named-with-the-closest-one.mdx:6:14 There is no technique page "swedish-masage". Use a file name from content/techniques/ (closest: "swedish-massage").",
			  "content/findings/probeslugs2020.yaml:3:16 There is no technique page "swedish-masage". Use a file name from content/techniques/ (closest: "swedish-massage").",
			  "content/findings/probeslugs2020.yaml:4:16 There is no condition page "chronic-lowback-pain". Use a file name from content/conditions/ (closest: "chronic-low-back-pain").",
			]
		`);
	});
});

describe('8. messages name the real cause', () => {
	test('TOML frontmatter is named as TOML', () => {
		expect(on('toml-frontmatter-is-named-as-toml')).toMatchInlineSnapshot(`
			[
			  "content/techniques/toml-frontmatter-is-named-as-toml.mdx:1:1 TOML frontmatter (+++) is not supported. Write the fields as YAML between two lines of ---.",
			]
		`);
	});
	test('a blank line before the fence is named', () => {
		expect(on('a-blank-line-before-the-fence-is-named')).toMatchInlineSnapshot(`
			[
			  "content/techniques/a-blank-line-before-the-fence-is-named.mdx:3:1 The frontmatter does not start on line 1. Delete the blank lines before the opening ---.",
			]
		`);
	});
	test("a schema error hides none of the page's or the findings file's other problems, and each names the field and quotes the value", () => {
		expect([...on('a-schema-error-hides-none-of-the-page-s-other-problems'), ...messagesOf('content/findings/probeschema2020.yaml')]).toMatchInlineSnapshot(`
			[
			  "content/techniques/a-schema-error-hides-none-of-the-page-s-other-problems.mdx:5:14 There is no condition page "chronic-lowback-pain". Use a file name from content/conditions/ (closest: "chronic-low-back-pain").",
			  "content/techniques/a-schema-error-hides-none-of-the-page-s-other-problems.mdx:6:10 Field "summary" is not a known field. Delete it or correct its name.",
			  "content/techniques/a-schema-error-hides-none-of-the-page-s-other-problems.mdx:14:37 Unknown citation key "smtih2011". Add it to bibliography/ or fix the key (closest: "moyer2011").",
			  "content/findings/probeschema2020.yaml:5:14 The number 72 in statement appears neither in the quote nor in the stored text of "probeschema2020". Use the number exactly as the source reports it, or remove it.",
			  "content/findings/probeschema2020.yaml:26:14 Field "misspelt-certainty.certainty" must be one of "high", "moderate", "low", "very low", not "hgh". Use "high", the closest allowed value.",
			  "content/findings/probeschema2020.yaml:27:14 Field "misspelt-certainty.certanity" is not a known field. Delete it or correct its name (closest: "certainty").",
			]
		`);
	});
	test('one result written twice is refused', () => {
		expect(messagesOf('content/findings/probetwice2020.yaml')).toMatchInlineSnapshot(`
			[
			  "content/findings/probetwice2020.yaml:29:10 The finding "probetwice2020/second-copy" has the same quote as "probetwice2020/first-copy": one result of a source is written once. Merge the two (list every technique and condition the result is about), or quote the words of the source that state this result.",
			]
		`);
	});
});

describe('6. the audit is the build', () => {
	const probePages = readdirSync(join(PROBES, 'content', 'techniques')).map(
		(name) => `content/techniques/${name}`,
	);
	test.each(probePages)(
		'npm run audit -- %s prints every problem the build prints for it',
		(file) => {
			const build = problems.filter((p) => p.file === file).map(strip);
			const audit = runAudit(root, [join(root, file)]).filter(
				(f) =>
					f.file === file &&
					!f.name.startsWith('claims:uncited') &&
					!f.name.startsWith('claims:citation-needed') &&
					f.name !== 'citations:unresolved' &&
					f.name !== 'citations:miscited',
			);
			expect(build.length).toBeGreaterThan(0);
			expect(audit.map(strip)).toEqual(build);
		},
	);
});

/** A problem without its name (the audit reports rule ids, the build catalogue names). */
function strip(p: Problem): string {
	return `${p.severity} ${formatProblem(p)}`;
}
