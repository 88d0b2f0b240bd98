/**
 * The k best (score, id) pairs of a stream, by a bounded binary min-heap.
 *
 * Conventions best = higher score, then lower id (deterministic ties).
 *           NaN scores are never kept.
 * Cost      O(m log k) for m pushes; memory O(k).
 * References Knuth, TAOCP vol. 3 §5.2.3 (heaps).
 */
export class TopK {
  private readonly ids: Int32Array;
  private readonly scores: Float64Array;
  private count = 0;

  constructor(readonly k: number) {
    this.ids = new Int32Array(Math.max(0, k));
    this.scores = new Float64Array(Math.max(0, k));
  }

  /** a is worse than b: lower score, or equal score and higher id. */
  private worse(a: number, b: number): boolean {
    const sa = this.scores[a];
    const sb = this.scores[b];
    return sa < sb || (sa === sb && this.ids[a] > this.ids[b]);
  }

  private swap(a: number, b: number): void {
    const i = this.ids[a];
    this.ids[a] = this.ids[b];
    this.ids[b] = i;
    const s = this.scores[a];
    this.scores[a] = this.scores[b];
    this.scores[b] = s;
  }

  push(id: number, score: number): void {
    if (this.k <= 0 || Number.isNaN(score)) return;
    if (this.count < this.k) {
      let c = this.count++;
      this.ids[c] = id;
      this.scores[c] = score;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (!this.worse(c, p)) break;
        this.swap(c, p);
        c = p;
      }
      return;
    }
    const root = this.scores[0];
    if (score < root || (score === root && id > this.ids[0])) return;
    this.ids[0] = id;
    this.scores[0] = score;
    let c = 0;
    for (;;) {
      const l = 2 * c + 1;
      const r = l + 1;
      let m = c;
      if (l < this.count && this.worse(l, m)) m = l;
      if (r < this.count && this.worse(r, m)) m = r;
      if (m === c) break;
      this.swap(c, m);
      c = m;
    }
  }

  /** The kept pairs, best first. */
  sorted(): Array<{ id: number; score: number }> {
    const out = [];
    for (let i = 0; i < this.count; i++) out.push({ id: this.ids[i], score: this.scores[i] });
    return out.sort((a, b) => b.score - a.score || a.id - b.id);
  }
}
