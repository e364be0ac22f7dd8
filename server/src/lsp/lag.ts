// Event-loop lag probe for the benchmark and robustness tests: with VIETPROOF_DEBUG_LAG=1 in the
// environment the server samples its event loop and answers `vietproof/debug/eventLoop` with the
// longest block seen since the last call. Off by default: no timer runs in normal use.
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { lexiconLoadMs } from '../analysis/lexicon/lexicon';

export const LAG_REQUEST = 'vietproof/debug/eventLoop';
/** Process figures for the benchmark (same switch): memory and the lexicon's load time. */
export const STATS_REQUEST = 'vietproof/debug/stats';

export interface ServerStats {
  /** Resident memory of the whole process (worker threads included), MB. */
  rssMB: number;
  heapUsedMB: number;
  /** V8 heap reserved (used or not) and memory outside it (buffers, the lexicon). */
  heapTotalMB: number;
  externalMB: number;
  /** How long the main thread took to load the lexicon (0 when not loaded yet). */
  lexiconLoadMs: number;
}

export interface LagReport {
  /** Longest single delay of the event loop, in ms (a block of the main thread). */
  maxMs: number;
  meanMs: number;
  p99Ms: number;
  samples: number;
}

let histogram: IntervalHistogram | undefined;

/** Starts sampling when the environment asks for it; returns whether it did. */
export function startLagProbe(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.VIETPROOF_DEBUG_LAG !== '1') return false;
  histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  return true;
}

export function takeStats(): ServerStats | null {
  if (!histogram) return null;
  // with --expose-gc the figures are of live memory, not of garbage waiting for a collection
  (globalThis as { gc?: () => void }).gc?.();
  const mem = process.memoryUsage();
  const mb = (n: number) => Math.round((n / 1048576) * 10) / 10;
  return {
    rssMB: mb(mem.rss),
    heapUsedMB: mb(mem.heapUsed),
    heapTotalMB: mb(mem.heapTotal),
    externalMB: mb(mem.external),
    lexiconLoadMs: Math.round(lexiconLoadMs() * 10) / 10,
  };
}

/** The lag since the last report (then starts counting afresh). */
export function takeLagReport(): LagReport | null {
  if (!histogram) return null;
  const ms = (ns: number) => Math.round((ns / 1e6) * 10) / 10;
  // the histogram includes the sampling resolution itself; report the block beyond it
  const report: LagReport = {
    maxMs: Math.max(0, ms(histogram.max) - 5),
    meanMs: Math.max(0, ms(histogram.mean) - 5),
    p99Ms: Math.max(0, ms(histogram.percentile(99)) - 5),
    samples: histogram.count,
  };
  histogram.reset();
  return report;
}
