// The workspace index is built on a worker thread: reading, detecting, structure analysis and
// syllable counting of thousands of files would otherwise run on the server's main thread, between
// the user's requests, and leave its heap full of garbage. The worker sends each file's summary and
// hashed counts in small batches; the main thread only merges them (ArticleIndex.apply). The worker
// is stopped once it has nothing left to do, so its heap goes back to the system.
//
// It runs the server's own bundle (like the analysis worker, lsp/offload.ts): loaded with the
// index role, this module serves the parent's jobs and the server module gets an inert connection.
// No LSP imports: the server drives it.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Settings } from '../analysis';
import { countPacked } from '../analysis/lexicon/workspace';
import { indexArticleFile, listArticleFiles, type IndexResult } from './article-index';

const WORKER_TAG = 'vietproof-index';

/** True in the index worker thread. */
export const IS_INDEX_WORKER = !isMainThread && (workerData as { role?: string } | null)?.role === WORKER_TAG;

/** A file to index again (changed or created on disk) or to drop (deleted). */
export interface FileTask {
  path: string;
  deleted?: boolean;
  /** The packed text the corpus holds for this file: the worker counts it, so the main thread can
   * subtract the old version without tokenizing it. */
  previous?: Uint8Array;
}

type ToWorker =
  | { type: 'walk'; run: number; roots: string[]; settings: Settings }
  | { type: 'files'; tasks: Array<FileTask & { id: number }>; settings: Settings };

/** A result, and what it answers: a file task (`task`) or the walk under way (neither). */
type ResultItem = IndexResult & { task?: number };

type FromWorker =
  | { type: 'listed'; run: number; total: number }
  | { type: 'results'; items: ResultItem[] }
  | { type: 'walked'; run: number }
  | { type: 'idle' };

/** Files per message and worker time per message: each batch costs the main thread a few hundred µs
 * to merge, and a message every few ms keeps the progress smooth. */
const BATCH_FILES = 4;
const BATCH_MS = 15;
/** Measured with 5,000 articles indexed while 200 are edited (2 cores): nice 10 took pulled
 * diagnostics from ~16 to ~11 ms median; a 12 MB young generation took the worker's
 * heap, and the process's peak RSS, down by ~30 MB (default: up to 3 × 16 MB) for a slightly slower index. */
const WORKER_NICE = 10;
const WORKER_YOUNG_GENERATION_MB = 12;

if (IS_INDEX_WORKER && parentPort) {
  lowerThreadPriority(WORKER_NICE);
  serveIndexJobs(parentPort);
}

/**
 * Gives this thread a lower scheduling priority, so that on a busy machine the main thread (the
 * user's requests) runs first and the index takes the spare CPU. Linux only: setpriority on a
 * thread id affects that thread alone.
 */
function lowerThreadPriority(nice: number): void {
  try {
    const tid = Number(/\/task\/(\d+)$/.exec(readlinkSync('/proc/thread-self'))?.[1]);
    if (tid) setPriority(tid, nice);
  } catch {
    // elsewhere (or not allowed) the worker runs at the normal priority
  }
}

function serveIndexJobs(port: NonNullable<typeof parentPort>): void {
  let walk: { run: number; settings: Settings; files: string[]; next: number } | undefined;
  const tasks: Array<{ id: number; task: FileTask; settings: Settings }> = [];
  let scheduled = false;

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    // one batch per turn, so new jobs (file tasks go first) are taken in between
    setImmediate(step);
  };

  const indexOne = (task: FileTask, settings: Settings): IndexResult => {
    try {
      if (task.deleted) return deletedResult(task);
      return indexArticleFile(task.path, settings, task.previous);
    } catch {
      // an unreadable or odd file is simply not an article
      return deletedResult(task);
    }
  };

  function step(): void {
    scheduled = false;
    const items: ResultItem[] = [];
    const t0 = performance.now();
    while (items.length < BATCH_FILES && performance.now() - t0 < BATCH_MS) {
      const next = tasks.shift();
      if (next) items.push({ ...indexOne(next.task, next.settings), task: next.id });
      else if (walk && walk.next < walk.files.length) items.push(indexOne({ path: walk.files[walk.next++] }, walk.settings));
      else break;
    }
    if (items.length) port.postMessage({ type: 'results', items } satisfies FromWorker, transferablesOf(items));
    if (walk && walk.next >= walk.files.length) {
      port.postMessage({ type: 'walked', run: walk.run } satisfies FromWorker);
      walk = undefined;
    }
    if (tasks.length || walk) schedule();
    else port.postMessage({ type: 'idle' } satisfies FromWorker);
  }

  port.on('message', (msg: ToWorker) => {
    if (msg.type === 'walk') {
      const files = listArticleFiles(msg.roots);
      walk = { run: msg.run, settings: msg.settings, files, next: 0 };
      port.postMessage({ type: 'listed', run: msg.run, total: files.length } satisfies FromWorker);
    } else {
      for (const { id, ...task } of msg.tasks) tasks.push({ id, task, settings: msg.settings });
    }
    schedule();
  });
}

/** A file that is gone (or not an article): only the stored version's counts, to subtract. */
function deletedResult(task: FileTask): IndexResult {
  return { uri: pathToFileURL(task.path).href, previous: task.previous ? { packed: task.previous, counts: countPacked(task.previous) } : undefined };
}

/** The buffers of a batch, moved rather than copied (each was allocated for this one result). */
function transferablesOf(items: ResultItem[]): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const r of items) {
    for (const c of [r.counted, r.previous]) {
      if (!c) continue;
      for (const a of [c.packed, c.counts.uni, c.counts.bi, c.counts.tri]) {
        if (a.buffer instanceof ArrayBuffer && !out.includes(a.buffer)) out.push(a.buffer);
      }
    }
  }
  return out;
}

export interface IndexWorkerEvents {
  /** The walk of run `run` found `total` files. */
  listed(run: number, total: number): void;
  /** One file's result: from the walk under way, or from a file task. */
  result(result: IndexResult, fromWalk: boolean): void;
  /** The walk of run `run` is complete (every result of it has been delivered). */
  walked(run: number): void;
  /** The worker failed; the walk under way, if any, is over. */
  failed(error: string): void;
}

/**
 * The main thread's side: one worker at a time, started on demand, stopped when idle. A new walk
 * supersedes the one under way, and cancelling a walk stops the worker (file tasks not yet
 * answered are handed to a fresh one).
 */
export class IndexWorker {
  private worker: Worker | undefined;
  private walkRun: number | undefined;
  private readonly outstanding = new Map<number, { task: FileTask; settings: Settings }>();
  private nextTask = 1;

  constructor(
    private readonly workerFile: string,
    private readonly events: IndexWorkerEvents,
  ) {}

  /** Whether a walk is under way or file tasks are unanswered. */
  get busy(): boolean {
    return this.walkRun !== undefined || this.outstanding.size > 0;
  }

  /** Whether a worker thread is up (it is stopped when it has nothing left to do). */
  get running(): boolean {
    return this.worker !== undefined;
  }

  /** Indexes every article under the roots (run `run`), replacing any walk under way. */
  walk(run: number, roots: readonly string[], settings: Settings): void {
    if (this.walkRun !== undefined) this.restart();
    this.walkRun = run;
    this.ensureWorker().postMessage({ type: 'walk', run, roots: [...roots], settings } satisfies ToWorker);
  }

  /** Stops the walk under way (the worker with it). */
  cancelWalk(): void {
    if (this.walkRun === undefined) return;
    this.walkRun = undefined;
    this.restart();
  }

  /** Indexes these files again (or drops deleted ones); they go before the rest of a walk. */
  indexFiles(tasks: readonly FileTask[], settings: Settings): void {
    if (!tasks.length) return;
    const numbered = tasks.map((task) => {
      const id = this.nextTask++;
      this.outstanding.set(id, { task, settings });
      return { ...task, id };
    });
    this.ensureWorker().postMessage({ type: 'files', tasks: numbered, settings } satisfies ToWorker);
  }

  dispose(): void {
    this.walkRun = undefined;
    this.outstanding.clear();
    this.stopWorker();
  }

  /** Stops the worker; file tasks it had not answered go to a new one. */
  private restart(): void {
    this.stopWorker();
    if (!this.outstanding.size) return;
    const bySettings = new Map<Settings, Array<FileTask & { id: number }>>();
    for (const [id, { task, settings }] of this.outstanding) {
      const list = bySettings.get(settings) ?? [];
      list.push({ ...task, id });
      bySettings.set(settings, list);
    }
    const worker = this.ensureWorker();
    for (const [settings, tasks] of bySettings) worker.postMessage({ type: 'files', tasks, settings } satisfies ToWorker);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerFile, {
      workerData: { role: WORKER_TAG },
      argv: [],
      stdout: true,
      stderr: false,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    // the worker never writes to stdout (the LSP channel of the main thread); drain it anyway
    worker.stdout.resume();
    worker.unref();
    worker.on('message', (msg: FromWorker) => {
      // messages of a stopped worker may still be queued: they answer nothing any more
      if (this.worker !== worker) return;
      switch (msg.type) {
        case 'listed':
          if (msg.run === this.walkRun) this.events.listed(msg.run, msg.total);
          break;
        case 'results':
          for (const item of msg.items) {
            const { task, ...result } = item;
            if (task !== undefined && !this.outstanding.delete(task)) continue;
            this.events.result(result, task === undefined);
          }
          break;
        case 'walked':
          if (msg.run !== this.walkRun) break;
          this.walkRun = undefined;
          this.events.walked(msg.run);
          break;
        case 'idle':
          // nothing queued on either side: give the worker's memory back
          if (!this.busy) this.stopWorker();
          break;
      }
    });
    const died = (why: string) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.walkRun = undefined;
      // no retry: a file that kills the worker would kill the next one too
      this.outstanding.clear();
      this.events.failed(why);
    };
    worker.on('error', (err) => died(String(err?.stack ?? err)));
    worker.on('exit', (code) => died(`index worker exited (code ${code})`));
    this.worker = worker;
    return worker;
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) void worker.terminate();
  }
}
