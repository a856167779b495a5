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
  // A report printed to the same terminal shows the progress itself, and a bar redrawn over it would garble it.
  progress: process.stderr.isTTY ? (process.stdout.isTTY ? 'none' : 'bar') : 'lines',
  progressStream: process.stderr,
});
