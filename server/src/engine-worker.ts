// How the threads that run the engine on whole files are made: the CLI's pool (cli/main.ts) and the
// editor's big-document worker (lsp/offload.ts). `npm run bench` reads the same JSON, so it times the
// engine the way those threads run it.
import limits from './engine-worker.json';

/**
 * A young generation of 128 MB instead of V8's default (3 × 16 MB). Analysing a text allocates
 * about 70 bytes of heap per character, two thirds of it (tokens, spelling slots, line facts) kept
 * to the end: with the default, a 1 MB text fills the young generation several times and each
 * scavenge copies what has been built so far. Measured on the bench's 1 MB text, median of 7
 * runs on a worker warmed on the fixtures: 64 MB 209–221 ms, 128 MB 160 ms, 256 MB 161–208 ms,
 * default 232–280 ms. Small articles leave little alive, so their scavenges stay cheap.
 */
export const ENGINE_WORKER_LIMITS: { maxYoungGenerationSizeMb: number } = limits;
