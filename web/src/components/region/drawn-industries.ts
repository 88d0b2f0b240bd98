interface DrawnHeatmap {
  isDisposed(): boolean;
  getDom(): HTMLElement;
  getOption(): { xAxis?: { data?: unknown[] }[] };
}

/**
 * The industry titles the chart holds on its axis, written on the figure as a
 * data attribute (one per line) so that a test or a reader's tool can see
 * what is drawn, not what was handed to React.
 */
export function writeDrawnIndustries(chart: unknown) {
  const c = chart as DrawnHeatmap;
  // A 'finished' event can arrive after the page moved on and the chart was disposed.
  if (c.isDisposed()) return;
  const labels = c.getOption().xAxis?.[0]?.data ?? [];
  c.getDom()
    .closest('[data-testid="lq-heatmap"]')
    ?.setAttribute('data-drawn-industries', labels.map(String).join('\n'));
}
