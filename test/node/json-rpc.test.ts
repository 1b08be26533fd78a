// The server's stdio writer: byte for byte what vscode-jsonrpc's own writer sends, with a result
// handed over already serialised (RawJson) spliced in as it is; and the traffic it reports.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, test } from 'node:test';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection, type Message } from 'vscode-languageserver/node';
import { JsonRpcStreamWriter, RawJson, Traffic, encodeMessage, watchedReader } from '../../server/src/node/json-rpc';

/** Everything a writer sends for `messages`, as one buffer. */
async function sent(make: (out: PassThrough) => { write(m: Message): Promise<void> }, messages: Message[]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const w = make(out);
  for (const m of messages) await w.write(m);
  return Buffer.concat(chunks);
}

const LOCATIONS = [
  { uri: 'file:///notes/2024/%ED%95%98%EC%8B%9C.md', range: { start: { line: 3, character: 0 }, end: { line: 3, character: 12 } } },
  { uri: 'file:///notes/é "quoted" \\ back.md', range: { start: { line: 10, character: 5 }, end: { line: 11, character: 2 } } },
];

const MESSAGES: Message[] = [
  { jsonrpc: '2.0', id: 1, result: LOCATIONS } as Message,
  { jsonrpc: '2.0', id: 'abc', result: null } as Message,
  { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: '테라폼 — テラフォーム 🚀' } } as Message,
  { jsonrpc: '2.0', id: 7, error: { code: -32800, message: 'The request was cancelled.' } } as Message,
  { jsonrpc: '2.0', id: 8, method: 'workspace/configuration', params: { items: [{ section: 'infranotes' }] } } as Message,
];

const raw = (value: unknown) => new RawJson(new TextEncoder().encode(JSON.stringify(value)), () => value);

describe('JSON-RPC writer', () => {
  test("sends what vscode-jsonrpc's StreamMessageWriter sends, byte for byte", async () => {
    const theirs = await sent((out) => new StreamMessageWriter(out), MESSAGES);
    const ours = await sent((out) => new JsonRpcStreamWriter(out), MESSAGES);
    assert.equal(ours.toString('latin1'), theirs.toString('latin1'));
  });

  test('a RawJson result goes out as its bytes, the same message as the value would make', async () => {
    const withRaw = MESSAGES.map((m) => ('result' in m && m.result !== null ? ({ ...m, result: raw(m.result) } as Message) : m));
    const theirs = await sent((out) => new StreamMessageWriter(out), MESSAGES);
    const ours = await sent((out) => new JsonRpcStreamWriter(out), withRaw);
    assert.equal(ours.toString('latin1'), theirs.toString('latin1'));
    // The bytes are used as they are, not the value (which would say something else here).
    const spliced = new RawJson(new TextEncoder().encode('[1,2]'), () => ['not', 'this']);
    const parts = encodeMessage({ jsonrpc: '2.0', id: 3, result: spliced } as Message);
    assert.equal(Buffer.concat(parts).toString('utf8'), '{"jsonrpc":"2.0","id":3,"result":[1,2]}');
    // Anything that serialises the message itself (Node IPC, traces) gets the value.
    assert.equal(JSON.stringify({ result: spliced }), '{"result":["not","this"]}');
  });

  test("a reader reads back every message, and traffic counts what came in and what went out", async () => {
    const pipe = new PassThrough();
    const traffic = new Traffic();
    const writer = new JsonRpcStreamWriter(pipe, traffic);
    const got: Message[] = [];
    const counted: number[] = [];
    const all = new Promise<void>((resolve) => {
      watchedReader(new StreamMessageReader(pipe), traffic).listen((m) => {
        got.push(m);
        counted.push(traffic.reads);
        if (got.length === MESSAGES.length) resolve();
      });
    });
    const before = traffic.last;
    for (const m of MESSAGES) await writer.write('result' in m && m.result !== null ? ({ ...m, result: raw(m.result) } as Message) : m);
    assert.ok(traffic.last > before, 'writing is traffic');
    await all;
    assert.deepEqual(got, MESSAGES);
    assert.deepEqual(counted, [1, 2, 3, 4, 5]);
  });

  test('the connection is busy until a handler returns: traffic notes when each message was handled', async () => {
    const toServer = new PassThrough();
    const traffic = new Traffic();
    const server = createMessageConnection(watchedReader(new StreamMessageReader(toServer), traffic), new StreamMessageWriter(new PassThrough()), undefined, { messageStrategy: traffic.messageStrategy() });
    const handled: Array<{ read: number; ended: number }> = [];
    const done = new Promise<void>((resolve) => {
      server.onNotification('slow', () => {
        const read = traffic.last;
        const ended = performance.now() + 15;
        while (performance.now() < ended);
        handled.push({ read, ended });
        if (handled.length === 2) setImmediate(resolve);
      });
    });
    server.listen();
    const client = new StreamMessageWriter(toServer);
    await client.write({ jsonrpc: '2.0', method: 'slow' } as Message);
    await client.write({ jsonrpc: '2.0', method: 'slow' } as Message);
    await done;
    // Quiet counts from the end of the last handler, not from when its message was read.
    assert.ok(traffic.last >= handled[1].ended, `last ${traffic.last}, the handler ended at ${handled[1].ended}`);
    assert.ok(handled[1].read >= handled[0].ended, 'the second message was handled after the first handler returned');
    assert.equal(traffic.pending, 0);
    server.dispose();
  });

  test('messages wait for their handlers until handled; cancellations are not counted (vscode-jsonrpc may handle them as they are read)', () => {
    const traffic = new Traffic();
    traffic.read({ jsonrpc: '2.0', id: 1, method: 'textDocument/hover' } as Message);
    traffic.read({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 1 } } as Message);
    traffic.read({ jsonrpc: '2.0', method: 'textDocument/didChange' } as Message);
    assert.equal(traffic.pending, 2);
    traffic.handled({ jsonrpc: '2.0', id: 1, method: 'textDocument/hover' } as Message);
    traffic.handled({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 1 } } as Message);
    assert.equal(traffic.pending, 1);
    traffic.handled({ jsonrpc: '2.0', method: 'textDocument/didChange' } as Message);
    traffic.handled({ jsonrpc: '2.0', method: 'textDocument/didChange' } as Message);
    assert.equal(traffic.pending, 0);
  });

  test('a handler that throws still marks the connection busy until it returned', () => {
    const traffic = new Traffic();
    const strategy = traffic.messageStrategy();
    let ended = 0;
    assert.throws(() =>
      strategy.handleMessage({ jsonrpc: '2.0' } as Message, () => {
        ended = performance.now() + 5;
        while (performance.now() < ended);
        throw new Error('handler failed');
      }),
    );
    assert.ok(traffic.last >= ended);
  });

  test('a write to a closed stream is an error the connection hears of', async () => {
    const out = new PassThrough();
    const writer = new JsonRpcStreamWriter(out);
    const heard: Error[] = [];
    writer.onError(([e]) => heard.push(e));
    out.destroy();
    await assert.rejects(writer.write(MESSAGES[0]));
    assert.ok(heard.length >= 1);
  });
});
