import { parentPort, workerData } from 'node:worker_threads';
import { scanArticle } from './scanArticle';
import type { JobResult, OutputConfig, ScanJob } from './scanJob';

// The engine loads once, when this thread starts, and stays warm for every article the thread is sent.
const config = workerData as OutputConfig;
const port = parentPort!;

port.on('message', (job: ScanJob) => {
  void scanArticle(job.input, config).then((result) => port.postMessage({ seq: job.seq, ...result } satisfies JobResult));
});
