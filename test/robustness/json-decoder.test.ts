// The sliced JSON decoder of the stdio transport must give exactly what TextDecoder + JSON.parse
// give, for any message, wherever the slices and pieces fall (inside escapes, surrogate pairs,
// multi-byte UTF-8 sequences).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, parseJsonInSlices, sliceJsonDecoder } from '../../server/src/lsp/json-decoder';
import { FIXTURES, params } from '../fuzz/arbitraries';

const tricky = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('"', '\\', '/', '\n', '\r', '\t', '\u0000', '\u2028', '😀', '\uD83D', '\uDE00', 'ệ', 'a'), maxLength: 60 }),
  fc.constantFrom(...FIXTURES.map((f) => f.slice(0, 300))),
);
const message = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, tricky, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(fc.oneof(tricky, fc.constantFrom('__proto__', 'text', 'constructor')), tie('value'), { maxKeys: 5 }),
})).value;

describe('sliced JSON decoding', () => {
  it('parses any JSON exactly as JSON.parse, with long strings cut anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(message, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 9 }), async (value, longString, piece) => {
        const text = JSON.stringify(value);
        expect(await parseJsonInSlices(text, longString, piece)).toEqual(JSON.parse(text));
      }),
      params(400),
    );
  });

  it('rejects invalid JSON as JSON.parse does', async () => {
    for (const bad of ['{"a": "unterminated', '{"a": "x\\q"}', '{"a": "' + 'x'.repeat(50) + '\\u12"}', '[1, 2', '']) {
      await expect(parseJsonInSlices(bad, 4, 3)).rejects.toThrow(SyntaxError);
    }
  });

  it('decodes UTF-8 cut in the middle of multi-byte sequences', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 1, max: 7 }), async (s, slice) => {
        const bytes = new TextEncoder().encode(s);
        expect(await decodeUtf8(bytes, slice)).toBe(new TextDecoder().decode(bytes));
      }),
      params(300),
    );
  });

  it('decodes a real 3 MB didOpen message', async () => {
    const text = FIXTURES.join('\n\n"quoted\\" \t\u2028 😀').repeat(300);
    const msg = { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///a.txt', languageId: 'plaintext', version: 1, text } } };
    const bytes = new TextEncoder().encode(JSON.stringify(msg));
    expect(bytes.length).toBeGreaterThan(1 << 20);
    expect(await sliceJsonDecoder.decode(bytes, { charset: 'utf-8' })).toEqual(msg);
  });
});
