import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseError, type Logger } from '@wiregraph/core';
import type { LocalNeo4jSettings } from './settings.js';

/** An assembled server: jars for the classpath (lib/) and the procedures directory (plugins/). */
export interface Distribution {
  dir: string;
  lib: string;
  plugins: string;
}

/** scripts/neo4j/pom.xml in this repository. */
export const POM_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'scripts', 'neo4j', 'pom.xml');

const COMPLETE = '.complete';

export function distributionDir(settings: LocalNeo4jSettings): string {
  return join(settings.cacheDir, `neo4j-${settings.neo4jVersion}-apoc-${settings.apocVersion}-browser-${settings.browserVersion}`);
}

function distribution(dir: string): Distribution {
  return { dir, lib: join(dir, 'lib'), plugins: join(dir, 'plugins') };
}

/**
 * The per-version distribution, assembled by Maven the first time and reused by every instance
 * after. Assembly goes to a private temporary directory renamed into place at the end, so two
 * instances starting at once never see half a distribution.
 */
export async function ensureDistribution(settings: LocalNeo4jSettings, log: Logger): Promise<Distribution> {
  const dir = distributionDir(settings);
  if (existsSync(join(dir, COMPLETE))) return distribution(dir);
  mkdirSync(settings.cacheDir, { recursive: true });
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  log.info('assembling Neo4j from Maven Central (first time only)', { neo4j: settings.neo4jVersion, apoc: settings.apocVersion, dir });
  const args = [
    '-q', '-B', '-f', POM_PATH, 'package',
    `-Ddist.dir=${tmp}`,
    `-Dneo4j.version=${settings.neo4jVersion}`,
    `-Dapoc.version=${settings.apocVersion}`,
    `-Dbrowser.version=${settings.browserVersion}`,
  ];
  try {
    await runMaven(settings.maven, args);
    const jars = existsSync(join(tmp, 'lib')) ? readdirSync(join(tmp, 'lib')).filter((f) => f.endsWith('.jar')) : [];
    if (!jars.some((f) => f.startsWith(`neo4j-${settings.neo4jVersion}`))) {
      throw new DatabaseError('NEO4J_ASSEMBLY', `Maven finished but ${tmp}/lib has no neo4j-${settings.neo4jVersion} jar`, { dir: tmp });
    }
    writeFileSync(join(tmp, COMPLETE), new Date().toISOString() + '\n');
    try {
      renameSync(tmp, dir);
    } catch (err) {
      // Another instance finished first: use its copy.
      if (!existsSync(join(dir, COMPLETE))) throw err;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  log.info('Neo4j assembled', { dir });
  return distribution(dir);
}

function runMaven(mvn: string, args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(mvn, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-8000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'ENOENT'
          ? new DatabaseError('MAVEN_NOT_FOUND', `Maven ("${mvn}") was not found: install Maven 3 and Java 17+ (or use Docker, see docker-compose.yml), or set WIREGRAPH_MVN`, { mvn })
          : err,
      );
    });
    child.on('close', (code) => {
      if (code === 0) resolvePromise();
      else reject(new DatabaseError('NEO4J_ASSEMBLY', `Maven could not assemble Neo4j (exit ${code}):\n${output.trim().split('\n').slice(-20).join('\n')}`, { exitCode: code }));
    });
  });
}
