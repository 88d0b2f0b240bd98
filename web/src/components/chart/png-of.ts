/** What we use of an echarts-for-react component's handle. */
export type ChartRef = { getEchartsInstance: () => { getDataURL: (o: object) => string } };

/** A chart's canvas at twice the screen's resolution on white, as a PNG data URL. */
export function pngOf(ref: { current: ChartRef | null }): string | undefined {
  return ref.current?.getEchartsInstance().getDataURL({
    type: 'png',
    pixelRatio: 2,
    backgroundColor: '#fff',
  });
}
