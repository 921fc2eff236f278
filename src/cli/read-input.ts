/**
 * Reading one input of the command line with a byte cap: a file, or standard input for "-". The bytes are
 * streamed and counted, and reading stops as soon as the cap is passed, so /dev/zero or a 50 MB file is
 * refused after about MAX_INPUT_BYTES, not after filling memory.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';

/** Largest input read (a case file is about 1 KB; this leaves room for any pretty-printed or fixture file). */
export const MAX_INPUT_BYTES = 1024 * 1024;

export type ReadOutcome = { ok: true; text: string } | { ok: false; reason: 'too-large' } | { ok: false; reason: 'not-found' | 'read'; detail: string };

export async function readInput(path: string, max = MAX_INPUT_BYTES): Promise<ReadOutcome> {
  const stream: Readable = path === '-' ? process.stdin : createReadStream(path, { highWaterMark: 64 * 1024 });
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      total += b.byteLength;
      if (total > max) {
        stream.destroy();
        return { ok: false, reason: 'too-large' };
      }
      chunks.push(b);
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') return { ok: false, reason: 'not-found', detail: err.code };
    return { ok: false, reason: 'read', detail: err.code ?? String(err.message).split('\n')[0]! };
  }
  let text = new TextDecoder('utf-8').decode(Buffer.concat(chunks, total));
  // A byte order mark, as some Windows editors write one: not part of the JSON.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}
