// Big documents are analysed on a worker thread so the server's main thread never blocks on them:
// typing, code actions and other documents stay responsive while a 10 MB file is checked.
// Small documents (a news article is a few KB) are analysed inline: that is faster than a round
// trip. A newer version of a document cancels the analysis of the older one (the worker running
// it is terminated and replaced), and a job that runs too long is stopped the same way.
//
// The worker runs this same bundle (server.js): when loaded as the analysis worker it serves
// analysis requests from the parent and gives the server module an inert connection.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyze, type AnalysisResult, type Settings } from '../analysis';
import { ENGINE_WORKER_LIMITS } from '../engine-worker';

const WORKER_TAG = 'vietproof-analysis';

/** True in the analysis worker thread (never in the language server's main thread). */
export const IS_ANALYSIS_WORKER = !isMainThread && (workerData as { role?: string } | null)?.role === WORKER_TAG;

/** Texts longer than this (UTF-16 units) are always analysed off the main thread. */
export const OFFLOAD_CHARS = envNumber('VIETPROOF_OFFLOAD_CHARS', 64 * 1024);
/** Shorter texts too when their analysis is expected to take longer than this on the main thread… */
export const INLINE_BUDGET_MS = envNumber('VIETPROOF_INLINE_BUDGET_MS', 80);
/** …except articles of ordinary length, which stay inline: a few ms, no round trip, no cold worker. */
export const INLINE_CHARS = Math.min(OFFLOAD_CHARS, envNumber('VIETPROOF_INLINE_CHARS', 16 * 1024));
/** An idle worker is stopped after this long (it holds its own copy of the lexicon). */
export const WORKER_IDLE_MS = envNumber('VIETPROOF_WORKER_IDLE_MS', 60_000);
/** A worker job running longer than this is stopped (a runaway rule must not stall the queue). */
export const JOB_TIMEOUT_MS = envNumber('VIETPROOF_JOB_TIMEOUT_MS', 60_000);

function envNumber(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return process.env[name] !== undefined && Number.isFinite(v) && v >= 0 ? v : fallback;
}

/** Text goes to the worker in pieces of this many UTF-16 units, one per turn of the event loop:
 * cloning 10 MB in one message blocks the sender for a few hundred ms. */
const PIECE_CHARS = 512 * 1024;

/** A piece of a job's text; the job message itself follows the last piece. */
interface PieceMessage {
  id: number;
  piece: string;
}

interface JobMessage {
  id: number;
  settings: Settings;
  acceptedWords: string[];
}

type ReplyMessage = { id: number; result: AnalysisResult; ms: number } | { id: number; error: string };

/**
 * How fast the engine runs on this machine, learned from the analyses themselves (main thread and
 * worker): a slow rule or a busy machine moves more documents off the main thread.
 */
export class SpeedEstimate {
  /** Exponentially weighted ms per 1,000 characters; undefined until measured. */
  private msPerKChar: number | undefined;

  record(chars: number, ms: number): void {
    // tiny texts measure overhead, not speed
    if (chars < 2000 || !Number.isFinite(ms)) return;
    const rate = (ms / chars) * 1000;
    this.msPerKChar = this.msPerKChar === undefined ? rate : 0.7 * this.msPerKChar + 0.3 * rate;
  }

  /** Expected ms for a text of `chars` characters (0 while unknown). */
  predict(chars: number): number {
    return ((this.msPerKChar ?? 0) * chars) / 1000;
  }

  /** Whether a text of this length should leave the main thread. */
  offload(chars: number, limitChars = OFFLOAD_CHARS, budgetMs = INLINE_BUDGET_MS, inlineChars = INLINE_CHARS): boolean {
    if (chars > limitChars) return true;
    return chars > inlineChars && this.predict(chars) > budgetMs;
  }
}

export const engineSpeed = new SpeedEstimate();

/** Loads what the rules load lazily (lexicon, tables) so the first document does not pay for it. */
export function warmUp(): void {
  try {
    analyze('Hội nghị tổng kết công tác dân vận năm 2020.\n\nÔng Nguyễn Văn An, Chủ tịch UBND tỉnh, phát biểu.');
  } catch {
    // a failing rule shows up on the first real document, with its notice
  }
}

if (IS_ANALYSIS_WORKER && parentPort) {
  const port = parentPort;
  warmUp();
  const pieces = new Map<number, string[]>();
  port.on('message', (msg: PieceMessage | JobMessage) => {
    if ('piece' in msg) {
      // pieces of older jobs (cancelled while sending) are dropped
      for (const id of pieces.keys()) if (id !== msg.id) pieces.delete(id);
      const list = pieces.get(msg.id) ?? [];
      list.push(msg.piece);
      pieces.set(msg.id, list);
      return;
    }
    const text = (pieces.get(msg.id) ?? []).join('');
    pieces.delete(msg.id);
    let reply: ReplyMessage;
    try {
      const t0 = performance.now();
      const result = analyze(text, msg.settings, { acceptedWords: msg.acceptedWords });
      reply = { id: msg.id, result, ms: performance.now() - t0 };
    } catch (err) {
      reply = { id: msg.id, error: String((err as Error)?.stack ?? err) };
    }
    port.postMessage(reply);
  });
}

interface Job {
  id: number;
  key: string;
  text: string;
  message: JobMessage;
  resolve: (r: AnalysisResult | undefined) => void;
  reject: (e: Error) => void;
}

/** One worker thread, a queue of jobs, at most one job per key (document). */
export class AnalysisPool {
  private worker: Worker | undefined;
  private running: Job | undefined;
  private runningTimer: NodeJS.Timeout | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private queue: Job[] = [];
  private nextId = 1;

  constructor(
    private readonly workerFile: string,
    private readonly timeoutMs = JOB_TIMEOUT_MS,
    private readonly idleMs = WORKER_IDLE_MS,
  ) {}

  /**
   * Analyses `text` on the worker. Resolves undefined when a newer job for the same key (or
   * `cancel(key)`) superseded it; rejects when the worker failed or ran out of time.
   */
  run(key: string, text: string, settings: Settings, acceptedWords: string[]): Promise<AnalysisResult | undefined> {
    this.cancel(key);
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.queue.push({ id, key, text, message: { id, settings, acceptedWords }, resolve, reject });
      this.pump();
    });
  }

  /** Drops the queued or running job of `key` (its promise resolves undefined). */
  cancel(key: string): void {
    const queued = this.queue.filter((j) => j.key === key);
    if (queued.length) {
      this.queue = this.queue.filter((j) => j.key !== key);
      for (const j of queued) j.resolve(undefined);
    }
    if (this.running?.key === key) {
      const job = this.running;
      this.stopWorker();
      job.resolve(undefined);
      this.pump();
    }
  }

  /** Stops the worker and settles every job (at shutdown). */
  dispose(): void {
    const all = [...this.queue, ...(this.running ? [this.running] : [])];
    this.queue = [];
    clearTimeout(this.idleTimer);
    this.stopWorker();
    for (const j of all) j.resolve(undefined);
  }

  get busy(): boolean {
    return !!this.running || this.queue.length > 0;
  }

  private pump(): void {
    clearTimeout(this.idleTimer);
    if (!this.running && !this.queue.length && this.worker) {
      // nothing to do: give the worker's memory back after a while
      this.idleTimer = setTimeout(() => {
        if (!this.running && !this.queue.length) this.stopWorker();
      }, this.idleMs);
      this.idleTimer.unref();
    }
    if (this.running || !this.queue.length) return;
    const job = this.queue.shift()!;
    this.running = job;
    const worker = this.ensureWorker();
    this.runningTimer = setTimeout(() => {
      if (this.running !== job) return;
      this.stopWorker();
      job.reject(new Error(`analysis took longer than ${this.timeoutMs} ms and was stopped`));
      this.pump();
    }, this.timeoutMs);
    void this.send(worker, job);
  }

  /** Posts the job's text piece by piece, yielding between pieces; stops if the job is dropped. */
  private async send(worker: Worker, job: Job): Promise<void> {
    const text = job.text;
    for (let at = 0; at < text.length; ) {
      if (this.running !== job || this.worker !== worker) return;
      let end = Math.min(text.length, at + PIECE_CHARS);
      // never cut between the two halves of a surrogate pair
      if (end < text.length && end - at > 1 && /[\uD800-\uDBFF]/.test(text[end - 1])) end--;
      worker.postMessage({ id: job.id, piece: text.slice(at, end) } satisfies PieceMessage);
      at = end;
      if (at < text.length) await new Promise((r) => setImmediate(r));
    }
    if (this.running === job && this.worker === worker) worker.postMessage(job.message);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerFile, { workerData: { role: WORKER_TAG }, argv: [], stdout: true, stderr: false, resourceLimits: ENGINE_WORKER_LIMITS });
    // the worker never writes to stdout (that is the LSP channel of the main thread); drain it anyway
    worker.stdout.resume();
    worker.unref();
    worker.on('message', (reply: ReplyMessage) => {
      const job = this.running;
      if (this.worker !== worker || !job || job.id !== reply.id) return;
      this.finish();
      if ('error' in reply) job.reject(new Error(reply.error));
      else {
        engineSpeed.record(job.text.length, reply.ms);
        job.resolve(reply.result);
      }
      this.pump();
    });
    const died = (why: string) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const job = this.running;
      this.finish();
      job?.reject(new Error(`analysis worker stopped: ${why}`));
      this.pump();
    };
    worker.on('error', (err) => died(String(err?.stack ?? err)));
    worker.on('exit', (code) => died(`exit code ${code}`));
    this.worker = worker;
    return worker;
  }

  private finish(): void {
    clearTimeout(this.runningTimer);
    this.runningTimer = undefined;
    this.running = undefined;
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.finish();
    if (worker) void worker.terminate();
  }
}
