/**
 * How every browser run here starts Chromium: the system one (nothing can be downloaded), from
 * CHROMIUM_PATH or /usr/bin/chromium, without the background connections a closed network
 * refuses. The Playwright config and the benchmark both read it.
 */
import { existsSync } from 'node:fs';

/** The Chromium binary, or undefined to use Playwright's own browser. */
export const chromiumPath: string | undefined =
	process.env['CHROMIUM_PATH'] ??
	(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Chromium's command-line switches. */
export const CHROMIUM_ARGS: readonly string[] = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-gpu',
];
