"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.warmUpText = warmUpText;
exports.warmUp = warmUp;
exports.scriptOf = scriptOf;
exports.warmUpCandidates = warmUpCandidates;
// Warms up the extractor on the main thread once the first index is done. The workers extract
// every note of the first index, so without this the main thread would compile the extractor
// (and its incremental path for long notes) at the user's first keystroke in a note: the first
// edits of a long note took several times longer than the later ones.
const promises_1 = require("node:timers/promises");
const context_1 = require("../core/features/context");
const note_1 = require("../core/extract/note");
const workspace_index_1 = require("../core/workspace-index");
const heap_1 = require("./heap");
/** The warm-up note lives in an index of its own, never in the user's. */
const URI = 'untitled:infranotes-warm-up.md';
/** A long note in the layouts and languages real notes use (longer than the incremental path's threshold). */
function warmUpText() {
    const blocks = [
        (i) => `## Terraform at scale ${i} - Jane Doe, Acme\n\nWe moved from Ansible to Terraform and Vault; Kubernetes (k8s) runs on EKS.\n\n- Packer images, Consul service mesh\n- Prometheus and Grafana\n\n| tool | use |\n| --- | --- |\n| Prometheus | metrics |\n`,
        (i) => `## 쿠버네티스 운영기 ${i} - 김민수 (카카오)\n\n테라폼을 쓰고 Vault를 붙였다. 쿠버네티스 위에서 Argo CD로 배포한다.\n\n> Redis Sentinel 구성도 다뤘다.\n`,
        (i) => `## テラフォーム入門 ${i} — 佐藤 花子（メルカリ）\n\nテラフォームとPackerの比較。Kubernetesのクラスタは[[Warm-up Conf#Terraform at scale ${i}]]を参照。\n\n\`\`\`hcl\nresource "aws_instance" "x" {}\n\`\`\`\n`,
    ];
    const parts = ['---', 'title: Warm-up Conf', 'date: 2024-05-01', 'location: Seoul', '---', '', '# Warm-up Conf', '', '10:00-10:40 Keynote (Alex Kim)', ''];
    let length = 0;
    for (let i = 0; length < 48_000; i++) {
        const block = blocks[i % blocks.length](i);
        parts.push(block);
        length += block.length + 1;
    }
    return parts.join('\n');
}
/**
 * Extracts the warm-up note once, then again after small edits (the path an edit takes), one
 * extraction per `turn` (the server's background turns: after requests and the work queued
 * before, in a quiet moment), so requests are never held for long. Stops early when `stop()`
 * says so (a new index started).
 */
async function warmUp(catalog, stop, rounds = 8, turn = () => (0, promises_1.setImmediate)(), ownNotes = emptyNotes) {
    try {
        return await warmUpRounds(catalog, stop, rounds, turn, ownNotes);
    }
    finally {
        // The last round's parse (kept for the next edit of the warm-up note, which never comes) holds its text.
        (0, note_1.forgetPreviousExtraction)(URI);
    }
}
/** The rounds done. */
async function warmUpRounds(catalog, stop, rounds, turn, ownNotes) {
    const index = new workspace_index_1.WorkspaceIndex(catalog);
    let done = 0;
    for await (const text of roundTexts(rounds, ownNotes)) {
        await turn();
        if (stop())
            return done;
        // Not before the first turn: the tool answers and search rows made after the index, which do live long, come first.
        (0, heap_1.stopAllocationSitePretenuring)();
        index.update({ uri: URI, text, plainText: false });
        (0, context_1.markdownHeadings)(text);
        done++;
    }
    return done;
}
/** The text of each round, in order: the warm-up note's, then each of the user's notes'. */
async function* roundTexts(rounds, ownNotes) {
    const base = warmUpText();
    // Each round renames one talk and the tool it names, as someone editing a heading would.
    for (let k = 0; k < rounds; k++)
        yield k === 0 ? base : base.replace(`Terraform at scale ${k}`, `Pulumi at scale ${k}`);
    // Then a few of the user's own long notes, each extracted and then edited a little: the warm-up
    // note alone left the first edits of a real note slow (its layouts took paths the warm-up never
    // did, and V8 threw away code it had compiled for the warm-up note; see ARCHITECTURE.md).
    for await (const own of ownNotes()) {
        for (let k = 0; k < OWN_ROUNDS; k++) {
            const at = Math.floor(own.length / 2) + 7 * k;
            yield k === 0 ? own : own.slice(0, at) + 'x' + own.slice(at);
        }
    }
}
/** Extractions of each of the user's own notes: the first whole, then after small edits (the incremental path). */
const OWN_ROUNDS = 4;
async function* emptyNotes() { }
/** The script a note is mostly written in, from its first characters: the extractor's paths differ by it. */
function scriptOf(text) {
    const head = text.slice(0, 8192);
    if (/[\u3040-\u30ff]/.test(head))
        return 'ja';
    if (/[\uac00-\ud7af]/.test(head))
        return 'ko';
    return 'other';
}
/**
 * Which of the user's notes to warm up on: long enough for the incremental path (48-256 KB), those
 * nearest 128 KB first (long notes are the ones whose edits cost; the longest would hold the
 * thread longest), at most `limit` to look at.
 */
function warmUpCandidates(sizes, limit = 24) {
    const fit = [];
    for (const s of sizes)
        if (s.size >= 48 * 1024 && s.size <= 256 * 1024)
            fit.push(s);
    fit.sort((a, b) => Math.abs(a.size - 128 * 1024) - Math.abs(b.size - 128 * 1024) || (a.uri < b.uri ? -1 : 1));
    return fit.slice(0, limit).map((s) => s.uri);
}
//# sourceMappingURL=warm-up.js.map