// A digest worker of the blob store's DigestPool (digest-pool.ts). Plain JavaScript on purpose: it loads the
// same way under Vitest, under tsx and under plain Node, with no TypeScript loader in the worker.
//
// workerData: { buffer: SharedArrayBuffer, base: number, chunkSize: number, algorithms: string[] } (chunk k starts at
// base + k × chunkSize).
// Messages in (one port, so they arrive in order):
//   { op: 'begin', job }                     start one hash per algorithm for a job
//   { op: 'update', job, seq, chunk, length } hash bytes [0, length) of chunk `chunk` of the shared buffer
//   { op: 'end', job }                       finish the job's hashes
//   { op: 'abort', job }                     forget the job
// Messages out: { op: 'ack', job, seq } once the chunk is hashed (the pool may reuse it), and
// { op: 'digest', job, hex: { [algorithm]: string } } in answer to 'end' (or { op: 'error', job, message }).
import { createHash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';

/** Bytes hashed by one algorithm before the next takes the same bytes, so they are still in the CPU cache. */
const STRIPE = 256 * 1024;

const { buffer, base, chunkSize, algorithms } = workerData;
/** @type {Map<number, import('node:crypto').Hash[]>} */
const jobs = new Map();

parentPort.on('message', (message) => {
  switch (message.op) {
    case 'begin':
      jobs.set(
        message.job,
        algorithms.map((algorithm) => createHash(algorithm)),
      );
      break;
    case 'update': {
      const hashes = jobs.get(message.job);
      if (hashes) {
        const start = base + message.chunk * chunkSize;
        const end = start + message.length;
        if (hashes.length === 1) {
          hashes[0].update(Buffer.from(buffer, start, message.length));
        } else {
          for (let offset = start; offset < end; offset += STRIPE) {
            const stripe = Buffer.from(buffer, offset, Math.min(STRIPE, end - offset));
            for (const hash of hashes) hash.update(stripe);
          }
        }
      }
      parentPort.postMessage({ op: 'ack', job: message.job, seq: message.seq });
      break;
    }
    case 'end': {
      const hashes = jobs.get(message.job);
      if (!hashes) {
        parentPort.postMessage({ op: 'error', job: message.job, message: `digest worker: no job ${message.job}` });
        break;
      }
      jobs.delete(message.job);
      const hex = {};
      algorithms.forEach((algorithm, i) => (hex[algorithm] = hashes[i].digest('hex')));
      parentPort.postMessage({ op: 'digest', job: message.job, hex });
      break;
    }
    case 'abort':
      jobs.delete(message.job);
      break;
    default:
      throw new Error(`digest worker: unknown message ${JSON.stringify(message)}`);
  }
});
