import type { ProgressStream } from '../seed/progress';

const WIDTH = 30;

/**
 * Progress of a streamed file: the fraction is bytes read (a streamed file
 * has no count up front), the rate is customers per second, the time left
 * comes from the byte rate. A terminal gets one bar redrawn in place; a log
 * or pipe a plain line at every 10 %.
 */
export function fileProgress(label: string, stream: ProgressStream = process.stderr, now: () => number = Date.now) {
  const started = now();
  let lastTenth = -1;
  let lastDraw = 0;
  return (bytesRead: number, totalBytes: number, customers: number, final = false): void => {
    const fraction = totalBytes === 0 ? 1 : Math.min(1, bytesRead / totalBytes);
    const percent = Math.floor(fraction * 100);
    const seconds = Math.max(0.001, (now() - started) / 1000);
    const rate = Math.round(customers / seconds);
    if (!stream.isTTY) {
      const tenth = Math.floor(fraction * 10);
      if (tenth > lastTenth || (final && lastTenth < 10)) {
        lastTenth = tenth;
        stream.write(`${label}: ${percent}% (${customers} customers, ${rate}/s)\n`);
      }
      return;
    }
    if (!final && now() - lastDraw < 100) return;
    lastDraw = now();
    const left = fraction > 0 ? Math.ceil((seconds / fraction) * (1 - fraction)) : 0;
    const filled = Math.round(fraction * WIDTH);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
    stream.write(`\r${label} ${bar} ${String(percent).padStart(3)}% ${customers} customers · ${rate}/s · ${left}s left  `);
    if (final) stream.write('\n');
  };
}
