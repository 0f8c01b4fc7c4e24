import { defineConfig } from 'vitest/config';

// Two projects: unit tests, which never build the site, and build tests, which build (or serve)
// a copy of the project each and take most of the time. `npm run test:unit` runs only the first.
export default defineConfig({
	test: {
		testTimeout: 60_000,
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 } },
			{ test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000 } },
		],
	},
});
