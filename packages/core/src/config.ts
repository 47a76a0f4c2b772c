import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './errors.js';

/**
 * One configuration for every command: flags over environment over a `.env` file over
 * defaults. The defaults are the local development ones the README names.
 */
export interface Config {
  neo4jUri: string;
  /** Whether NEO4J_URI was given (flag, environment or .env) rather than defaulted to the local server. */
  neo4jUriConfigured: boolean;
  neo4jUsername: string;
  neo4jPassword: string;
  /**
   * Whether NEO4J_PASSWORD was given. The development default applies only to the local server
   * (`db start`, docker-compose) that an unset NEO4J_URI points at: connect() refuses to send it
   * to a configured URI.
   */
  neo4jPasswordConfigured: boolean;
  neo4jDatabase: string;
  /** Where the local server keeps its data and logs. */
  dataDir: string;
  boltPort: number;
  httpPort: number;
}

export const DEFAULT_PASSWORD = 'wiregraph-dev';

/** The settings a flag, variable or .env line can give (the rest of Config is derived). */
type Setting = Exclude<keyof Config, 'neo4jUriConfigured' | 'neo4jPasswordConfigured'>;

const SETTINGS = {
  neo4jUri: 'NEO4J_URI',
  neo4jUsername: 'NEO4J_USERNAME',
  neo4jPassword: 'NEO4J_PASSWORD',
  neo4jDatabase: 'NEO4J_DATABASE',
  dataDir: 'WIREGRAPH_HOME',
  boltPort: 'NEO4J_BOLT_PORT',
  httpPort: 'NEO4J_HTTP_PORT',
} as const satisfies Record<Setting, string>;

/** A URI as messages and logs may show it: user and password written into it are removed. */
export function redactUri(uri: string): string {
  return uri.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, '$1');
}

/** Reads KEY=VALUE lines; quotes around values are removed, `#` starts a comment. */
export function parseDotEnv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    let value = m[2]!.trim();
    if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1);
    out[m[1]!] = value;
  }
  return out;
}

function port(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new UsageError(`${name} must be a port number (1–65535), got "${value}"`, { setting: name, value });
  return n;
}

export function loadConfig(
  flags: Partial<Record<Setting, string | number | undefined>> = {},
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): Config {
  const dotEnvPath = resolve(cwd, '.env');
  const dotEnv = existsSync(dotEnvPath) ? parseDotEnv(readFileSync(dotEnvPath, 'utf8')) : {};
  const pick = (k: Setting): string | undefined => {
    const flag = flags[k];
    if (flag !== undefined && flag !== '') return String(flag);
    const name = SETTINGS[k];
    return env[name] || dotEnv[name] || undefined;
  };
  // An empty NEO4J_PASSWORD is a mistake (an unset variable in a script), not "use the default".
  if (flags.neo4jPassword === undefined && (env.NEO4J_PASSWORD === '' || (env.NEO4J_PASSWORD === undefined && dotEnv.NEO4J_PASSWORD === ''))) {
    throw new UsageError('NEO4J_PASSWORD is set but empty: give the password, or unset it to use the local server\'s', { setting: 'NEO4J_PASSWORD' });
  }
  const boltPort = port(SETTINGS.boltPort, pick('boltPort') ?? '7687');
  const httpPort = port(SETTINGS.httpPort, pick('httpPort') ?? '7474');
  const configuredUri = pick('neo4jUri');
  const neo4jUri = configuredUri ?? `bolt://127.0.0.1:${boltPort}`;
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^/\s]+/.test(neo4jUri)) {
    throw new UsageError(`NEO4J_URI must be a bolt://, bolt+s://, neo4j:// or neo4j+s:// URI, got "${redactUri(neo4jUri)}"`, { setting: 'NEO4J_URI', value: redactUri(neo4jUri) });
  }
  const password = pick('neo4jPassword');
  return {
    neo4jUri,
    neo4jUriConfigured: configuredUri !== undefined,
    neo4jUsername: pick('neo4jUsername') ?? 'neo4j',
    neo4jPassword: password ?? DEFAULT_PASSWORD,
    neo4jPasswordConfigured: password !== undefined,
    neo4jDatabase: pick('neo4jDatabase') ?? 'neo4j',
    dataDir: resolve(cwd, pick('dataDir') ?? '.wiregraph'),
    boltPort,
    httpPort,
  };
}
