// A worker thread for test/threads.test.ts: serves requests as the gateway's threads do
// (src/core/threads.ts), and reports how they arrived.
import { parentPort, workerData } from 'node:worker_threads';
import { serveRequests } from '../../src/core/threads.js';

export type TestRequest = { op: 'echo'; value: number; waitMs?: number } | { op: 'fail'; code: string } | { op: 'exit' } | { op: 'batches' };
export type TestReply = { value: number; at: number } | { batches: number[] };

if (parentPort && workerData?.testThread) {
  // How many requests each message that came in held.
  const batches: number[] = [];
  parentPort.on('message', (message: { batch: unknown[] }) => batches.push(message.batch.length));
  let order = 0;
  serveRequests<TestRequest, TestReply>((request) => {
    switch (request.op) {
      case 'echo':
        if (!request.waitMs) return { value: request.value, at: order++ };
        return new Promise((resolve) => setTimeout(() => resolve({ value: request.value, at: order++ }), request.waitMs));
      case 'fail':
        throw Object.assign(new Error(`failed with ${request.code}`), { code: request.code });
      case 'exit':
        process.exit(3);
        break;
      case 'batches':
        return { batches: [...batches] };
    }
    throw new Error('unknown op');
  });
}
