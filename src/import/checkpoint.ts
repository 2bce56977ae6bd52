import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where an interrupted import resumes: after each committed batch, the
 * number of source items behind it is written (atomically: a temporary
 * file renamed over the old one) next to the report. A later run on the
 * same file (same size and modification time, same platform and source)
 * skips those items; anything else starts over. Starting over is safe too:
 * the import is idempotent, resuming only saves the time.
 */
export interface ImportState {
  file: string;
  size: number;
  mtimeMs: number;
  platform: string;
  source: string;
  /** Items (from the start of the file) whose batches are committed. */
  done: number;
  complete: boolean;
}

export class Checkpoint {
  constructor(
    readonly stateFile: string,
    private readonly identity: Omit<ImportState, 'done' | 'complete'>,
  ) {}

  static forFile(stateFile: string, file: string, platform: string, source: string): Checkpoint {
    const stat = statSync(file);
    return new Checkpoint(stateFile, { file: path.resolve(file), size: stat.size, mtimeMs: stat.mtimeMs, platform, source });
  }

  /** Items to skip: those a previous, unfinished run on this same file committed. */
  resumeFrom(): number {
    if (!existsSync(this.stateFile)) return 0;
    try {
      const state = JSON.parse(readFileSync(this.stateFile, 'utf8')) as ImportState;
      const same = (Object.keys(this.identity) as (keyof typeof this.identity)[]).every((k) => state[k] === this.identity[k]);
      return same && !state.complete ? state.done : 0;
    } catch {
      return 0;
    }
  }

  save(done: number, complete = false): void {
    const state: ImportState = { ...this.identity, done, complete };
    const temporary = `${this.stateFile}.tmp`;
    writeFileSync(temporary, JSON.stringify(state));
    renameSync(temporary, this.stateFile);
  }
}
