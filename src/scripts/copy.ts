/**
 * Copy buttons and the remembered citation style. Each `button.copy[data-copy=id]` copies, from the
 * element with that id, the parts marked `[data-style=<chosen style>]` (visible formatted text, or
 * for a claim, its statement, in-text citation and its sources' entries from the page's reference
 * list) as plain text and HTML, and announces the result.
 */
const KEY = 'bpe-citation-style';
const radios = () => [
	...document.querySelectorAll<HTMLInputElement>('input[name="citation-style"]'),
];

function chosenStyle(): string {
	return radios().find((r) => r.checked)?.value ?? radios()[0]?.value ?? 'apa';
}

function restoreStyle(): void {
	let saved: string | null = null;
	try {
		saved = localStorage.getItem(KEY);
	} catch {
		// Storage can be blocked (private mode); the choice then lasts for this page only.
	}
	for (const r of radios()) {
		if (saved && r.value === saved) r.checked = true;
		r.addEventListener('change', () => {
			try {
				localStorage.setItem(KEY, r.value);
			} catch {
				// See above.
			}
		});
	}
}

let live: HTMLElement | undefined;
function announce(message: string): void {
	if (!live) {
		live = document.createElement('p');
		live.className = 'visually-hidden';
		live.setAttribute('role', 'status');
		document.body.append(live);
	}
	live.textContent = '';
	// A fresh text node after clearing makes screen readers announce a repeated message too.
	setTimeout(() => {
		if (live) live.textContent = message;
	}, 50);
}

/**
 * A claim's blocks in `style`: its statement with the in-text citation, then each source's entry
 * as the page's reference list formats it (numbered in a numeric style, else in alphabetical
 * order). Undefined for anything that is not a claim.
 */
function claimBlocks(target: HTMLElement, style: string): HTMLElement[] | undefined {
	const holder = target.querySelector<HTMLElement>('[data-claim-sources]');
	const cite = holder?.querySelector<HTMLElement>(`[data-style="${style}"]`);
	if (!holder || !cite) return undefined;
	const numeric = cite.dataset['numeric'] !== undefined;
	const bare = (target.querySelector('.claim-statement')?.textContent ?? '')
		.trim()
		.replace(/[.\s]+$/, '');
	const first = document.createElement('p');
	const superscript = cite.innerHTML.startsWith('<sup>');
	first.textContent = superscript ? `${bare}.` : `${bare} `;
	first.insertAdjacentHTML('beforeend', cite.innerHTML);
	if (!superscript) first.append('.');
	const entries = (holder.dataset['claimSources'] ?? '').split(' ').map((key) => {
		const formatted = document.querySelector(`#ref-${CSS.escape(key)} [data-style="${style}"]`);
		return (formatted?.querySelector('.csl-entry') ?? formatted)?.innerHTML.trim() ?? key;
	});
	const ordered = numeric ? entries : [...entries].sort();
	return [
		first,
		...ordered.map((html, i) => {
			const p = document.createElement('p');
			p.innerHTML = `${numeric ? `${i + 1}. ` : ''}${html}`;
			return p;
		}),
	];
}

/** The blocks to copy: plain text joined by blank lines, and HTML. */
function copyContent(target: HTMLElement): { text: string; html: string } {
	const style = chosenStyle();
	const parts = [...target.querySelectorAll<HTMLElement>(`[data-style="${style}"]`)];
	const blocks =
		claimBlocks(target, style) ??
		parts.flatMap((p) => (p.dataset['copyBlocks'] !== undefined ? [...p.children] : [p]));
	const text = blocks
		.map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim())
		.filter(Boolean)
		.join('\n\n');
	const html = blocks.map((b) => `<p>${b.innerHTML.trim()}</p>`).join('\n');
	return { text, html };
}

async function writeClipboard(text: string, html: string): Promise<void> {
	if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
		await navigator.clipboard.write([
			new ClipboardItem({
				'text/plain': new Blob([text], { type: 'text/plain' }),
				'text/html': new Blob([html], { type: 'text/html' }),
			}),
		]);
		return;
	}
	await navigator.clipboard.writeText(text);
}

function setUpButton(button: HTMLButtonElement): void {
	const label = button.firstChild?.textContent ?? 'Copy';
	button.hidden = false;
	button.addEventListener('click', async () => {
		const target = document.getElementById(button.dataset['copy'] ?? '');
		if (!target) return;
		const { text, html } = copyContent(target);
		try {
			await writeClipboard(text, html);
			if (button.firstChild) button.firstChild.textContent = 'Copied';
			announce('Copied to the clipboard.');
		} catch {
			// No clipboard access: select the text so Ctrl+C / Cmd+C still works.
			const visible = target.querySelector<HTMLElement>(`[data-style="${chosenStyle()}"]`);
			if (visible) getSelection()?.selectAllChildren(visible);
			announce('Could not copy automatically. The text is selected: press Ctrl+C or Cmd+C.');
		}
		setTimeout(() => {
			if (button.firstChild) button.firstChild.textContent = label;
		}, 2000);
	});
}

restoreStyle();
document.querySelectorAll<HTMLButtonElement>('button.copy[data-copy]').forEach(setUpButton);
