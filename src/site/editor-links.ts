/** Where an editor goes to fix a line: the site's own source view of the file, at that line. */

/** URL of the source view of a project file at a line. */
export function editUrl(file: string, line: number): string {
	return `/editors/source/${file}/#L${line}`;
}
