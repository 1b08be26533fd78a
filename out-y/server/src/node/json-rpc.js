"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.JsonRpcStreamReader = exports.JsonRpcStreamWriter = exports.Traffic = exports.LentBytes = exports.RawJson = void 0;
exports.encodeMessage = encodeMessage;
exports.watchedWriter = watchedWriter;
exports.watchedReader = watchedReader;
exports.parseMessage = parseMessage;
// The server's side of the JSON-RPC transport over a stream (stdio): a message writer that sends
// a result already serialised (RawJson) as it is, and that tells the server when messages come
// and go (Traffic), so that background work waits while the client is talking to the server.
//
// Why: references on a much-mentioned tool are ~10,000 locations (~1 MB of JSON). Serialising
// them (JSON.stringify, then UTF-8) cost the server more than finding them; a RawJson result is
// made once from the index as JSON text and its UTF-8 bytes are kept while the answer holds.
// The reader (JsonRpcStreamReader) decodes a long message, such as a didChange with a 200 KB
// note's whole text, without the whole-message copies vscode-jsonrpc's reader makes.
const node_1 = require("vscode-languageserver/node");
const node_buffer_1 = require("node:buffer");
/**
 * A result handed to the writer already serialised. `bytes` are the exact UTF-8 text
 * JSON.stringify would give for `value()`; a transport that serialises messages itself (Node
 * IPC) or a trace calls toJSON and gets the value. `written` is called once the writer is done
 * with the bytes (written or failed).
 */
class RawJson {
    bytes;
    value;
    written;
    constructor(bytes, value, written) {
        this.bytes = bytes;
        this.value = value;
        this.written = written;
    }
    toJSON() {
        return this.value();
    }
}
exports.RawJson = RawJson;
/**
 * One array lent to one serialised answer at a time and taken back once the writer has written
 * it. A fresh array per answer (1–2.5 MB for a much-mentioned tool's references at 10k notes)
 * cost page faults to fill, and its memory, freed only when the collector got to it, stayed in
 * the process: 200 such answers grew it by 50–80 MB.
 */
class LentBytes {
    writer;
    keepUpTo;
    room = new Uint8Array(0);
    lent = false;
    constructor(writer, 
    /** Larger answers get arrays of their own: a rare 30 MB answer should not stay for good. */
    keepUpTo = 16 * 1024 * 1024) {
        this.writer = writer;
        this.keepUpTo = keepUpTo;
    }
    /** Bytes for an answer of `size` bytes; hand them back with `giveBack` once written. */
    take = (size) => {
        // Lent to an answer the writer is not writing: that answer was dropped (its request failed).
        if ((this.lent && this.writer.writing > 0) || size > this.keepUpTo)
            return new Uint8Array(size);
        if (size > this.room.length)
            this.room = new Uint8Array(Math.min(this.keepUpTo, Math.max(64 * 1024, size + (size >> 2))));
        this.lent = true;
        return this.room.subarray(0, size);
    };
    giveBack(bytes) {
        if (bytes.buffer === this.room.buffer)
            this.lent = false;
    }
}
exports.LentBytes = LentBytes;
const CRLF = '\r\n';
/** The bytes of a message: JSON.stringify's, with a RawJson result spliced in where its text goes. */
function encodeMessage(msg) {
    const m = msg;
    const result = m.result;
    // vscode-jsonrpc makes a response as { jsonrpc, id, result }: the same keys in the same order.
    if (result instanceof RawJson && m.method === undefined && m.error === undefined && Object.keys(m).length === 3 && 'id' in m && 'jsonrpc' in m) {
        const head = Buffer.from(`{"jsonrpc":${JSON.stringify(m.jsonrpc)},"id":${JSON.stringify(m.id)},"result":`, 'utf8');
        return [head, result.bytes, CLOSE];
    }
    return [Buffer.from(JSON.stringify(msg), 'utf8')];
}
const CLOSE = Buffer.from('}', 'utf8');
/** When messages last came in or went out, for work that should wait while the client talks to the server. */
class Traffic {
    /** performance.now() of the last message read or written. */
    last = -Infinity;
    /** performance.now() of the last message read or bytes of one come (the client's side of `last`). */
    lastIn = -Infinity;
    /** Counts messages read, so that a computation can tell one came since it last looked. */
    reads = 0;
    /**
     * Messages read whose handler has not run yet (cancellations aside: vscode-jsonrpc handles
     * some of them as they are read). While one waits, the connection is not quiet, however long
     * ago it was read: the scheduler's next turn may come before its handler's.
     */
    pending = 0;
    read(message) {
        this.reads++;
        if (!isCancellation(message))
            this.pending++;
        this.last = this.lastIn = performance.now();
    }
    /** Bytes of a message came in (it may not be whole yet). */
    cameIn() {
        this.last = this.lastIn = performance.now();
    }
    wrote() {
        this.last = performance.now();
    }
    /**
     * A message's handler returned. The connection counts as busy until then: a handler that ran
     * for 10 ms (a didChange of a long note) must not leave the next message, read with it and
     * still queued, behind a background slice that found the connection quiet since the read.
     */
    handled(message) {
        if (!isCancellation(message) && this.pending > 0)
            this.pending--;
        this.last = performance.now();
    }
    /** vscode-jsonrpc's hook around each message's handler (ConnectionOptions.messageStrategy). */
    messageStrategy(onHandled) {
        return {
            handleMessage: (message, next) => {
                const start = onHandled ? performance.now() : 0;
                try {
                    return next(message);
                }
                finally {
                    this.handled(message);
                    onHandled?.(message, start, this.last);
                }
            },
        };
    }
}
exports.Traffic = Traffic;
/**
 * Writes messages to a stream (the server's stdout) with LSP's Content-Length header, as
 * vscode-jsonrpc's StreamMessageWriter does, byte for byte, but without copying a RawJson result:
 * the header and the parts go out in one corked write.
 */
class JsonRpcStreamWriter extends node_1.AbstractMessageWriter {
    out;
    traffic;
    trace;
    errorCount = 0;
    /** Messages handed to the stream whose last byte it has not written yet. */
    writing = 0;
    constructor(out, traffic, trace) {
        super();
        this.out = out;
        this.traffic = traffic;
        this.trace = trace;
        out.on('error', (e) => this.fireError(e));
        out.on('close', () => this.fireClose());
    }
    write(msg) {
        let parts;
        const raw = msg.result instanceof RawJson ? msg.result : null;
        try {
            parts = encodeMessage(msg);
        }
        catch (e) {
            raw?.written?.();
            this.fireError(e);
            return Promise.reject(e);
        }
        let length = 0;
        for (const p of parts)
            length += p.byteLength;
        this.traffic?.wrote();
        if (this.trace && !msg.method)
            this.trace.answered(msg.id);
        this.writing++;
        return new Promise((resolve, reject) => {
            let finished = false;
            const done = (error) => {
                // A stream that throws after taking the write may also call back: count it once.
                if (finished)
                    return;
                finished = true;
                this.writing--;
                raw?.written?.();
                this.traffic?.wrote();
                if (!error)
                    return resolve();
                this.errorCount++;
                this.fireError(error, msg, this.errorCount);
                reject(error);
            };
            this.out.cork?.();
            try {
                this.out.write(`Content-Length: ${length}${CRLF}${CRLF}`, 'ascii');
                for (let i = 0; i < parts.length - 1; i++)
                    this.out.write(parts[i]);
                this.out.write(parts[parts.length - 1], done);
            }
            catch (e) {
                done(e);
            }
            finally {
                this.out.uncork?.();
            }
        });
    }
    end() {
        this.out.end();
    }
}
exports.JsonRpcStreamWriter = JsonRpcStreamWriter;
/** Tells `traffic` about every message another writer sends (Node IPC). */
function watchedWriter(inner, traffic) {
    return {
        get onError() {
            return inner.onError;
        },
        get onClose() {
            return inner.onClose;
        },
        write(msg) {
            traffic.wrote();
            return inner.write(msg).finally(() => traffic.wrote());
        },
        end: () => inner.end(),
        dispose: () => inner.dispose(),
    };
}
function isCancellation(message) {
    return message?.method === '$/cancelRequest';
}
/** Tells `traffic` (and the trace, if any) about every message another reader reads. */
function watchedReader(inner, traffic, trace) {
    return {
        get onError() {
            return inner.onError;
        },
        get onClose() {
            return inner.onClose;
        },
        get onPartialMessage() {
            return inner.onPartialMessage;
        },
        listen(callback) {
            return inner.listen((msg) => {
                traffic.read(msg);
                trace?.read(msg);
                callback(msg);
            });
        },
        dispose: () => inner.dispose(),
    };
}
// ---- reading
/**
 * Messages this long are decoded without whole-message strings. vscode-jsonrpc's reader joins a
 * message's chunks into a new buffer, decodes it into a string and parses that: for a 211 KB
 * didChange, three fresh copies of 216–370 KB (V8 puts each in pages of its own, mapped anew), about
 * 4.5 ms of a 10 ms edit → hover, most of it page faults (about 20 µs per 4 KB page on the bench's
 * machine). Here the chunks are copied into one reused buffer, long string literals are decoded in
 * pieces that stay in the young generation, and only the long strings themselves are new.
 */
const LONG_MESSAGE = 32 * 1024;
/** A string literal longer than this (in bytes) is decoded in pieces of about this size. */
const LONG_STRING = 16 * 1024;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const HEADER_END = Buffer.from('\r\n\r\n', 'latin1');
/** Stands for a long string in the rest of the message while that is parsed. */
const LONG_STRING_MARK = '\u0000infranotes:long-string:';
/** The reused buffer is dropped after a message longer than this, so one huge message does not stay in memory. */
const KEEP_BUFFER_BYTES = 4 * 1024 * 1024;
/**
 * Reads LSP messages (Content-Length headers, UTF-8 JSON bodies) from a stream, as vscode-jsonrpc's
 * StreamMessageReader does, and hands each one over as soon as its last byte came (vscode-jsonrpc
 * waits a turn of the event loop per message).
 */
class JsonRpcStreamReader extends node_1.AbstractMessageReader {
    input;
    chunks = [];
    /** Where the unread bytes start in the first chunk. */
    offset = 0;
    /** Unread bytes in all chunks. */
    available = 0;
    /** The body length of the message whose headers were read; -1 while reading headers. */
    bodyLength = -1;
    scratch = null;
    callback = null;
    constructor(input) {
        super();
        this.input = input;
    }
    listen(callback) {
        this.callback = callback;
        const onData = (chunk) => this.onData(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
        this.input.on('data', onData);
        this.input.on('error', (e) => this.fireError(e));
        this.input.on('close', () => this.fireClose());
        return { dispose: () => void this.input.off('data', onData) };
    }
    onData(chunk) {
        if (!chunk.length)
            return;
        this.chunks.push(chunk);
        this.available += chunk.length;
        for (;;) {
            if (this.bodyLength < 0) {
                let length;
                try {
                    length = this.readHeaders();
                }
                catch (e) {
                    this.fireError(e);
                    return;
                }
                if (length < 0)
                    return;
                this.bodyLength = length;
            }
            if (this.available < this.bodyLength)
                return;
            const length = this.bodyLength;
            this.bodyLength = -1;
            let message;
            try {
                message = this.readBody(length);
            }
            catch (e) {
                this.fireError(e);
                continue;
            }
            this.callback?.(message);
        }
    }
    /** The body length the next headers give, once they are all in; -1 before. */
    readHeaders() {
        if (!this.chunks.length)
            return -1;
        let end = this.chunks[0].indexOf(HEADER_END, this.offset);
        if (end < 0) {
            if (this.chunks.length === 1)
                return -1;
            // Headers split between chunks (rare: they come first, and are short): join what is there.
            const joined = Buffer.concat([this.chunks[0].subarray(this.offset), ...this.chunks.slice(1)]);
            this.chunks.length = 0;
            this.chunks.push(joined);
            this.offset = 0;
            end = joined.indexOf(HEADER_END);
            if (end < 0)
                return -1;
        }
        const first = this.chunks[0];
        const headers = first.toString('latin1', this.offset, end).split('\r\n');
        this.consume(end + HEADER_END.length - this.offset);
        let length;
        for (const header of headers) {
            const colon = header.indexOf(':');
            if (colon < 0)
                throw new Error(`Message header must separate key and value using ':'\n${header}`);
            if (header.slice(0, colon).trim().toLowerCase() === 'content-length')
                length = parseInt(header.slice(colon + 1).trim(), 10);
        }
        if (length === undefined)
            throw new Error(`Header must provide a Content-Length property.\n${headers.join('\n')}`);
        if (!Number.isFinite(length) || length < 0)
            throw new Error(`Content-Length value must be a number. Got ${String(length)}`);
        return length;
    }
    /** Drops `n` read bytes. */
    consume(n) {
        this.available -= n;
        while (n > 0) {
            const left = this.chunks[0].length - this.offset;
            if (n < left) {
                this.offset += n;
                return;
            }
            n -= left;
            this.chunks.shift();
            this.offset = 0;
        }
    }
    readBody(length) {
        const first = this.chunks[0];
        if (length === 0)
            return parseMessage(Buffer.alloc(0));
        if (first.length - this.offset >= length) {
            const body = first.subarray(this.offset, this.offset + length);
            this.consume(length);
            return parseMessage(body);
        }
        // The body spans chunks: copied into one buffer, a reused one for long messages (no fresh pages).
        let into;
        if (length < LONG_MESSAGE)
            into = Buffer.allocUnsafe(length);
        else {
            if (!this.scratch || this.scratch.length < length)
                this.scratch = Buffer.allocUnsafeSlow(Math.max(length, (this.scratch?.length ?? 0) * 2));
            into = this.scratch;
        }
        let at = 0;
        let k = 0;
        let from = this.offset;
        while (at < length) {
            const chunk = this.chunks[k++];
            const n = Math.min(chunk.length - from, length - at);
            chunk.copy(into, at, from, from + n);
            at += n;
            from = 0;
        }
        this.consume(length);
        const body = into.subarray(0, length);
        try {
            return parseMessage(body);
        }
        finally {
            if (into === this.scratch && this.scratch.length > KEEP_BUFFER_BYTES)
                this.scratch = null;
        }
    }
}
exports.JsonRpcStreamReader = JsonRpcStreamReader;
/**
 * JSON.parse of the UTF-8 text in `body`. A long message has its long string literals decoded on
 * their own, in pieces (see LONG_MESSAGE), and the rest parsed with marks in their place; the
 * result is the same as JSON.parse's (a property test holds it to it).
 */
function parseMessage(body) {
    if (body.length < LONG_MESSAGE)
        return JSON.parse(body.toString('utf8'));
    // String literals, found from quote to quote (outside strings JSON has no quotes).
    const long = [];
    for (let at = 0;;) {
        const open = body.indexOf(QUOTE, at);
        if (open < 0)
            break;
        let close = body.indexOf(QUOTE, open + 1);
        while (close >= 0 && escapes(body, close - 1))
            close = body.indexOf(QUOTE, close + 1);
        if (close < 0)
            return JSON.parse(body.toString('utf8'));
        if (close - open > LONG_STRING)
            long.push(open, close);
        at = close + 1;
    }
    if (!long.length)
        return JSON.parse(body.toString('utf8'));
    let rest = '';
    let at = 0;
    for (let i = 0; i < long.length; i += 2) {
        rest += body.toString('utf8', at, long[i]) + JSON.stringify(LONG_STRING_MARK + i / 2);
        at = long[i + 1] + 1;
    }
    rest += body.toString('utf8', at, body.length);
    const value = JSON.parse(rest);
    const strings = [];
    for (let i = 0; i < long.length; i += 2)
        strings.push(decodeStringLiteral(body, long[i] + 1, long[i + 1]));
    const placed = new Array(strings.length).fill(0);
    const put = (v) => {
        if (typeof v === 'string') {
            if (!v.startsWith(LONG_STRING_MARK))
                return v;
            const k = Number(v.slice(LONG_STRING_MARK.length));
            if (!(k >= 0 && k < strings.length))
                return v;
            placed[k]++;
            return strings[k];
        }
        if (v && typeof v === 'object') {
            if (Array.isArray(v))
                for (let i = 0; i < v.length; i++)
                    v[i] = put(v[i]);
            else
                for (const key of Object.keys(v))
                    if (key !== '__proto__')
                        v[key] = put(v[key]);
        }
        return v;
    };
    const result = put(value);
    // A long string that was a key, or a string of the message that looks like a mark: parsed whole.
    if (placed.some((n) => n !== 1))
        return JSON.parse(body.toString('utf8'));
    return result;
}
/** Whether the byte at `i` is a backslash that starts an escape (an odd run of backslashes ends there). */
function escapes(body, i) {
    let n = 0;
    while (i >= 0 && body[i] === BACKSLASH)
        (n++, i--);
    return (n & 1) === 1;
}
/**
 * The string a JSON string literal's content (bytes [from, to), without its quotes) stands for.
 * Valid UTF-8 (what clients send) is turned into code units outside the heap (natively) and its
 * escapes undone there, so the one string made on the heap is the text itself: decoded in pieces,
 * the pieces were as much young garbage again, and during a run of edits of a 216 KB note every
 * few edits one more young collection promoted the texts then alive to the old generation.
 * Anything else (bytes that are not UTF-8, a raw control character or a bad escape, which
 * JSON.parse rejects) goes the way of the pieces.
 */
function decodeStringLiteral(body, from, to) {
    const bytes = body.subarray(from, to);
    if (LITTLE_ENDIAN && typeof node_buffer_1.transcode === 'function' && typeof node_buffer_1.isUtf8 === 'function' && typeof node_buffer_1.isAscii === 'function' && (0, node_buffer_1.isUtf8)(bytes)) {
        const text = (0, node_buffer_1.isAscii)(bytes) ? unescapeBytes(bytes) : unescapeUnits((0, node_buffer_1.transcode)(bytes, 'utf8', 'utf16le'));
        if (text !== null)
            return text;
    }
    return decodeInPieces(body, from, to);
}
/** 16-bit views read transcode's UTF-16LE as it is only on a little-endian machine (others take the pieces). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** The character an escape's letter stands for (\u aside); 0 for no such escape. */
const UNESCAPED = new Uint16Array(128);
for (const [letter, unit] of [['"', 0x22], ['\\', 0x5c], ['/', 0x2f], ['b', 8], ['f', 12], ['n', 10], ['r', 13], ['t', 9]])
    UNESCAPED[letter.charCodeAt(0)] = unit;
/** The value of four hex digits at `at` of `units`, or -1. */
function hex4(units, at) {
    if (at + 4 > units.length)
        return -1;
    let v = 0;
    for (let k = 0; k < 4; k++) {
        const c = units[at + k];
        const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
        if (d < 0)
            return -1;
        v = (v << 4) | d;
    }
    return v;
}
/** ASCII bytes with their escapes undone, as a string (one byte per character when every one fits); null for what JSON.parse rejects. */
function unescapeBytes(bytes) {
    if (bytes.indexOf(BACKSLASH) < 0) {
        for (let i = 0; i < bytes.length; i++)
            if (bytes[i] < 0x20)
                return null;
        return bytes.toString('latin1');
    }
    // A \u escape can stand for any code unit: undone into units, made one byte each at the end if they fit.
    return unescapeInto(bytes, new Uint16Array(bytes.length));
}
/** UTF-16 code units (little-endian bytes) with their escapes undone in place, as a string; null for what JSON.parse rejects. */
function unescapeUnits(wideBytes) {
    // transcode's buffer is its own allocation; a view of 16-bit units needs an even offset.
    const source = wideBytes.byteOffset % 2 ? Buffer.from(wideBytes) : wideBytes;
    const units = new Uint16Array(source.buffer, source.byteOffset, source.length >> 1);
    return unescapeInto(units, units);
}
/**
 * The units of `source` with JSON's escapes undone, written to `out` (which may be `source`: it is
 * never written ahead of where it is read), as a string; null for a raw control character or an
 * escape JSON.parse rejects.
 */
function unescapeInto(source, out) {
    let w = 0;
    let wide = false;
    for (let r = 0; r < source.length; r++) {
        const c = source[r];
        if (c < 0x20)
            return null;
        if (c !== BACKSLASH) {
            if (c > 0xff)
                wide = true;
            out[w++] = c;
            continue;
        }
        const e = source[++r];
        if (e === 0x75) {
            const v = hex4(source, r + 1);
            if (v < 0)
                return null;
            if (v > 0xff)
                wide = true;
            out[w++] = v;
            r += 4;
        }
        else {
            const v = e === undefined || e >= 128 ? 0 : UNESCAPED[e];
            if (!v)
                return null;
            out[w++] = v;
        }
    }
    return unitsToString(out, w, wide);
}
/** The first `n` units as a string: one byte per character when every unit fits in one, as JSON.parse makes it. */
function unitsToString(units, n, wide) {
    if (wide)
        return Buffer.from(units.buffer, units.byteOffset, n * 2).toString('utf16le');
    const narrow = Buffer.allocUnsafeSlow(n);
    for (let i = 0; i < n; i++)
        narrow[i] = units[i];
    return narrow.toString('latin1');
}
/**
 * decodeStringLiteral in pieces cut after a backslash and an n (a line break, mostly): a piece
 * never splits an escape or a UTF-8 sequence, so the pieces decoded one by one are the whole
 * decoded at once. Joined, they are the one long string made.
 */
function decodeInPieces(body, from, to) {
    const pieces = [];
    let start = from;
    while (start < to) {
        let cut = to;
        if (to - start > LONG_STRING) {
            // After a backslash and an n: the end of a \n escape, or of an escaped backslash and a letter.
            const at = body.indexOf('\\n', start + LONG_STRING, 'latin1');
            if (at >= 0 && at + 2 < to)
                cut = at + 2;
        }
        pieces.push(JSON.parse('"' + body.toString('utf8', start, cut) + '"'));
        start = cut;
    }
    return pieces.length === 1 ? pieces[0] : pieces.join('');
}
//# sourceMappingURL=json-rpc.js.map