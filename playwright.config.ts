// Playwright runs against the built site (dist/), served by `astro preview` on a free port.
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/** System Chromium (nothing can be downloaded here); Playwright's own browser elsewhere. */
const executablePath =
	process.env['CHROMIUM_PATH'] ??
	(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

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
			args: [
				'--no-sandbox',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--disable-gpu',
			],
		},
	},
	projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
