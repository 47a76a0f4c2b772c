// Worker threads start from plain JavaScript: register tsx's loader (the workspace runs
// TypeScript with no build step), then load the TypeScript worker body.
import { register } from 'tsx/esm/api';

register();
await import('./plan-worker.ts');
