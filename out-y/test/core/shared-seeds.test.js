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
// The CLI on the shared seed notes, scored by the shared scorer against the hand-made gold.
// Runs only where ../shared exists (it is not part of the product).
const strict_1 = __importDefault(require("node:assert/strict"));
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const path = __importStar(require("node:path"));
const node_test_1 = require("node:test");
const paths_1 = require("../support/paths");
const seeds = path.join(paths_1.sharedDir, 'corpus', 'seeds');
const gold = path.join(paths_1.sharedDir, 'corpus', 'gold');
const scorer = path.join(paths_1.sharedDir, 'eval', 'score.mjs');
const available = (0, node_fs_1.existsSync)(seeds) && (0, node_fs_1.existsSync)(gold) && (0, node_fs_1.existsSync)(scorer);
(0, node_test_1.test)('shared seeds: talks, speakers, tools, events and mentions meet the bar', { skip: available ? false : '../shared is not here' }, (t) => {
    const dump = (0, node_child_process_1.execFileSync)(process.execPath, [path.join(paths_1.projectRoot, 'dist', 'cli.js'), 'index', seeds, '--json', '--no-cache'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const folder = (0, node_fs_1.mkdtempSync)(path.join((0, node_os_1.tmpdir)(), 'infranotes-seeds-'));
    // Every run had left its folder behind.
    t.after(() => (0, node_fs_1.rmSync)(folder, { recursive: true, force: true }));
    const file = path.join(folder, 'dump.json');
    (0, node_fs_1.writeFileSync)(file, dump);
    const report = (0, node_child_process_1.execFileSync)(process.execPath, [scorer, gold, file], { encoding: 'utf8' });
    const summary = report.trim().split('\n').pop();
    const value = (key) => {
        const m = new RegExp(`${key}=([\\d.]+)(?:/(\\d+))?`).exec(summary);
        strict_1.default.ok(m, `${key} in: ${summary}`);
        return { n: Number(m[1]), of: m[2] === undefined ? undefined : Number(m[2]) };
    };
    strict_1.default.ok(value('talksF1').n >= 0.95, summary);
    strict_1.default.ok(value('speakersF1').n >= 0.9, summary);
    strict_1.default.ok(value('toolsF1').n >= 0.85, summary);
    const events = value('events');
    strict_1.default.equal(events.n, events.of, `every event name right: ${summary}`);
    const dates = value('dates');
    strict_1.default.equal(dates.n, dates.of, `every event date right: ${summary}`);
    strict_1.default.equal(value('wrong').n, 0, `no wrong mention: ${summary}`);
    // Every listed mention is found, except a gold entry whose line does not hold the text at all.
    const missed = report.split('\n').filter((l) => l.includes('mention MISS'));
    const unreachable = new Set();
    for (const g of (0, node_fs_1.readdirSync)(gold)) {
        const answers = JSON.parse((0, node_fs_1.readFileSync)(path.join(gold, g), 'utf8'));
        const lines = (0, node_fs_1.readFileSync)(path.join(seeds, answers.file), 'utf8').split(/\r\n|\r|\n/);
        for (const m of answers.mentions)
            if (!(lines[m.line - 1] ?? '').includes(m.text))
                unreachable.add(`line ${m.line}: ${m.text}`);
    }
    const reachableMisses = missed.filter((l) => ![...unreachable].some((u) => l.includes(u)));
    strict_1.default.deepEqual(reachableMisses, [], report);
});
//# sourceMappingURL=shared-seeds.test.js.map