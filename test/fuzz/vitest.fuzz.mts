// `npm run fuzz`: the property tests of test/fuzz and test/robustness with 20 times the cases of
// `npm test` and a new seed each run (printed; set VIETPROOF_FUZZ_SEED to replay one).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const seed = process.env.VIETPROOF_FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
const scale = process.env.VIETPROOF_FUZZ_SCALE ?? '20';
console.log(`fuzz: seed ${seed}, ${scale}× the cases of npm test (replay: VIETPROOF_FUZZ_SEED=${seed} npm run fuzz)`);

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/fuzz/**/*.test.ts', 'test/robustness/**/*.test.ts'],
    env: { VIETPROOF_FUZZ_SEED: seed, VIETPROOF_FUZZ_SCALE: scale },
    testTimeout: 3_600_000,
    hookTimeout: 300_000,
  },
});
