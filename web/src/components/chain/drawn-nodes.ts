/**
 * The nodes a chain map's graph series has actually drawn: a node counts when
 * ECharts made a graphic element for it, the element is shown, and its
 * position (its layout, in the series' view, converted to pixels) lies
 * inside the chart. Written on the map as data attributes, so
 * that a test (or a reader's tool) can compare what is drawn with the
 * template, not with the option handed to ECharts.
 */

interface GraphData {
  count(): number;
  getId(i: number): string;
  getItemGraphicEl(i: number): { ignore?: boolean; invisible?: boolean } | undefined;
  getItemLayout(i: number): number[] | undefined;
}

interface DrawnChart {
  getWidth(): number;
  getHeight(): number;
  isDisposed(): boolean;
  getModel(): { getSeriesByIndex(i: number): { getData(): GraphData } | undefined } | undefined;
  convertToPixel(finder: { seriesIndex: number }, value: number[]): number[] | undefined;
}

export function drawnNodeIds(chart: unknown): string[] {
  const c = chart as DrawnChart;
  // A 'finished' event can arrive after the page moved on and the chart was disposed.
  if (c.isDisposed()) return [];
  const data = c.getModel()?.getSeriesByIndex(0)?.getData();
  if (!data) return [];
  const w = c.getWidth();
  const h = c.getHeight();
  const out: string[] = [];
  for (let i = 0; i < data.count(); i++) {
    const el = data.getItemGraphicEl(i);
    const p = data.getItemLayout(i);
    if (!el || el.ignore || el.invisible || !p) continue;
    const [x, y] = c.convertToPixel({ seriesIndex: 0 }, p) ?? [NaN, NaN];
    if (Number.isFinite(x) && Number.isFinite(y) && x >= 0 && x <= w && y >= 0 && y <= h)
      out.push(data.getId(i));
  }
  return out;
}
