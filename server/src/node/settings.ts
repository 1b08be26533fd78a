// Settings (section "infranotes"): whatever the client sends, merged over the defaults,
// and what they mean for listing files.
import { DEFAULT_SETTINGS, type Settings } from '../protocol';
import { DEFAULT_NOTE_FILES, type NoteFileOptions } from './files';

/** Merges a partial (possibly malformed) settings object over the defaults. */
export function readSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, any>;
  const files = r.files && typeof r.files === 'object' ? r.files : {};
  const strings = (v: unknown, d: string[]) => (Array.isArray(v) && v.every((s) => typeof s === 'string') ? v : d);
  const max = Number(files.maxFileSizeMB);
  return {
    files: {
      include: strings(files.include, DEFAULT_SETTINGS.files.include),
      exclude: strings(files.exclude, DEFAULT_SETTINGS.files.exclude),
      maxFileSizeMB: Number.isFinite(max) && max > 0 ? max : DEFAULT_SETTINGS.files.maxFileSizeMB,
    },
    toolFile: typeof r.toolFile === 'string' && r.toolFile.trim() ? r.toolFile.trim() : DEFAULT_SETTINGS.toolFile,
    hover: { detail: r.hover?.detail === 'compact' ? 'compact' : 'full' },
    cache: {
      enabled: typeof r.cache?.enabled === 'boolean' ? r.cache.enabled : DEFAULT_SETTINGS.cache.enabled,
      folder: typeof r.cache?.folder === 'string' ? r.cache.folder : DEFAULT_SETTINGS.cache.folder,
    },
  };
}

export function noteFileOptions(settings: Settings): NoteFileOptions {
  return { ...DEFAULT_NOTE_FILES, maxFileBytes: Math.round(settings.files.maxFileSizeMB * 1024 * 1024) };
}

/** Settings that change which files are notes (a change means a reindex). */
export function filesKey(settings: Settings): string {
  return JSON.stringify([settings.files, settings.toolFile]);
}
