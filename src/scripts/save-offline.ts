// The search page's "Save the whole site for offline use": fetches every file on the build's save
// list into the caches the service worker answers from, with progress, and stops when asked.
// Files already kept are skipped, so a second save resumes a cancelled one.
import { SAVE_LIST_URL, cacheFor, formatBytes, type SaveList } from '../site/offline.ts';

const section = document.getElementById('save-offline');
const $ = <T extends HTMLElement>(name: string) =>
	section?.querySelector<T>(`[data-${name}]`) ?? undefined;

async function save(signal: AbortSignal, report: (done: number, total: number) => void) {
	const response = await fetch(SAVE_LIST_URL, { signal, cache: 'no-cache' });
	if (!response.ok) throw new Error(`the list of files could not be read (${response.status})`);
	const list = (await response.json()) as SaveList;
	let done = 0;
	let next = 0;
	report(0, list.bytes);
	// Four at a time: fast on a good connection, and a cancel stops within four files.
	const worker = async () => {
		while (next < list.files.length && !signal.aborted) {
			const file = list.files[next++];
			if (!file) break;
			const cache = await caches.open(cacheFor(file.url));
			if (!(await cache.match(file.url))) {
				const got = await fetch(file.url, { signal });
				if (!got.ok) throw new Error(`${file.url} could not be fetched (${got.status})`);
				await cache.put(file.url, got);
			}
			done += file.bytes;
			report(done, list.bytes);
		}
	};
	await Promise.all([worker(), worker(), worker(), worker()]);
	return list;
}

const STOPPED = 'Stopped. What was saved stays saved; save again to fetch the rest.';

if (section && 'caches' in window && 'serviceWorker' in navigator) {
	const files = Number(section.dataset['saveFiles'] ?? 0);
	const bytes = Number(section.dataset['saveBytes'] ?? 0);
	const start = $<HTMLButtonElement>('save-start');
	const cancel = $<HTMLButtonElement>('save-cancel');
	const progress = $<HTMLProgressElement>('save-progress');
	const status = $<HTMLElement>('save-status');
	const size = $<HTMLElement>('save-size');
	if (files > 0 && start && cancel && progress && status && size) {
		size.textContent = `${files} files, up to ${formatBytes(bytes)}`;
		section.hidden = false;
		let controller: AbortController | undefined;
		start.addEventListener('click', async () => {
			controller = new AbortController();
			start.disabled = true;
			cancel.hidden = false;
			progress.hidden = false;
			status.textContent = 'Saving…';
			try {
				await save(controller.signal, (done, total) => {
					progress.max = total;
					progress.value = done;
					progress.setAttribute('aria-valuetext', `${formatBytes(done)} of ${formatBytes(total)}`);
				});
				status.textContent = controller.signal.aborted
					? STOPPED
					: `Saved: the whole site now works offline on this device.`;
			} catch (error) {
				status.textContent = controller.signal.aborted
					? STOPPED
					: `Saving stopped: ${error instanceof Error ? error.message : String(error)}. Check the connection and save again; what was saved stays saved.`;
			} finally {
				start.disabled = false;
				cancel.hidden = true;
			}
		});
		cancel.addEventListener('click', () => controller?.abort());
	}
}
