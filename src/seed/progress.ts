/** What a progress display writes to: a terminal (redrawn in place) or a log/pipe (plain lines). */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

const WIDTH = 30;

/**
 * A progress reporter for `seed`'s onProgress. On a terminal: one bar
 * redrawn in place with rate and time left. Otherwise (CI, a pipe): a plain
 * line at every 10 %, so logs stay readable.
 */
export function progressBar(label: string, stream: ProgressStream = process.stderr, now: () => number = Date.now) {
  const started = now();
  let lastTenth = -1;
  return (done: number, total: number): void => {
    const fraction = total === 0 ? 1 : done / total;
    const percent = Math.floor(fraction * 100);
    if (!stream.isTTY) {
      const tenth = Math.floor(fraction * 10);
      if (tenth > lastTenth || done === total) {
        lastTenth = tenth;
        stream.write(`${label}: ${percent}% (${done}/${total})\n`);
      }
      return;
    }
    const seconds = Math.max(0.001, (now() - started) / 1000);
    const rate = done / seconds;
    const left = rate > 0 ? Math.ceil((total - done) / rate) : 0;
    const filled = Math.round(fraction * WIDTH);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
    stream.write(`\r${label} ${bar} ${String(percent).padStart(3)}% ${done}/${total} · ${Math.round(rate)}/s · ${left}s left  `);
    if (done === total) stream.write('\n');
  };
}
