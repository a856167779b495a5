#!/usr/bin/env node
// The package's bin (`npx sourcelight-scan` in a clone after npm ci): plain JavaScript that Node starts as it is,
// then runs the CLI compiled from the checkout's current source (cli/compiledCli.mjs), with no build step.
import { compiledCli } from './compiledCli.mjs';

await import(await compiledCli());
