import type { Writable } from 'node:stream';
import { once } from 'node:events';

/** Where writers put text. Awaiting each write keeps memory flat: a slow disk slows the reader. */
export interface TextSink {
  write(text: string): Promise<void>;
}

/**
 * A sink over a Node stream that waits for 'drain' whenever the stream's buffer is full. A write
 * error (disk full, a closed pipe) is kept and thrown from the next write or from end(), wrapped
 * by `onError` (for a message naming the file) — never left as an unhandled 'error' event.
 */
export function streamSink(stream: Writable, onError: (err: unknown) => unknown = (e) => e): TextSink & { end(): Promise<void> } {
  let pending = '';
  let failure: unknown;
  stream.on('error', (err) => (failure ??= err));
  const check = () => {
    if (failure !== undefined) throw onError(failure);
  };
  const wait = async (event: string) => {
    try {
      await once(stream, event);
    } catch (err) {
      failure ??= err;
    }
    check();
  };
  const flush = async () => {
    check();
    if (!pending) return;
    const chunk = pending;
    pending = '';
    if (!stream.write(chunk, 'utf8')) await wait('drain');
  };
  return {
    async write(text: string) {
      // small writes are gathered into ~64 KB chunks: one syscall per chunk, not per element
      pending += text;
      if (pending.length >= 65_536) await flush();
    },
    async end() {
      await flush();
      if (stream === process.stdout || stream === process.stderr) return;
      stream.end();
      await wait('finish');
    },
  };
}

/** A sink that keeps everything in a string: for tests and small exports. */
export function stringSink(): TextSink & { text(): string } {
  const parts: string[] = [];
  return {
    async write(text: string) {
      parts.push(text);
    },
    text: () => parts.join(''),
  };
}
