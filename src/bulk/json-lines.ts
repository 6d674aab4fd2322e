/**
 * Finds the line on which each entry of a JSON import file starts, so an error can name
 * `file:line` as it does for CSV. JSON.parse gives values but no positions; this scanner walks
 * the same text and records where every element of the entry arrays begins.
 */

/**
 * Lines (1-based) of the elements of the top-level array, or of the arrays held by the
 * top-level object's keys, by key ("" for a top-level array). Assumes the text is valid JSON
 * (call after JSON.parse succeeded).
 */
export function entryLines(text: string): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  // One frame per open container: its kind, and for an object the key being read.
  const stack: Array<{ array: boolean; key: string }> = [];
  let line = 1;
  let lastString = '';
  let expectValue = true;
  const valueStarts = () => {
    if (!expectValue) return;
    expectValue = false;
    // An element of an entry array: [top-level array] or [object, array under a key].
    const depth = stack.length;
    if (depth === 1 && stack[0]!.array) push('');
    else if (depth === 2 && !stack[0]!.array && stack[1]!.array) push(stack[0]!.key);
  };
  const push = (key: string) => {
    const list = lines.get(key) ?? [];
    list.push(line);
    lines.set(key, list);
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') line++;
    else if (ch === '"') {
      let s = '';
      for (i++; i < text.length && text[i] !== '"'; i++) {
        if (text[i] === '\\') s += text[++i];
        else s += text[i];
      }
      lastString = s;
      valueStarts();
    } else if (ch === '{' || ch === '[') {
      valueStarts();
      stack.push({ array: ch === '[', key: '' });
      expectValue = ch === '[';
    } else if (ch === '}' || ch === ']') {
      stack.pop();
    } else if (ch === ':') {
      stack[stack.length - 1]!.key = lastString;
      expectValue = true;
    } else if (ch === ',') {
      expectValue = stack[stack.length - 1]?.array ?? false;
    } else if (!/\s/.test(ch)) valueStarts(); // number, true, false, null
  }
  return lines;
}
