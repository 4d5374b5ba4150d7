// The file writer's thread (see FsBlobStore.put): puts small objects' files, several at once.
// Each put is a few calls to the thread pool (mkdir, open, write, close, rename); here their
// completions wake this thread, and the event loop's thread sends one message and gets one back.
import { parentPort, workerData } from 'node:worker_threads';
import { serveRequests } from '../core/threads.js';
import { AtomicFileWriter } from './fs-write.js';

export interface WriteRequest {
  file: string;
  data: Uint8Array;
  key: string;
  fsync: boolean;
}

export type WriteReply = { written: true };

if (parentPort && workerData?.fileWriter) {
  const writer = new AtomicFileWriter();
  serveRequests<WriteRequest, WriteReply>(async ({ file, data, key, fsync }) => {
    await writer.put(file, data, key, fsync);
    return { written: true };
  });
}
