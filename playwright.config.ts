// Playwright runs against the built site (dist/), served by `astro preview` on a free port.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath as executablePath } from './tests/chromium.ts';

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'tests/e2e/.artifacts',
	forbidOnly: Boolean(process.env['CI']),
	retries: 0,
	workers: 2,
	reporter: process.env['CI'] ? 'list' : 'line',
	globalSetup: './tests/e2e/global-setup.ts',
	use: {
		baseURL: process.env['BASE_URL'],
		launchOptions: {
			...(executablePath ? { executablePath } : {}),
			args: [...CHROMIUM_ARGS],
		},
	},
	projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
