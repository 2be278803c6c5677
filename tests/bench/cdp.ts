/**
 * A small DevTools-protocol client over the browser's loopback WebSocket, for the OCR bench.
 * Playwright's own CDP sessions cannot reach an offscreen document or its dedicated worker (it
 * attaches neither), so the bench opens a second, flat-session connection of its own.
 * Needs a global WebSocket (Node 22, or Node 20 with --experimental-websocket).
 */
import { createServer } from 'node:net';

interface Pending {
  resolve(value: unknown): void;
  reject(err: Error): void;
  method: string;
}

export class Cdp {
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(method: string, params: Record<string, unknown>, sessionId?: string) => void>();

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown; error?: { message: string }; method?: string; params?: Record<string, unknown>; sessionId?: string };
      if (message.id === undefined) {
        if (message.method) for (const listener of this.listeners) listener(message.method, message.params ?? {}, message.sessionId);
        return;
      }
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
      else waiting.resolve(message.result);
    });
    socket.addEventListener('close', (event) => {
      if (process.env.BENCH_DEBUG) console.error('cdp socket closed', event.code, event.reason);
      for (const p of this.pending.values()) p.reject(new Error(`${p.method}: connection closed`));
      this.pending.clear();
    });
  }

  /** Connects to the browser target of a Chromium started with --remote-debugging-port. */
  static async connect(port: number): Promise<Cdp> {
    if (typeof WebSocket === 'undefined') throw new Error('No global WebSocket: run with Node 22, or Node 20 and --experimental-websocket');
    const version = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as { webSocketDebuggerUrl: string };
    const socket = new WebSocket(version.webSocketDebuggerUrl);
    await new Promise<void>((resolve, reject) => {
      socket.addEventListener('open', () => resolve(), { once: true });
      socket.addEventListener('error', () => reject(new Error('DevTools WebSocket did not open')), { once: true });
    });
    return new Cdp(socket);
  }

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> {
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, method });
      this.socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  }

  /** Calls `listener` for every event until the returned function is called. */
  onEvent(listener: (method: string, params: Record<string, unknown>, sessionId?: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The next event `method` (from `sessionId`, when given) whose params pass `match`. */
  waitForEvent<T = Record<string, unknown>>(method: string, match: (params: T) => boolean = () => true, sessionId?: string, timeoutMs = 10_000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`no ${method} within ${timeoutMs} ms`));
      }, timeoutMs);
      const listener = (m: string, params: Record<string, unknown>, from?: string) => {
        if (m !== method || (sessionId !== undefined && from !== sessionId) || !match(params as T)) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(params as T);
      };
      this.listeners.add(listener);
    });
  }

  /** Runtime.evaluate by value, awaiting promises; throws on an exception in the target. */
  async evaluate<T>(sessionId: string, expression: string): Promise<T> {
    const r = await this.send<{ result: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
      'Runtime.evaluate',
      { expression, returnByValue: true, awaitPromise: true },
      sessionId,
    );
    if (r.exceptionDetails) throw new Error(`evaluate: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value as T;
  }

  close(): void {
    this.socket.close();
  }
}

/** A free loopback TCP port for --remote-debugging-port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
