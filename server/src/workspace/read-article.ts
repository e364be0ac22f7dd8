// Reading an article from disk safely: binary and non-UTF-8 files are refused with a reason, never analysed.
import { readFileSync, statSync } from 'node:fs';

export type ReadResult = { ok: true; text: string; bytes: number } | { ok: false; reason: string; bytes: number };

const decoder = new TextDecoder('utf-8', { fatal: true });

export function readArticle(path: string, maxBytes = 64 * 1024 * 1024): ReadResult {
  let buf: Buffer;
  try {
    const st = statSync(path);
    if (st.size > maxBytes) return { ok: false, reason: `larger than ${Math.round(maxBytes / 1048576)} MB`, bytes: st.size };
    buf = readFileSync(path);
  } catch (err) {
    return { ok: false, reason: (err as Error).message, bytes: 0 };
  }
  if (buf.subarray(0, 8192).includes(0)) return { ok: false, reason: 'binary file', bytes: buf.length };
  try {
    return { ok: true, text: decoder.decode(buf), bytes: buf.length };
  } catch {
    return { ok: false, reason: 'not valid UTF-8', bytes: buf.length };
  }
}
