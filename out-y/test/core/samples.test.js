"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// The bundled sample notes, and notes in further layouts (test/fixtures/layouts), against their
// hand-made answer keys (ANSWERS.json in each folder).
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = require("node:fs");
const path = __importStar(require("node:path"));
const node_test_1 = require("node:test");
const node_url_1 = require("node:url");
const folder_1 = require("../../server/src/node/folder");
const text_1 = require("../../server/src/core/text");
const paths_1 = require("../support/paths");
function checkAnswers(title, dir, minOrganisations) {
    const answers = JSON.parse((0, node_fs_1.readFileSync)(path.join(dir, 'ANSWERS.json'), 'utf8'));
    (0, node_test_1.describe)(title, () => {
        let loaded;
        (0, node_test_1.before)(async () => {
            loaded = await (0, folder_1.indexFolder)(dir);
        });
        const noteAt = (rel) => loaded.index.notes().find((n) => path.relative(dir, (0, node_url_1.fileURLToPath)(n.uri)).split(path.sep).join('/') === rel);
        for (const [rel, expected] of Object.entries(answers.notes)) {
            (0, node_test_1.test)(rel, () => {
                const note = noteAt(rel);
                strict_1.default.ok(note, `${rel} was not indexed`);
                if (expected.language)
                    strict_1.default.equal(note.language, expected.language, 'language');
                const realEvents = note.events.filter((e) => e.talks.length > 0);
                strict_1.default.equal(realEvents.length, expected.events.length, 'number of events with talks');
                expected.events.forEach((ev, i) => {
                    const got = realEvents[i];
                    strict_1.default.equal(got.name, ev.name, 'event name');
                    strict_1.default.equal(got.date, ev.date, 'event date');
                    if (ev.endDate !== undefined)
                        strict_1.default.equal(got.endDate, ev.endDate, 'event end date');
                    strict_1.default.deepEqual(got.talks.map((t) => `${t.titleRange.start.line + 1}: ${t.title}`), ev.talks.map((t) => `${t.line}: ${t.title}`), 'talks (line: title)');
                    ev.talks.forEach((et, k) => {
                        const gt = got.talks[k];
                        strict_1.default.deepEqual(gt.speakers.map((s) => s.name), et.speakers.map((s) => s.name), `speakers of "${et.title}"`);
                        const toolIds = new Set(gt.tools.map((c) => c.toolId));
                        for (const name of et.tools ?? []) {
                            const tool = loaded.index.catalog.lookup(name);
                            if (tool)
                                strict_1.default.ok(toolIds.has(tool.id), `"${et.title}" should mention ${name}`);
                        }
                        for (const name of et.notTools ?? []) {
                            const tool = loaded.index.catalog.lookup(name);
                            if (tool)
                                strict_1.default.ok(!toolIds.has(tool.id), `"${et.title}" must not mention ${name}`);
                        }
                    });
                });
            });
        }
        (0, node_test_1.test)('speaker organisations', () => {
            let checked = 0;
            for (const [rel, expected] of Object.entries(answers.notes)) {
                const note = noteAt(rel);
                const talks = note.events.flatMap((e) => e.talks);
                for (const et of expected.events.flatMap((e) => e.talks)) {
                    const gt = talks.find((t) => (0, text_1.nameKey)(t.title) === (0, text_1.nameKey)(et.title));
                    if (!gt)
                        continue;
                    for (const es of et.speakers) {
                        const gs = gt.speakers.find((s) => s.name === es.name);
                        if (gs && es.org) {
                            strict_1.default.equal(gs.org, es.org, `org of ${es.name} in ${rel}`);
                            checked++;
                        }
                    }
                }
            }
            strict_1.default.ok(checked >= minOrganisations, `checked ${checked} organisations`);
        });
    });
}
checkAnswers('sample notes', paths_1.samplesDir, 11);
checkAnswers('notes in further layouts', path.join(paths_1.fixturesDir, 'layouts'), 30);
//# sourceMappingURL=samples.test.js.map