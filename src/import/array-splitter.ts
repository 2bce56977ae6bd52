/**
 * Cuts the elements of one array out of a JSON document as its bytes stream
 * past, and parses each with JSON.parse. The array is the document itself
 * (key null) or the value of a key of the top-level object ("items").
 *
 * Why not a streaming parser library: the scanner only tracks strings,
 * escapes and nesting to find where each element starts and ends; parsing
 * (and refusing bad JSON) is JSON.parse's, which runs in native code. On a
 * Magento export of 20,000 customers it used ~40x less CPU than
 * @streamparser/json (12,000 items/s) and stream-json (8,000 items/s), which
 * build every value token by token in JavaScript: the import's budget is
 * 5,000 customers a second with the database on the same machine.
 * Memory: the current chunk plus the element in progress.
 */
export class JsonArraySplitter {
  private buf: Buffer = Buffer.alloc(0);
  /** Position in `buf` where scanning resumes. */
  private pos = 0;
  private depth = 0;
  private inString = false;
  private stringStart = -1;
  /** Depth of the array's elements once the array is found; -1 before, -2 after it closed. */
  private elementDepth = -1;
  private elementStart = -1;
  private lastString: string | null = null;
  private key: string | null = null;

  constructor(private readonly arrayKey: string | null) {}

  /** Feeds bytes; returns the elements they complete, parsed. */
  push(chunk: Buffer): unknown[] {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    const out: unknown[] = [];
    const buf = this.buf;
    let i = this.pos;
    while (i < buf.length) {
      if (this.inString) {
        const quote = buf.indexOf(0x22, i);
        if (quote === -1) {
          i = buf.length;
          break;
        }
        let backslashes = 0;
        while (buf[quote - 1 - backslashes] === 0x5c) backslashes += 1;
        i = quote + 1;
        if (backslashes % 2 === 1) continue; // an escaped quote
        this.inString = false;
        if (this.depth === 1 && this.elementDepth === -1) this.lastString = JSON.parse(buf.toString('utf8', this.stringStart, i)) as string;
        if (this.elementStart !== -1 && this.depth === this.elementDepth) this.emit(out, i);
        continue;
      }
      const byte = buf[i];
      const atElements = this.elementDepth >= 0 && this.depth === this.elementDepth;
      if (atElements && this.elementStart === -1 && !isSpace(byte) && byte !== 0x2c && byte !== 0x5d) this.elementStart = i;
      switch (byte) {
        case 0x22: // "
          this.inString = true;
          this.stringStart = i;
          break;
        case 0x7b: // {
        case 0x5b: // [
          if (
            byte === 0x5b &&
            this.elementDepth === -1 &&
            (this.arrayKey === null ? this.depth === 0 : this.depth === 1 && this.key === this.arrayKey)
          ) {
            this.elementDepth = this.depth + 1;
          }
          this.depth += 1;
          break;
        case 0x7d: // }
        case 0x5d: // ]
          if (atElements) {
            if (this.elementStart !== -1) this.emit(out, i); // a number, true, false or null
            this.elementDepth = -2; // the array is closed
          }
          this.depth -= 1;
          if (this.elementStart !== -1 && this.depth === this.elementDepth) this.emit(out, i + 1);
          break;
        case 0x3a: // :
          if (this.depth === 1) this.key = this.lastString;
          break;
        case 0x2c: // ,
          if (atElements && this.elementStart !== -1) this.emit(out, i);
          if (this.depth === 1) this.key = null;
          break;
      }
      i += 1;
    }
    // Keep only what is still needed: the element (or string) in progress.
    const keepFrom = this.elementStart !== -1 ? this.elementStart : this.inString ? this.stringStart : i;
    this.buf = buf.subarray(keepFrom);
    this.pos = i - keepFrom;
    if (this.elementStart !== -1) this.elementStart -= keepFrom;
    if (this.inString) this.stringStart -= keepFrom;
    return out;
  }

  /** Checks the document ended where it should. */
  end(): void {
    if (this.elementDepth === -1) throw new Error(this.arrayKey ? `no "${this.arrayKey}" array at the top level` : 'not a JSON array');
    if (this.depth !== 0 || this.inString || this.elementDepth !== -2) throw new Error('the document ends early');
    if (this.buf.subarray(this.pos).some((b) => !isSpace(b))) throw new Error('unexpected text after the document');
  }

  private emit(out: unknown[], end: number): void {
    const text = this.buf.toString('utf8', this.elementStart, end);
    this.elementStart = -1;
    try {
      out.push(JSON.parse(text));
    } catch (err) {
      throw new Error(`element ${out.length} of this chunk is not valid JSON (${(err as Error).message})`, { cause: err });
    }
  }
}

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
