#!/usr/bin/env node
// The installable `wiregraph` binary: the workspace runs TypeScript with no build step, so the
// launcher registers tsx's loader and then runs the CLI's TypeScript entry point.
import { register } from 'tsx/esm/api';

register();
await import('../src/bin.ts');
