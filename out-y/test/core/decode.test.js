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
// Every encoding fixture decodes to the expected label and text; binaries are skipped with a reason.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_fs_1 = require("node:fs");
const path = __importStar(require("node:path"));
const node_test_1 = require("node:test");
const fast_check_1 = __importDefault(require("fast-check"));
const catalog_1 = require("../../server/src/core/catalog/catalog");
const decode_1 = require("../../server/src/core/decode");
const note_1 = require("../../server/src/core/extract/note");
const paths_1 = require("../support/paths");
const dir = path.join(paths_1.fixturesDir, 'encodings');
const expected = JSON.parse((0, node_fs_1.readFileSync)(path.join(dir, 'expected.json'), 'utf8'));
const catalog = catalog_1.Catalog.builtin();
for (const [file, want] of Object.entries(expected.files)) {
    (0, node_test_1.test)(`decodes ${file} as ${want.encoding}`, () => {
        const decoded = (0, decode_1.decodeNote)((0, node_fs_1.readFileSync)(path.join(dir, file)));
        if (want.encoding === 'binary') {
            strict_1.default.equal(decoded.kind, 'skipped');
            strict_1.default.match(decoded.reason, /binary/);
            return;
        }
        strict_1.default.equal(decoded.kind, 'text');
        if (decoded.kind !== 'text')
            return;
        strict_1.default.equal(decoded.encoding, want.encoding);
        strict_1.default.ok(!decoded.text.includes('\uFEFF'), 'no BOM left in the text');
        const note = (0, note_1.extractNote)(`file:///${file}`, decoded.text, { catalog, plainText: !file.endsWith('.md') });
        if (want.event)
            strict_1.default.equal(note.events[0].name, want.event.name);
        for (const t of want.talks ?? []) {
            const talk = note.events[0].talks.find((x) => x.title === t.title);
            strict_1.default.ok(talk, `talk "${t.title}" in ${file}`);
            strict_1.default.equal(talk.titleRange.start.line + 1, t.line);
            for (const name of t.tools) {
                const tool = catalog.lookup(name);
                strict_1.default.ok(tool && talk.tools.some((c) => c.toolId === tool.id), `${name} in "${t.title}"`);
            }
        }
    });
}
(0, node_test_1.test)('a Korean UTF-8 note with one damaged byte stays Korean (not a legacy guess)', () => {
    const bytes = Buffer.from('# 하시코프 밋업\n\n## 헬름 차트 정리하기 - 김민수 (토스)\n테라폼과 헬름 이야기. 쿠버네티스 운영.\n'.repeat(3), 'utf8');
    bytes[20] = 0xff;
    const decoded = (0, decode_1.decodeNote)(bytes);
    strict_1.default.equal(decoded.kind, 'text');
    if (decoded.kind !== 'text')
        return;
    strict_1.default.equal(decoded.encoding, 'utf-8 (invalid bytes replaced)');
    strict_1.default.ok(decoded.text.includes('헬름 차트 정리하기'), decoded.text.slice(0, 80));
});
(0, node_test_1.test)('control bytes: four at a time, as one at a time counts them, at every alignment', () => {
    const reference = (head) => {
        let control = 0;
        for (const b of head) {
            if (b === 0)
                return -1;
            if (b < 8 || (b > 13 && b < 27) || (b > 27 && b < 32))
                control++;
        }
        return control;
    };
    const bytes = fast_check_1.default.array(fast_check_1.default.oneof(fast_check_1.default.integer({ min: 0, max: 255 }), fast_check_1.default.integer({ min: 0, max: 40 }), fast_check_1.default.constantFrom(10, 13, 9, 27, 0x41, 0xe3)), { maxLength: 64 });
    fast_check_1.default.assert(fast_check_1.default.property(bytes, fast_check_1.default.nat({ max: 7 }), (list, offset) => {
        const buffer = new Uint8Array(list.length + 8);
        buffer.set(list, offset);
        const head = buffer.subarray(offset, offset + list.length);
        strict_1.default.equal((0, decode_1.controlBytes)(head), reference(head));
    }), { numRuns: 3000 });
});
//# sourceMappingURL=decode.test.js.map