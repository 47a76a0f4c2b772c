import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';

/** The bytes of one input (a file or standard input), read lazily. */
export interface ByteSource {
  /** The path as the user gave it (joined with the path inside a directory), or `-`. */
  name: string;
  mtime?: Date;
  /** The first up to `n` bytes, without consuming anything. */
  head(n: number): Promise<Buffer>;
  /** All bytes from the start, as a stream of chunks (call once). */
  chunks(): AsyncIterable<Buffer>;
  /** All bytes, or undefined if there are more than `limit`. */
  readAll(limit: number): Promise<Buffer | undefined>;
}

const CHUNK = 1024 * 1024;

export async function fileSource(path: string, name = path): Promise<ByteSource> {
  const st = await stat(path);
  // A small file is whole in its head: read once, not twice.
  let whole: Buffer | undefined;
  return {
    name,
    mtime: st.mtime,
    async head(n) {
      const fh = await open(path, 'r');
      try {
        const buf = Buffer.alloc(Math.min(n, st.size));
        const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
        if (bytesRead === st.size && n >= st.size) whole = buf;
        return buf.subarray(0, bytesRead);
      } finally {
        await fh.close();
      }
    },
    chunks: () => createReadStream(path, { highWaterMark: CHUNK }),
    async readAll(limit) {
      if (st.size > limit) return undefined;
      return whole ?? readFile(path);
    },
  };
}

/** Standard input: the head is buffered so the format can be sniffed before streaming the rest. */
export function streamSource(stream: NodeJS.ReadableStream, name = '-'): ByteSource {
  const iterator = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const buffered: Buffer[] = [];
  let bufferedBytes = 0;
  let done = false;
  const pull = async (): Promise<boolean> => {
    if (done) return false;
    const r = await iterator.next();
    if (r.done) {
      done = true;
      return false;
    }
    const chunk = typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
    buffered.push(chunk);
    bufferedBytes += chunk.length;
    return true;
  };
  return {
    name,
    async head(n) {
      while (bufferedBytes < n && (await pull()));
      return Buffer.concat(buffered).subarray(0, n);
    },
    async *chunks() {
      while (buffered.length) yield buffered.shift()!;
      while (await pull()) yield buffered.shift()!;
    },
    async readAll(limit) {
      while (bufferedBytes <= limit && (await pull()));
      return bufferedBytes > limit ? undefined : Buffer.concat(buffered);
    },
  };
}
