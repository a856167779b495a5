// A scan thread's entry. Node starts a worker from plain JavaScript; tsx then runs the TypeScript behind it,
// so a thread runs the engine's current source, as the CLI does, with no build step.
import { register } from 'tsx/esm/api';

register();
await import('./scanWorker.ts');
