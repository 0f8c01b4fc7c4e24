// Serves the already built dist/ with `astro preview` on a free port for the whole run.
import { existsSync } from 'node:fs';
import { preview } from 'astro';

export default async function globalSetup(): Promise<() => Promise<void>> {
	if (!existsSync('dist/index.html'))
		throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
	const server = await preview({
		root: process.cwd(),
		server: { port: 0, host: '127.0.0.1' },
		logLevel: 'error',
	});
	process.env['BASE_URL'] = `http://127.0.0.1:${server.port}`;
	return async () => server.stop();
}
