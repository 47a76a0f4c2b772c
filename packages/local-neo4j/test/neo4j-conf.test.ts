import { describe, expect, it } from 'vitest';
import { instancePaths, renderNeo4jConf } from '../src/index.js';

const conf = renderNeo4jConf({ paths: instancePaths('/srv/wg'), pluginsDir: '/cache/dist/plugins', boltPort: 7697, httpPort: 7484, pageCache: '256m' });
const settings = new Map(
  conf
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as const),
);

describe('renderNeo4jConf', () => {
  it('listens and advertises on loopback only, on the configured ports', () => {
    expect(settings.get('server.default_listen_address')).toBe('127.0.0.1');
    expect(settings.get('server.bolt.listen_address')).toBe('127.0.0.1:7697');
    expect(settings.get('server.bolt.advertised_address')).toBe('127.0.0.1:7697');
    expect(settings.get('server.http.listen_address')).toBe('127.0.0.1:7484');
    expect(settings.get('server.http.advertised_address')).toBe('127.0.0.1:7484');
    expect(settings.get('server.https.enabled')).toBe('false');
  });

  it('keeps data, logs and run files under the instance home and loads plugins from the shared distribution', () => {
    expect(settings.get('server.directories.data')).toBe('/srv/wg/data');
    expect(settings.get('server.directories.logs')).toBe('/srv/wg/logs');
    expect(settings.get('server.directories.run')).toBe('/srv/wg/run');
    expect(settings.get('server.directories.import')).toBe('/srv/wg/import');
    expect(settings.get('server.directories.plugins')).toBe('/cache/dist/plugins');
  });

  it('turns auth on, allows APOC and sizes the page cache', () => {
    expect(settings.get('dbms.security.auth_enabled')).toBe('true');
    expect(settings.get('dbms.security.procedures.unrestricted')).toBe('apoc.*');
    expect(settings.get('server.memory.pagecache.size')).toBe('256m');
    expect(settings.get('dbms.usage_report.enabled')).toBe('false');
  });

  it('sets each setting once', () => {
    const keys = conf.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('=')[0]);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
