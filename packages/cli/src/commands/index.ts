import type { Command } from 'commander';
import { registerDb } from './db.js';
import { registerLoad } from './load.js';
import { registerSchema } from './schema.js';
import { registerRead } from './read.js';
import { registerQuery } from './query.js';
import { registerExport } from './export.js';
import { registerExtract } from './extract.js';
import { registerEval } from './eval.js';
import { registerIngest } from './ingest.js';
import { registerWatch } from './watch.js';
import { registerQuickstart } from './quickstart.js';
import { registerResolve } from './resolve.js';
import { registerImport } from './import.js';

/** Each command lives in its own file and registers itself on the program here. */
export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [registerDb, registerSchema, registerLoad, registerRead, registerQuery, registerExport, registerExtract, registerEval, registerIngest, registerWatch, registerQuickstart, registerResolve, registerImport];
