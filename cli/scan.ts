import { once } from 'node:events';
import { exitQuietlyOnClosedPipe } from './closedPipe';
import { shouldColor } from './formatReport';
import { runScan } from './runScan';

exitQuietlyOnClosedPipe();
process.exitCode = await runScan(process.argv.slice(2), {
  out: (chunk) => (process.stdout.write(chunk) ? undefined : once(process.stdout, 'drain').then(() => undefined)),
  err: (chunk) => process.stderr.write(chunk),
  color: shouldColor(process.stdout.isTTY, process.env),
  stdin: process.stdin,
  progress: process.stderr.isTTY ? 'bar' : 'lines',
  progressStream: process.stderr,
});
