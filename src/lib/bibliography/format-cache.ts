/**
 * A disk cache for formatted references and citations, keyed by the content that decides the
 * output (the entry, the works it must be told apart from, and the style), so an unchanged
 * bibliography formats nothing on the next build. One JSON file; merged, never clobbered, when
 * several module instances of one build (the loader and the pages) save at exit.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Bump when the formatting code changes in a way that changes its output. */
export const FORMAT_CACHE_VERSION = 2;

/** What a cache did: how many values were computed, how many were read, and the time spent. */
export interface FormatCounters {
	formatted: number;
	fromCache: number;
	ms: number;
}

/** A short stable hash of some strings. */
export function hashOf(...parts: string[]): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(part).update('\u0000');
	return hash.digest('base64url').slice(0, 22);
}

/** Reads a cache file; a missing, unreadable or old-version file is an empty cache. */
function readCacheFile(file: string): Map<string, string> {
	try {
		const data = JSON.parse(readFileSync(file, 'utf8')) as {
			version?: number;
			values?: Record<string, string>;
		};
		if (data.version !== FORMAT_CACHE_VERSION || typeof data.values !== 'object' || !data.values)
			return new Map();
		return new Map(Object.entries(data.values).filter(([, v]) => typeof v === 'string'));
	} catch {
		return new Map();
	}
}

/** The cache: in memory for the build, on disk between builds when given a file. */
export class FormatCache {
	readonly counters: FormatCounters = { formatted: 0, fromCache: 0, ms: 0 };
	private readonly file: string | undefined;
	private values = new Map<string, string>();
	private readonly added = new Map<string, string>();
	/** The file's modification time when last read; -1 before the first read. */
	private readMtime = -1;

	constructor(file?: string) {
		this.file = file;
	}

	/**
	 * The cached value, counted as a hit. On a miss the file is read again if it changed since:
	 * one build runs the loader and the page renderer in separate module instances, and the
	 * loader saves what it formatted before the pages need it.
	 */
	get(key: string): string | undefined {
		let value = this.values.get(key);
		if (value === undefined && this.refresh()) value = this.values.get(key);
		if (value !== undefined) this.counters.fromCache++;
		return value;
	}

	/** Re-reads the file when its modification time moved; true when it did. */
	private refresh(): boolean {
		if (!this.file) return false;
		let mtime: number;
		try {
			mtime = statSync(this.file).mtimeMs;
		} catch {
			mtime = 0;
		}
		if (mtime === this.readMtime) return false;
		this.readMtime = mtime;
		const read = readCacheFile(this.file);
		for (const [k, v] of this.added) read.set(k, v);
		this.values = read;
		return true;
	}

	/** Stores a freshly computed value, counted as formatted. */
	set(key: string, value: string): void {
		this.values.set(key, value);
		this.added.set(key, value);
		this.counters.formatted++;
	}

	/** Runs `work` and adds its time to the counters. */
	timed<T>(work: () => T): T {
		const start = performance.now();
		try {
			return work();
		} finally {
			this.counters.ms += performance.now() - start;
		}
	}

	/** Writes new values to disk, merged with what another instance may have written meanwhile. */
	save(): void {
		if (!this.file || this.added.size === 0) return;
		const merged = readCacheFile(this.file);
		for (const [k, v] of this.added) merged.set(k, v);
		mkdirSync(dirname(this.file), { recursive: true });
		const tmp = `${this.file}.${process.pid}.tmp`;
		writeFileSync(
			tmp,
			JSON.stringify({ version: FORMAT_CACHE_VERSION, values: Object.fromEntries(merged) }),
		);
		renameSync(tmp, this.file);
		this.added.clear();
	}
}
