// The server's side of the JSON-RPC transport over a stream (stdio): a message writer that sends
// a result already serialised (RawJson) as it is, and that tells the server when messages come
// and go (Traffic), so that background work waits while the client is talking to the server.
//
// Why: references on a much-mentioned tool are ~10,000 locations (~1 MB of JSON). Serialising
// them (JSON.stringify, then UTF-8) cost the server more than finding them; a RawJson result is
// made once from the index as JSON text and its UTF-8 bytes are kept while the answer holds.
import { AbstractMessageWriter, type DataCallback, type Message, type MessageReader, type MessageStrategy, type MessageWriter } from 'vscode-languageserver/node';
import type { LatencyTrace } from './latency-trace';

/**
 * A result handed to the writer already serialised. `json` is the exact text JSON.stringify
 * would give for `value()`; a transport that serialises messages itself (Node IPC) or a trace
 * calls toJSON and gets the value.
 */
export class RawJson {
  constructor(
    readonly bytes: Uint8Array,
    private readonly value: () => unknown,
  ) {}

  toJSON(): unknown {
    return this.value();
  }
}

const CRLF = '\r\n';

/** The bytes of a message: JSON.stringify's, with a RawJson result spliced in where its text goes. */
export function encodeMessage(msg: Message): Uint8Array[] {
  const m = msg as { jsonrpc?: unknown; id?: unknown; result?: unknown; method?: unknown; error?: unknown };
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
export class Traffic {
  /** performance.now() of the last message read or written. */
  last = -Infinity;
  /** Counts messages read, so that a computation can tell one came since it last looked. */
  reads = 0;
  /**
   * Messages read whose handler has not run yet (cancellations aside: vscode-jsonrpc handles
   * some of them as they are read). While one waits, the connection is not quiet, however long
   * ago it was read: the scheduler's next turn may come before its handler's.
   */
  pending = 0;

  read(message?: Message): void {
    this.reads++;
    if (!isCancellation(message)) this.pending++;
    this.last = performance.now();
  }

  wrote(): void {
    this.last = performance.now();
  }

  /**
   * A message's handler returned. The connection counts as busy until then: a handler that ran
   * for 10 ms (a didChange of a long note) must not leave the next message, read with it and
   * still queued, behind a background slice that found the connection quiet since the read.
   */
  handled(message?: Message): void {
    if (!isCancellation(message) && this.pending > 0) this.pending--;
    this.last = performance.now();
  }

  /** vscode-jsonrpc's hook around each message's handler (ConnectionOptions.messageStrategy). */
  messageStrategy(onHandled?: (message: Message, start: number, end: number) => void): MessageStrategy {
    return {
      handleMessage: (message, next) => {
        const start = onHandled ? performance.now() : 0;
        try {
          return next(message);
        } finally {
          this.handled(message);
          onHandled?.(message, start, this.last);
        }
      },
    };
  }
}

/**
 * Writes messages to a stream (the server's stdout) with LSP's Content-Length header, as
 * vscode-jsonrpc's StreamMessageWriter does, byte for byte, but without copying a RawJson result:
 * the header and the parts go out in one corked write.
 */
export class JsonRpcStreamWriter extends AbstractMessageWriter implements MessageWriter {
  private errorCount = 0;

  constructor(
    private readonly out: NodeJS.WritableStream & { cork?(): void; uncork?(): void },
    private readonly traffic?: Traffic,
    private readonly trace?: LatencyTrace | null,
  ) {
    super();
    out.on('error', (e: unknown) => this.fireError(e));
    out.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    let parts: Uint8Array[];
    try {
      parts = encodeMessage(msg);
    } catch (e) {
      this.fireError(e);
      return Promise.reject(e);
    }
    let length = 0;
    for (const p of parts) length += p.byteLength;
    this.traffic?.wrote();
    if (this.trace && !(msg as { method?: unknown }).method) this.trace.answered((msg as { id?: number | string | null }).id);
    return new Promise<void>((resolve, reject) => {
      const done = (error?: Error | null) => {
        this.traffic?.wrote();
        if (!error) return resolve();
        this.errorCount++;
        this.fireError(error, msg, this.errorCount);
        reject(error);
      };
      this.out.cork?.();
      try {
        this.out.write(`Content-Length: ${length}${CRLF}${CRLF}`, 'ascii');
        for (let i = 0; i < parts.length - 1; i++) this.out.write(parts[i]);
        this.out.write(parts[parts.length - 1], done);
      } catch (e) {
        done(e as Error);
      } finally {
        this.out.uncork?.();
      }
    });
  }

  end(): void {
    this.out.end();
  }
}

/** Tells `traffic` about every message another writer sends (Node IPC). */
export function watchedWriter(inner: MessageWriter, traffic: Traffic): MessageWriter {
  return {
    get onError() {
      return inner.onError;
    },
    get onClose() {
      return inner.onClose;
    },
    write(msg: Message): Promise<void> {
      traffic.wrote();
      return inner.write(msg).finally(() => traffic.wrote());
    },
    end: () => inner.end(),
    dispose: () => inner.dispose(),
  };
}

function isCancellation(message: Message | undefined): boolean {
  return (message as { method?: unknown } | undefined)?.method === '$/cancelRequest';
}

/** Tells `traffic` (and the trace, if any) about every message another reader reads. */
export function watchedReader(inner: MessageReader, traffic: Traffic, trace?: LatencyTrace | null): MessageReader {
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
    listen(callback: DataCallback) {
      return inner.listen((msg) => {
        traffic.read(msg);
        trace?.read(msg as { method?: string; id?: number | string; params?: unknown });
        callback(msg);
      });
    },
    dispose: () => inner.dispose(),
  };
}
