/** Text for ECharts' HTML tooltips: names come from user data and may hold markup. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
