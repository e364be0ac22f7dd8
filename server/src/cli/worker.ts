// Worker thread for `vietproof check`: checks the files the main thread hands it, one at a time.
import { parentPort } from 'node:worker_threads';
import { checkFile, type JobOptions } from './check-file';

parentPort?.on('message', (msg: { id: number; path: string; opts: JobOptions }) => {
  try {
    parentPort!.postMessage({ id: msg.id, report: checkFile(msg.path, msg.opts) });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, report: { path: msg.path, ok: false, reason: `internal error: ${String(err)}`, bytes: 0, ms: 0, findings: [], notices: [] } });
  }
});
