#!/usr/bin/env node
// The package's bin (`npx sourcelight-scan` in a clone after npm ci): plain JavaScript that Node starts as it is,
// then tsx runs the CLI's TypeScript, so the command always runs the checkout's current source, with no build step.
import { register } from 'tsx/esm/api';

register();
await import('./scan.ts');
