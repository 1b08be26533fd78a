"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// The server's stdio writer: byte for byte what vscode-jsonrpc's own writer sends, with a result
// handed over already serialised (RawJson) spliced in as it is; and the traffic it reports.
const strict_1 = __importDefault(require("node:assert/strict"));
const node_stream_1 = require("node:stream");
const node_test_1 = require("node:test");
const node_1 = require("vscode-languageserver/node");
const json_rpc_1 = require("../../server/src/node/json-rpc");
/** Everything a writer sends for `messages`, as one buffer. */
async function sent(make, messages) {
    const out = new node_stream_1.PassThrough();
    const chunks = [];
    out.on('data', (c) => chunks.push(c));
    const w = make(out);
    for (const m of messages)
        await w.write(m);
    return Buffer.concat(chunks);
}
const LOCATIONS = [
    { uri: 'file:///notes/2024/%ED%95%98%EC%8B%9C.md', range: { start: { line: 3, character: 0 }, end: { line: 3, character: 12 } } },
    { uri: 'file:///notes/é "quoted" \\ back.md', range: { start: { line: 10, character: 5 }, end: { line: 11, character: 2 } } },
];
const MESSAGES = [
    { jsonrpc: '2.0', id: 1, result: LOCATIONS },
    { jsonrpc: '2.0', id: 'abc', result: null },
    { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: '테라폼 — テラフォーム 🚀' } },
    { jsonrpc: '2.0', id: 7, error: { code: -32800, message: 'The request was cancelled.' } },
    { jsonrpc: '2.0', id: 8, method: 'workspace/configuration', params: { items: [{ section: 'infranotes' }] } },
];
const raw = (value) => new json_rpc_1.RawJson(new TextEncoder().encode(JSON.stringify(value)), () => value);
(0, node_test_1.describe)('JSON-RPC writer', () => {
    (0, node_test_1.test)("sends what vscode-jsonrpc's StreamMessageWriter sends, byte for byte", async () => {
        const theirs = await sent((out) => new node_1.StreamMessageWriter(out), MESSAGES);
        const ours = await sent((out) => new json_rpc_1.JsonRpcStreamWriter(out), MESSAGES);
        strict_1.default.equal(ours.toString('latin1'), theirs.toString('latin1'));
    });
    (0, node_test_1.test)('a RawJson result goes out as its bytes, the same message as the value would make', async () => {
        const withRaw = MESSAGES.map((m) => ('result' in m && m.result !== null ? { ...m, result: raw(m.result) } : m));
        const theirs = await sent((out) => new node_1.StreamMessageWriter(out), MESSAGES);
        const ours = await sent((out) => new json_rpc_1.JsonRpcStreamWriter(out), withRaw);
        strict_1.default.equal(ours.toString('latin1'), theirs.toString('latin1'));
        // The bytes are used as they are, not the value (which would say something else here).
        const spliced = new json_rpc_1.RawJson(new TextEncoder().encode('[1,2]'), () => ['not', 'this']);
        const parts = (0, json_rpc_1.encodeMessage)({ jsonrpc: '2.0', id: 3, result: spliced });
        strict_1.default.equal(Buffer.concat(parts).toString('utf8'), '{"jsonrpc":"2.0","id":3,"result":[1,2]}');
        // Anything that serialises the message itself (Node IPC, traces) gets the value.
        strict_1.default.equal(JSON.stringify({ result: spliced }), '{"result":["not","this"]}');
    });
    (0, node_test_1.test)("a reader reads back every message, and traffic counts what came in and what went out", async () => {
        const pipe = new node_stream_1.PassThrough();
        const traffic = new json_rpc_1.Traffic();
        const writer = new json_rpc_1.JsonRpcStreamWriter(pipe, traffic);
        const got = [];
        const counted = [];
        const all = new Promise((resolve) => {
            (0, json_rpc_1.watchedReader)(new node_1.StreamMessageReader(pipe), traffic).listen((m) => {
                got.push(m);
                counted.push(traffic.reads);
                if (got.length === MESSAGES.length)
                    resolve();
            });
        });
        const before = traffic.last;
        for (const m of MESSAGES)
            await writer.write('result' in m && m.result !== null ? { ...m, result: raw(m.result) } : m);
        strict_1.default.ok(traffic.last > before, 'writing is traffic');
        await all;
        strict_1.default.deepEqual(got, MESSAGES);
        strict_1.default.deepEqual(counted, [1, 2, 3, 4, 5]);
    });
    (0, node_test_1.test)('the connection is busy until a handler returns: traffic notes when each message was handled', async () => {
        const toServer = new node_stream_1.PassThrough();
        const traffic = new json_rpc_1.Traffic();
        const server = (0, node_1.createMessageConnection)((0, json_rpc_1.watchedReader)(new node_1.StreamMessageReader(toServer), traffic), new node_1.StreamMessageWriter(new node_stream_1.PassThrough()), undefined, { messageStrategy: traffic.messageStrategy() });
        const handled = [];
        const done = new Promise((resolve) => {
            server.onNotification('slow', () => {
                const read = traffic.last;
                const ended = performance.now() + 15;
                while (performance.now() < ended)
                    ;
                handled.push({ read, ended });
                if (handled.length === 2)
                    setImmediate(resolve);
            });
        });
        server.listen();
        const client = new node_1.StreamMessageWriter(toServer);
        await client.write({ jsonrpc: '2.0', method: 'slow' });
        await client.write({ jsonrpc: '2.0', method: 'slow' });
        await done;
        // Quiet counts from the end of the last handler, not from when its message was read.
        strict_1.default.ok(traffic.last >= handled[1].ended, `last ${traffic.last}, the handler ended at ${handled[1].ended}`);
        strict_1.default.ok(handled[1].read >= handled[0].ended, 'the second message was handled after the first handler returned');
        strict_1.default.equal(traffic.pending, 0);
        server.dispose();
    });
    (0, node_test_1.test)('messages wait for their handlers until handled; cancellations are not counted (vscode-jsonrpc may handle them as they are read)', () => {
        const traffic = new json_rpc_1.Traffic();
        traffic.read({ jsonrpc: '2.0', id: 1, method: 'textDocument/hover' });
        traffic.read({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 1 } });
        traffic.read({ jsonrpc: '2.0', method: 'textDocument/didChange' });
        strict_1.default.equal(traffic.pending, 2);
        traffic.handled({ jsonrpc: '2.0', id: 1, method: 'textDocument/hover' });
        traffic.handled({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 1 } });
        strict_1.default.equal(traffic.pending, 1);
        traffic.handled({ jsonrpc: '2.0', method: 'textDocument/didChange' });
        traffic.handled({ jsonrpc: '2.0', method: 'textDocument/didChange' });
        strict_1.default.equal(traffic.pending, 0);
    });
    (0, node_test_1.test)('a handler that throws still marks the connection busy until it returned', () => {
        const traffic = new json_rpc_1.Traffic();
        const strategy = traffic.messageStrategy();
        let ended = 0;
        strict_1.default.throws(() => strategy.handleMessage({ jsonrpc: '2.0' }, () => {
            ended = performance.now() + 5;
            while (performance.now() < ended)
                ;
            throw new Error('handler failed');
        }));
        strict_1.default.ok(traffic.last >= ended);
    });
    (0, node_test_1.test)('lent bytes go to one answer at a time and come back once it is written, or when it was dropped', async () => {
        // A stream nobody reads yet holds the write's callback: the answer is still being written.
        const out = new node_stream_1.PassThrough({ highWaterMark: 16 });
        const texts = [];
        const writer = new json_rpc_1.JsonRpcStreamWriter(out);
        const lent = new json_rpc_1.LentBytes(writer, 1024);
        const answer = (id, bytes, text) => {
            bytes.set(new TextEncoder().encode(text));
            return writer.write({ jsonrpc: '2.0', id, result: new json_rpc_1.RawJson(bytes, () => JSON.parse(text), () => lent.giveBack(bytes)) });
        };
        const first = lent.take(7);
        const writing = answer(1, first, '"first"');
        strict_1.default.equal(writer.writing, 1);
        const meanwhile = lent.take(8);
        strict_1.default.notEqual(meanwhile.buffer, first.buffer, 'lent while its answer is being written');
        const second = answer(2, meanwhile, '"second"');
        out.on('data', (c) => texts.push(c.toString('utf8')));
        await writing;
        await second;
        strict_1.default.equal(writer.writing, 0);
        strict_1.default.match(texts.join(''), /\{"jsonrpc":"2.0","id":1,"result":"first"\}.*\{"jsonrpc":"2.0","id":2,"result":"second"\}/s);
        // Written: the same room serves the next answer.
        const again = lent.take(9);
        strict_1.default.equal(again.buffer, first.buffer);
        // An answer that is never written (its request failed) does not keep the room once nothing is being written.
        strict_1.default.equal(lent.take(5).buffer, first.buffer);
        // Larger than it keeps: an array of its own, and the room stays as it was.
        strict_1.default.notEqual(lent.take(2048).buffer, first.buffer);
        strict_1.default.equal(lent.take(5).buffer, first.buffer);
    });
    (0, node_test_1.test)('a write to a closed stream is an error the connection hears of', async () => {
        const out = new node_stream_1.PassThrough();
        const writer = new json_rpc_1.JsonRpcStreamWriter(out);
        const heard = [];
        writer.onError(([e]) => heard.push(e));
        out.destroy();
        await strict_1.default.rejects(writer.write(MESSAGES[0]));
        strict_1.default.ok(heard.length >= 1);
    });
});
/** A seeded generator (mulberry32), so a failure can be replayed. */
function rng(seed) {
    return () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** Text with what JSON escapes (line breaks, quotes, runs of backslashes before n and quotes, control characters, lone surrogates) and what UTF-8 takes several bytes for. */
function noteLikeText(rand, length) {
    const bits = ['\n', '\n', '\\', '\\\\', '\\n', '\\\\n', '"', '\\"', '\t', '\r\n', '\u0000', '\u001f', '\ud83d', '\ude80', '🚀', '테라폼', 'テラフォーム', 'é', '\u2028', 'Terraform', '## Talk - Jane Doe\n', 'x'.repeat(40)];
    let out = '';
    while (out.length < length)
        out += rand() < 0.5 ? bits[Math.floor(rand() * bits.length)] : 'abcdefghij klmnop qrstuv wxyz. '.slice(0, 1 + Math.floor(rand() * 30));
    return out;
}
/** The bytes of a message as a client sends them: header and UTF-8 JSON. */
function framed(message) {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}
/** Every message a reader hands over when `bytes` come in chunks of the given sizes. */
async function readAll(reader, input, bytes, sizes, count) {
    const got = [];
    const all = new Promise((resolve) => {
        reader.listen((m) => {
            got.push(m);
            if (got.length === count)
                resolve();
        });
    });
    for (let at = 0; at < bytes.length;) {
        const n = Math.max(1, sizes());
        input.write(bytes.subarray(at, at + n));
        at += n;
    }
    await all;
    return got;
}
(0, node_test_1.describe)('JSON-RPC reader', () => {
    (0, node_test_1.test)('a long message is parsed as JSON.parse parses it: long strings in objects and arrays, escapes cut nowhere, marks and keys left to JSON.parse', () => {
        const rand = rng(5);
        for (let round = 0; round < 60; round++) {
            const long = () => noteLikeText(rand, 33_000 + Math.floor(rand() * 60_000));
            const shapes = [
                { jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: 'file:///n/é.md', version: round }, contentChanges: [{ text: long() }] } },
                { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///a.md', languageId: 'markdown', version: 1, text: long() } } },
                { a: [long(), 'short', long(), { b: long() }], c: null, d: 1.5e3, e: [true, false] },
                [long(), long()],
                { [long()]: 'a long key', other: long() },
                { text: long(), looksLikeAMark: '\u0000infranotes:long-string:0' },
                `{"text":${JSON.stringify(long())},"__proto__":${JSON.stringify(long())}}`,
                // ASCII only, and Latin-1 only: strings of one byte per character, with and without escapes.
                { text: long().replace(/[^\x20-\x7e]/g, ''), plain: 'x'.repeat(40_000) },
                { text: long().replace(/[^\n\x20-\xff]/g, 'é'), escaped: '\u00e9\u00ff\\"'.repeat(9_000) },
            ];
            const value = shapes[round % shapes.length];
            const bytes = Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8');
            strict_1.default.ok(bytes.length >= 32 * 1024, 'long enough to take the long way');
            strict_1.default.deepStrictEqual((0, json_rpc_1.parseMessage)(bytes), JSON.parse(bytes.toString('utf8')), `round ${round}`);
        }
    });
    (0, node_test_1.test)('a long string that JSON.parse rejects (a raw control character, a bad or cut escape) is rejected as JSON.parse rejects it', () => {
        const text = 'Terraform 테라폼 テラフォーム é '.repeat(2_000);
        for (const bad of ['\u0001', '\t', '\\x', '\\u12', '\\u12g4', '\\']) {
            const ascii = text.replace(/[^\x20-\x7e]/g, 'a');
            // Non-ASCII, ASCII without an escape, ASCII with escapes (each takes its own way).
            for (const base of [text, ascii, ascii.replace(/a /g, 'a\n')]) {
                const bytes = Buffer.from(`{"text":"${JSON.stringify(base).slice(1, -1)}${bad}${JSON.stringify(base).slice(1, -1)}"}`, 'utf8');
                strict_1.default.throws(() => JSON.parse(bytes.toString('utf8')), SyntaxError, JSON.stringify(bad));
                strict_1.default.throws(() => (0, json_rpc_1.parseMessage)(bytes), SyntaxError, JSON.stringify(bad));
            }
        }
    });
    (0, node_test_1.test)('bytes that are not UTF-8 in a long string decode as a whole-message decode would', () => {
        const rand = rng(9);
        const json = Buffer.from(JSON.stringify({ text: noteLikeText(rand, 60_000) }), 'utf8');
        // Damage bytes of UTF-8 sequences (escapes and quotes are ASCII: the JSON stays valid).
        let damaged = 0;
        for (let k = 0; k < 100_000 && damaged < 200; k++) {
            const i = Math.floor(rand() * json.length);
            if (json[i] >= 0x80)
                (json[i] = [0xff, 0xc3, 0xe3, 0x80][k % 4]), damaged++;
        }
        strict_1.default.equal(damaged, 200);
        strict_1.default.deepStrictEqual((0, json_rpc_1.parseMessage)(json), JSON.parse(json.toString('utf8')));
    });
    (0, node_test_1.test)("reads what vscode-jsonrpc's reader reads, however the bytes are cut into chunks", async () => {
        const rand = rng(11);
        const messages = [];
        for (let k = 0; k < 30; k++) {
            messages.push(k % 3 === 0
                ? { jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: 'file:///n.md', version: k }, contentChanges: [{ text: noteLikeText(rand, 20_000 + Math.floor(rand() * 200_000)) }] } }
                : MESSAGES[k % MESSAGES.length]);
        }
        const cuts = [
            [() => 65536, messages.length],
            [() => Math.floor(rand() * 100_000), messages.length],
            [() => 1 << 30, messages.length],
            // Byte by byte (a few bytes at a time) through the first messages only: slow.
            [() => 1 + Math.floor(rand() * 7), 4],
        ];
        for (const [sizes, count] of cuts) {
            const some = Buffer.concat(messages.slice(0, count).map(framed));
            const theirsIn = new node_stream_1.PassThrough();
            const oursIn = new node_stream_1.PassThrough();
            const theirs = await readAll(new node_1.StreamMessageReader(theirsIn), theirsIn, some, sizes, count);
            const ours = await readAll(new json_rpc_1.JsonRpcStreamReader(oursIn), oursIn, some, sizes, count);
            strict_1.default.deepStrictEqual(ours, theirs);
            strict_1.default.deepStrictEqual(ours, messages.slice(0, count));
        }
    });
    (0, node_test_1.test)('a message that is not JSON is an error the connection hears of, and the messages after it are read', async () => {
        const input = new node_stream_1.PassThrough();
        const reader = new json_rpc_1.JsonRpcStreamReader(input);
        const errors = [];
        reader.onError((e) => errors.push(e));
        const bad = Buffer.from('{"jsonrpc": "2.0", "method": ', 'utf8');
        const bytes = Buffer.concat([Buffer.from(`Content-Length: ${bad.length}\r\n\r\n`), bad, framed(MESSAGES[2])]);
        const got = await readAll(reader, input, bytes, () => 5, 1);
        strict_1.default.equal(errors.length, 1);
        strict_1.default.deepStrictEqual(got, [MESSAGES[2]]);
    });
    (0, node_test_1.test)('the server reads its messages with it: a didChange with a long text and the hover after it, in one go', async () => {
        const input = new node_stream_1.PassThrough();
        const traffic = new json_rpc_1.Traffic();
        const connection = (0, node_1.createMessageConnection)((0, json_rpc_1.watchedReader)(new json_rpc_1.JsonRpcStreamReader(input), traffic), new node_1.StreamMessageWriter(new node_stream_1.PassThrough()));
        const text = noteLikeText(rng(3), 220_000);
        const seen = [];
        const done = new Promise((resolve) => {
            connection.onNotification('textDocument/didChange', (p) => void seen.push(p.contentChanges[0].text));
            connection.onRequest('textDocument/hover', () => {
                resolve();
                return null;
            });
        });
        connection.listen();
        input.write(Buffer.concat([framed({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: 'file:///n.md', version: 2 }, contentChanges: [{ text }] } }), framed({ jsonrpc: '2.0', id: 1, method: 'textDocument/hover', params: {} })]));
        await done;
        strict_1.default.equal(seen.length, 1);
        strict_1.default.equal(seen[0], text);
        strict_1.default.equal(traffic.reads, 2);
        connection.dispose();
    });
});
//# sourceMappingURL=json-rpc.test.js.map