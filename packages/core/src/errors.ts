/** Every error wiregraph raises on purpose: a stable code and the context a user needs to act. */
export class WiregraphError extends Error {
  readonly code: string;
  readonly context: Readonly<Record<string, unknown>>;
  constructor(code: string, message: string, context: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.context = context;
  }
}

/** Bad input in a story file: names the file and the place in it. */
export class InputError extends WiregraphError {
  constructor(
    code: string,
    message: string,
    readonly file: string,
    readonly place: { line?: number; column?: number; item?: number } = {},
    options?: { cause?: unknown },
  ) {
    super(code, message, { file, ...place }, options);
  }
}

/** A wrong setting or command-line use: the CLI exits with 2. */
export class UsageError extends WiregraphError {
  constructor(message: string, context: Record<string, unknown> = {}) {
    super('USAGE', message, context);
  }
}

/** The database could not be reached or refused us. */
export class DatabaseError extends WiregraphError {}

/** An entity that the graph does not know, with the closest names it does know. */
export class EntityNotFoundError extends WiregraphError {
  constructor(readonly query: string, readonly closeMatches: string[]) {
    super('ENTITY_NOT_FOUND', `no entity matches "${query}"` + (closeMatches.length ? ` — did you mean: ${closeMatches.join(', ')}?` : ''), { query, closeMatches });
  }
}
