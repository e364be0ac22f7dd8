// Decoding a big JSON-RPC message without blocking the event loop. Opening a 10 MB article sends
// a 14 MB message; UTF-8 decoding and JSON.parse of it in one go hold the server's only thread
// for about 300 ms. Here the bytes are decoded in slices, the few huge strings (the document
// text) are cut out of the message and decoded in pieces with JSON.parse, and the small rest is
// parsed at once; the loop gets a turn between slices. Small messages take the ordinary path.
//
// Any surprise (invalid JSON, an odd escape at a cut) falls back to one plain JSON.parse, so the
// result is always exactly what JSON.parse would give.

/** Messages at least this long (bytes) are decoded in slices. */
export const LARGE_MESSAGE_BYTES = 1 << 20;
/** Strings at least this long (UTF-16 units, escaped) are decoded piece by piece. */
const LONG_STRING = 64 * 1024;
/** Work done between two turns of the event loop (bytes or characters). */
const SLICE = 512 * 1024;

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** UTF-8 bytes to a string, a slice per turn. */
export async function decodeUtf8(bytes: Uint8Array, slice = SLICE): Promise<string> {
  if (bytes.length <= slice) return new TextDecoder('utf-8').decode(bytes);
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += slice) {
    parts.push(decoder.decode(bytes.subarray(at, Math.min(bytes.length, at + slice)), { stream: at + slice < bytes.length }));
    await turn();
  }
  return parts.join('');
}

/** The index of the quote closing the string whose opening quote is at `open`. */
function closingQuote(text: string, open: number): number {
  let from = open + 1;
  for (;;) {
    const q = text.indexOf('"', from);
    if (q < 0) return -1;
    let backslashes = 0;
    while (text.charCodeAt(q - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return q;
    from = q + 1;
  }
}

/** The value of the JSON string whose escaped content is `raw`, a piece per turn. */
async function decodeLongString(raw: string, piece = SLICE): Promise<string> {
  const out: string[] = [];
  let at = 0;
  while (at < raw.length) {
    let end = Math.min(raw.length, at + piece);
    let value: string | undefined;
    // a cut inside an escape (`\`, `\u12`) makes the piece invalid: move it back, at most 6 characters
    for (let back = 0; back <= 6 && value === undefined; back++) {
      if (end - back <= at) break;
      try {
        value = JSON.parse('"' + raw.slice(at, end - back) + '"') as string;
        end -= back;
      } catch {
        if (end === raw.length) break;
      }
    }
    if (value === undefined) throw new SyntaxError('invalid string');
    out.push(value);
    at = end;
    if (at < raw.length) await turn();
  }
  return out.join('');
}

/** JSON.parse of `text`, giving the event loop turns on long texts with long strings. */
export async function parseJsonInSlices(text: string, longString = LONG_STRING, piece = SLICE): Promise<unknown> {
  try {
    // placeholders for the long strings; the random part keeps them from meaning anything else
    const marker = `\u0000vietproof-long-string-${Math.random().toString(36).slice(2)}:`;
    const skeleton: string[] = [];
    const long: string[] = [];
    let last = 0;
    let at = 0;
    let sinceTurn = 0;
    for (;;) {
      const open = text.indexOf('"', at);
      if (open < 0) break;
      const close = closingQuote(text, open);
      if (close < 0) throw new SyntaxError('unterminated string');
      // only values are cut out; a key (followed by a colon) stays where it is
      if (close - open - 1 >= longString && !/^\s*:/.test(text.slice(close + 1, close + 64))) {
        skeleton.push(text.slice(last, open), JSON.stringify(marker + long.length));
        long.push(text.slice(open + 1, close));
        last = close + 1;
      }
      sinceTurn += close + 1 - at;
      at = close + 1;
      if (sinceTurn > SLICE * 4) {
        sinceTurn = 0;
        await turn();
      }
    }
    if (!long.length) return JSON.parse(text);
    skeleton.push(text.slice(last));
    const values: string[] = [];
    for (const raw of long) values.push(await decodeLongString(raw, piece));
    const restore = (v: unknown): unknown => {
      if (typeof v === 'string') return v.startsWith(marker) ? values[Number(v.slice(marker.length))] : v;
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) v[i] = restore(v[i]);
        return v;
      }
      if (v && typeof v === 'object') {
        for (const k of Object.keys(v)) {
          if (k.startsWith(marker)) throw new Error('a key was taken for a value');
          (v as Record<string, unknown>)[k] = restore((v as Record<string, unknown>)[k]);
        }
        return v;
      }
      return v;
    };
    return restore(JSON.parse(skeleton.join('')));
  } catch {
    // exactly JSON.parse's answer (or its error) for anything the fast path did not expect
    return JSON.parse(text);
  }
}

/**
 * A content-type decoder for vscode-jsonrpc's StreamMessageReader: big messages are decoded in
 * slices, small ones as usual.
 */
export const sliceJsonDecoder = {
  name: 'application/json',
  async decode(buffer: Uint8Array, options: { charset: string }): Promise<any> {
    const utf8 = /^utf-?8$/i.test(options.charset);
    if (buffer.length < LARGE_MESSAGE_BYTES || !utf8) {
      const text = utf8 ? new TextDecoder('utf-8').decode(buffer) : Buffer.from(buffer).toString(options.charset as BufferEncoding);
      return JSON.parse(text);
    }
    return parseJsonInSlices(await decodeUtf8(buffer));
  },
};
