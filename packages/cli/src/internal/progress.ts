/**
 * Progress of a long run: a one-line bar redrawn on a terminal, structured log lines at an
 * interval otherwise (a pipe or CI log should not fill with carriage returns).
 */
import type { Logger } from '@wiregraph/core';

export interface ProgressCounts {
  stories: number;
  triples: number;
  /** Stories expected in all, when known (for the ETA). */
  total?: number;
}

export interface Progress {
  update(counts: ProgressCounts): void;
  done(): void;
}

export function createProgress(options: { label: string; logger: Logger; stream?: NodeJS.WriteStream; intervalMs?: number }): Progress {
  const stream = options.stream ?? process.stderr;
  const interval = options.intervalMs ?? (stream.isTTY ? 100 : 5000);
  const started = Date.now();
  let last = 0;
  let drawn = false;
  let latest: ProgressCounts = { stories: 0, triples: 0 };

  const line = (c: ProgressCounts): string => {
    const secs = Math.max((Date.now() - started) / 1000, 0.001);
    const rate = c.stories / secs;
    let eta = '';
    let bar = '';
    if (c.total && c.total > 0) {
      const frac = Math.min(c.stories / c.total, 1);
      const width = 24;
      bar = `[${'#'.repeat(Math.round(frac * width)).padEnd(width, '.')}] ${(frac * 100).toFixed(0).padStart(3)}% `;
      const left = rate > 0 ? (c.total - c.stories) / rate : 0;
      eta = ` ETA ${left.toFixed(0)}s`;
    }
    return `${options.label} ${bar}${c.stories} stories, ${c.triples} triples, ${rate.toFixed(1)} stories/s${eta}`;
  };

  const render = (force: boolean) => {
    const now = Date.now();
    if (!force && now - last < interval) return;
    last = now;
    if (stream.isTTY) {
      stream.write(`\r${line(latest).slice(0, (stream.columns ?? 120) - 1)}\u001b[K`);
      drawn = true;
    } else {
      const secs = (now - started) / 1000;
      options.logger.info('progress', { ...latest, elapsedS: Number(secs.toFixed(1)), storiesPerS: Number((latest.stories / Math.max(secs, 0.001)).toFixed(1)) });
    }
  };

  return {
    update(counts) {
      latest = counts;
      render(false);
    },
    done() {
      if (stream.isTTY) {
        render(true);
        if (drawn) stream.write('\n');
      }
    },
  };
}
