/**
 * Where an editor goes to fix a line. With REPO_URL set (the web view of the repository's files,
 * as Starlight's editLink takes it, e.g. https://git.example.org/team/back-pain-evidence/blob/main),
 * a production build links each finding to the file and line there and prerenders no source views;
 * without it, and always under `npm run dev`, to the site's own source view (/editors/source/...).
 */

/** REPO_URL checked: undefined when unset; a clear message when it is not an http(s) address. */
export function repoUrl(value = process.env['REPO_URL']): string | undefined {
	if (!value?.trim()) return undefined;
	let url: URL;
	try {
		url = new URL(value.trim());
	} catch {
		throw new Error(
			`REPO_URL "${value}" is not a URL. Set it to the web view of the repository's files, e.g. https://git.example.org/team/back-pain-evidence/blob/main, or leave it unset for the site's own source views.`,
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw new Error(
			`REPO_URL "${value}" uses "${url.protocol}"; it must be an https:// address of the repository's web view.`,
		);
	return url.href.replace(/\/+$/, '');
}

/** Whether the build prerenders the site's own source views (no REPO_URL, or the dev server). */
export const localSourceViews = (dev: boolean, repo = repoUrl()): boolean => dev || !repo;

/** URL of a project file at a line: in the repository's web view, or the site's source view. */
export function editUrl(file: string, line: number, dev = false, repo = repoUrl()): string {
	return localSourceViews(dev, repo)
		? `/editors/source/${file}/#L${line}`
		: `${repo}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}`;
}
