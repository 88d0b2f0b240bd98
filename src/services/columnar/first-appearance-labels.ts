/**
 * Turns DuckDB's dictionary codes into the labels the row-wise readers gave:
 * each raw text trimmed (String.prototype.trim), texts equal after trimming
 * merged, and ids numbered by first appearance, row by row and, within a
 * row, column by column, over the rows `leaveOut` does not mark (all by default).
 * `codes` are rewritten in place to the new ids; −1 stays −1 (an empty cell)
 * and a raw text that trims to nothing becomes −1 too. Texts seen only in
 * rows `leaveOut` marks are numbered after all the others, in the same order.
 * Cost: O(rows × columns) over typed arrays plus one trim per distinct text.
 */
export function firstAppearanceLabels(
  dictionary: readonly string[],
  codes: readonly Int32Array[],
  leaveOut?: Uint8Array,
): { labels: string[] } {
  const trimmed = dictionary.map((s) => s.trim());
  if (alreadyInOrder(dictionary, trimmed, codes, leaveOut)) return { labels: [...dictionary] };
  const idOfText = new Map<string, number>();
  const labels: string[] = [];
  const remap = new Int32Array(dictionary.length).fill(-2);
  const assign = (raw: number): number => {
    const text = trimmed[raw];
    if (text === '') return (remap[raw] = -1);
    let id = idOfText.get(text);
    if (id === undefined) {
      id = labels.length;
      idOfText.set(text, id);
      labels.push(text);
    }
    return (remap[raw] = id);
  };
  const rows = codes.length ? codes[0].length : 0;
  const nc = codes.length;
  // Index loops and a mask, no iterator or callback per row: a million rows each.
  for (let r = 0; r < rows; r++) {
    if (leaveOut && leaveOut[r]) continue;
    for (let q = 0; q < nc; q++) {
      const raw = codes[q][r];
      if (raw >= 0 && remap[raw] === -2) assign(raw);
    }
  }
  for (let r = 0; r < rows; r++)
    for (let q = 0; q < nc; q++) {
      const col = codes[q];
      const raw = col[r];
      if (raw >= 0) col[r] = remap[raw] === -2 ? assign(raw) : remap[raw];
    }
  return { labels };
}

/**
 * True when the codes are already the answer: the dictionary came numbered
 * by first appearance (store/columnar does so), no text needs trimming, and
 * the rows kept meet the codes in the order 0, 1, 2, … and all of them.
 * One typed pass; no string map.
 */
function alreadyInOrder(
  dictionary: readonly string[],
  trimmed: readonly string[],
  codes: readonly Int32Array[],
  leaveOut?: Uint8Array,
): boolean {
  for (let k = 0; k < dictionary.length; k++)
    if (trimmed[k] !== dictionary[k] || trimmed[k] === '') return false;
  const rows = codes.length ? codes[0].length : 0;
  const nc = codes.length;
  let next = 0;
  for (let r = 0; r < rows; r++) {
    if (leaveOut && leaveOut[r]) continue;
    for (let q = 0; q < nc; q++) {
      const raw = codes[q][r];
      if (raw === next) next++;
      else if (raw > next) return false;
    }
  }
  return next === dictionary.length;
}
