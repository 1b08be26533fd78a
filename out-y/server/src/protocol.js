"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_SETTINGS = exports.Notifications = exports.Requests = void 0;
// Every custom message between the Infra Notes client and server, declared once.
// Both sides import this file; each message says its direction.
// Positions and ranges are LSP's (0-based lines, UTF-16 characters).
const vscode_languageserver_protocol_1 = require("vscode-languageserver-protocol");
exports.Requests = {
    /** client → server: events by year, with talks and their tools. */
    eventTree: new vscode_languageserver_protocol_1.RequestType0('infranotes/eventTree'),
    /** client → server: tools by category, with the talks that mention them. */
    toolTree: new vscode_languageserver_protocol_1.RequestType0('infranotes/toolTree'),
    /** client → server: speakers with their talks. */
    speakerTree: new vscode_languageserver_protocol_1.RequestType0('infranotes/speakerTree'),
    /** client → server: ranked search over events, talks, speakers and tools. */
    search: new vscode_languageserver_protocol_1.RequestType('infranotes/search'),
    /** client → server: the tool card shown in the hover, for a panel that stays open. */
    toolCard: new vscode_languageserver_protocol_1.RequestType('infranotes/toolCard'),
    /** client → server: counts, timing and skipped files. */
    indexStatus: new vscode_languageserver_protocol_1.RequestType0('infranotes/indexStatus'),
    /** client → server: the talk whose title or notes hold a position (for "reveal in Events view"). */
    talkAt: new vscode_languageserver_protocol_1.RequestType('infranotes/talkAt'),
    /** client → server: forget everything and index the workspace again. */
    reindex: new vscode_languageserver_protocol_1.RequestType0('infranotes/reindex'),
};
exports.Notifications = {
    /** server → client: the index changed; views refresh. */
    indexChanged: new vscode_languageserver_protocol_1.NotificationType('infranotes/indexChanged'),
};
exports.DEFAULT_SETTINGS = {
    files: {
        include: ['**/*.md', '**/*.markdown', '**/*.txt', '**/[!.]*[!.]'],
        exclude: ['**/node_modules/**', '**/.git/**', '**/out/**', '**/dist/**', '**/build/**'],
        maxFileSizeMB: 10,
    },
    toolFile: '.infranotes/tools.yaml',
    hover: { detail: 'full' },
    cache: { enabled: true, folder: '' },
};
//# sourceMappingURL=protocol.js.map