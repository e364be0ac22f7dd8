// Worker thread for `vietproof check`: checks the files the main thread hands it, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkspaceCorpus } from '../analysis';
import { buildCorpus, checkFile, type JobOptions } from './check-file';

// every worker counts the run's files once, on its first job
let corpus: WorkspaceCorpus | undefined;
const corpusFiles = (workerData as { corpusFiles?: string[] } | null)?.corpusFiles ?? [];

parentPort?.on('message', (msg: { id: number; path: string; opts: JobOptions }) => {
  try {
    if (!corpus && corpusFiles.length) corpus = buildCorpus(corpusFiles);
    parentPort!.postMessage({ id: msg.id, report: checkFile(msg.path, msg.opts, corpus) });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, report: { path: msg.path, ok: false, reason: `internal error: ${String(err)}`, bytes: 0, ms: 0, findings: [], notices: [] } });
  }
});
