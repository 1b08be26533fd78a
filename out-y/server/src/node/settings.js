"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readSettings = readSettings;
exports.noteFileOptions = noteFileOptions;
exports.filesKey = filesKey;
// Settings (section "infranotes"): whatever the client sends, merged over the defaults,
// and what they mean for listing files.
const protocol_1 = require("../protocol");
const files_1 = require("./files");
/** Merges a partial (possibly malformed) settings object over the defaults. */
function readSettings(raw) {
    const r = (raw && typeof raw === 'object' ? raw : {});
    const files = r.files && typeof r.files === 'object' ? r.files : {};
    const strings = (v, d) => (Array.isArray(v) && v.every((s) => typeof s === 'string') ? v : d);
    const max = Number(files.maxFileSizeMB);
    return {
        files: {
            include: strings(files.include, protocol_1.DEFAULT_SETTINGS.files.include),
            exclude: strings(files.exclude, protocol_1.DEFAULT_SETTINGS.files.exclude),
            maxFileSizeMB: Number.isFinite(max) && max > 0 ? max : protocol_1.DEFAULT_SETTINGS.files.maxFileSizeMB,
        },
        toolFile: typeof r.toolFile === 'string' && r.toolFile.trim() ? r.toolFile.trim() : protocol_1.DEFAULT_SETTINGS.toolFile,
        hover: { detail: r.hover?.detail === 'compact' ? 'compact' : 'full' },
        cache: {
            enabled: typeof r.cache?.enabled === 'boolean' ? r.cache.enabled : protocol_1.DEFAULT_SETTINGS.cache.enabled,
            folder: typeof r.cache?.folder === 'string' ? r.cache.folder : protocol_1.DEFAULT_SETTINGS.cache.folder,
        },
    };
}
function noteFileOptions(settings) {
    return { ...files_1.DEFAULT_NOTE_FILES, maxFileBytes: Math.round(settings.files.maxFileSizeMB * 1024 * 1024) };
}
/** Settings that change which files are notes (a change means a reindex). */
function filesKey(settings) {
    return JSON.stringify([settings.files, settings.toolFile]);
}
//# sourceMappingURL=settings.js.map