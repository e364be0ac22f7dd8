// The server's connection to its client. Over stdio the message reader decodes big messages in
// slices (see json-decoder.ts) so opening a 10 MB article does not hold the event loop; IPC and
// sockets use the library's own transport. In the analysis and index worker threads the server
// module gets a connection over streams nobody writes to, so it loads there harmlessly.
import { PassThrough } from 'node:stream';
import { format } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection, type DataCallback, type Message } from 'vscode-languageserver/node';
import { sliceJsonDecoder } from './json-decoder';
import { IS_INDEX_WORKER } from '../workspace/index-worker';
import { IS_ANALYSIS_WORKER } from './offload';

export function serverConnection(argv: readonly string[] = process.argv): Connection {
  if (IS_ANALYSIS_WORKER || IS_INDEX_WORKER) return createConnection(ProposedFeatures.all, new StreamMessageReader(new PassThrough()), new StreamMessageWriter(new PassThrough()));
  if (!argv.slice(2).includes('--stdio')) return createConnection(ProposedFeatures.all);

  let shutdownSeen = false;
  const reader = new StreamMessageReader(process.stdin, { contentTypeDecoder: sliceJsonDecoder });
  // the library ends the process when stdin closes only for streams it reads itself: do the same
  const end = () => process.exit(shutdownSeen ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  const listen = reader.listen.bind(reader);
  reader.listen = (callback: DataCallback) =>
    listen((message: Message) => {
      if ((message as { method?: string }).method === 'shutdown') shutdownSeen = true;
      callback(message);
    });
  // Node writes to a stdout pipe synchronously on Linux: a 3 MB diagnostics message would hold the
  // event loop until the client has read it all. Asynchronous writes keep the server turning.
  (process.stdout as unknown as { _handle?: { setBlocking?: (b: boolean) => void } })._handle?.setBlocking?.(false);
  const connection = createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
  // stdout is the protocol channel: console output goes to the client's log instead
  console.log = (...args: unknown[]) => connection.console.log(format(...args));
  console.info = (...args: unknown[]) => connection.console.info(format(...args));
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
  return connection;
}
