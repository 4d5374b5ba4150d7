// The file writer's thread (see FsBlobStore.put): puts small objects' files. A put that comes
// alone is made right here, each system call at once (AtomicFileWriter.putSync: no trip through
// the thread pool per call, the shortest wait for one answer). Puts that come together, or while
// others are under way, go to the thread pool side by side, where the file system's journal
// flushes them together (a put at a time capped a busy gateway at what one disk flush after
// another allows: bench/). Either way their replies go back to the event loop as one message.
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
  serveRequests<WriteRequest, WriteReply>(({ file, data, key, fsync }, alone) => {
    if (!alone) return writer.put(file, data, key, fsync).then(() => ({ written: true }));
    writer.putSync(file, data, key, fsync);
    return { written: true };
  });
}
