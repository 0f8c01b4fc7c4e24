/**
 * What `npm run build` runs, as Node argument lists: `astro build`, then the search index and
 * offline precache in a second process (src/cli/finish-build.ts). The benchmark and the build
 * tests run these same steps; package.json's "build" script spells them out for npm.
 */
export function buildSteps(astroBin = 'node_modules/astro/bin/astro.mjs'): string[][] {
	return [
		[astroBin, 'build'],
		['--experimental-strip-types', '--no-warnings=ExperimentalWarning', 'src/cli/finish-build.ts'],
	];
}
