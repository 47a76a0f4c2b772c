import { WiregraphError } from '@wiregraph/core';

/**
 * A bulk import that cannot go on, with a stable code: DATABASE_EXISTS (not replaced without
 * --replace), DATABASE_NOT_SERVED, SORT_FAILED, IMPORT_FAILED, DUMP_FAILED.
 */
export class ImportError extends WiregraphError {}
