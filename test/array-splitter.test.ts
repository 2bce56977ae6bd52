import { JsonArraySplitter } from '../src/import/array-splitter';

/** The splitter cuts the same elements whatever the chunking (every byte boundary), as JSON.parse reads them. */
function split(text: string, key: string | null, chunk: number): unknown[] {
  const splitter = new JsonArraySplitter(key);
  const bytes = Buffer.from(text);
  const out: unknown[] = [];
  for (let i = 0; i < bytes.length; i += chunk) out.push(...splitter.push(bytes.subarray(i, i + chunk)));
  splitter.end();
  return out;
}

const DOC = {
  meta: { items: ['not', 'these'], note: 'a "quoted" ] } [ { text' },
  items: [{ a: 1, s: 'x\\"]}', n: [1, [2, { b: 'ü€😀' }]] }, 'str"ing', 12.5e3, true, null, [], {}, -0.5],
  total_count: 9,
};

test.each([1, 2, 3, 7, 64, 100_000])('elements of "items", in chunks of %i bytes', (chunk) => {
  expect(split(JSON.stringify(DOC, null, chunk % 2 ? 2 : 0), 'items', chunk)).toEqual(DOC.items);
});

test('a top-level array', () => {
  expect(split(' [ {"email":"a@b.c"} , 3 ,"x" ] ', null, 5)).toEqual([{ email: 'a@b.c' }, 3, 'x']);
  expect(split('[]', null, 1)).toEqual([]);
});

test('documents that are not what they should be are refused', () => {
  expect(() => split('{"customers": []}', 'items', 4)).toThrow('no "items" array');
  expect(() => split('{"items": [{"a": 1}', 'items', 4)).toThrow('ends early');
  expect(() => split('{"items": [{"a": 1,}]}', 'items', 4)).toThrow('not valid JSON');
});
