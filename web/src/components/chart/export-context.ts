import { lookup } from '../../i18n/dictionary.ts';
import { exportText } from '../../i18n/export.ts';
import type { Lang } from '../../i18n/common.ts';
import type { ChartTable, ExportContext } from './chart-table.ts';

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * An export's context read from where the chart stands: its title is the
 * heading of its section, its scope the page's heading with what the page's
 * selectors chose (region, measure, level), the date today, its
 * source the table's (else the atlas's data), synthetic when the table has a
 * synthetic row or the page carries the synthetic banner.
 */
export function exportContext(
  anchor: Element | null,
  table: ChartTable | undefined,
  lang: Lang,
  fallbackTitle: string,
): ExportContext {
  let title = table?.title ?? '';
  for (let el = anchor?.parentElement; !title && el; el = el.parentElement) {
    title = text(el.querySelector(':scope > h2, :scope > h3, :scope > h4, :scope > header h2'));
  }
  const page = document.querySelector('main') ?? document.body;
  const heading = page.querySelector('h1') ?? page.querySelector('h2');
  // What the page's own controls chose (the region, the measure, the level) narrows it.
  const chosen = [...(heading?.parentElement?.querySelectorAll('select') ?? [])]
    .map((s) => text(s.selectedOptions[0]))
    .filter(Boolean);
  const scope =
    table?.scope ?? ([text(heading), ...chosen].filter(Boolean).join(' · ') || document.title);
  const synthetic =
    Boolean(document.querySelector('[data-testid="synthetic-banner"]')) ||
    Boolean(
      table &&
      table.columns.includes('synthetic') &&
      table.rows.some((r) => Number(r[table.columns.indexOf('synthetic')]) > 0),
    );
  const d = new Date();
  const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return {
    title: title || fallbackTitle,
    scope,
    date,
    // A table's note is its caption, not its source.
    source: table?.source ?? lookup(exportText, lang, 'defaultSource'),
    synthetic,
  };
}

/** Lines of at most `width` pixels in the context's font. */
function wrap(g: CanvasRenderingContext2D, s: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  // Latin words stay whole; Chinese breaks between any two characters.
  for (const piece of s.match(/[A-Za-z0-9.,;:()'’“”\-/]+\s*|\s+|./gu) ?? []) {
    if (line && g.measureText(line + piece).width > width) {
      out.push(line.trimEnd());
      line = piece.trimStart();
    } else line += piece;
  }
  if (line) out.push(line);
  return out;
}

/**
 * The chart's picture with its context drawn around it: the title and scope
 * above; source, date, units and the synthetic mark (in red) below.
 */
export async function decoratePng(
  dataUrl: string,
  ctx: ExportContext,
  units: string,
  lang: Lang,
): Promise<string> {
  const img = new Image();
  await new Promise<void>((resolve, reject) => {
    img.onload = () => resolve();
    img.onerror = () => reject(new Error('image'));
    img.src = dataUrl;
  });
  const scale = Math.max(1, img.width / 1000);
  const pad = 16 * scale;
  const small = 13 * scale;
  const big = 18 * scale;
  const font = (size: number, bold = false) =>
    `${bold ? 'bold ' : ''}${size}px "Noto Sans CJK SC", "Noto Sans SC", sans-serif`;
  const g0 = document.createElement('canvas').getContext('2d')!;
  const width = Math.max(img.width, 600 * scale);
  const inner = width - 2 * pad;
  const sep = lang === 'en' ? ': ' : '：';
  const t = (k: keyof (typeof exportText)['en']) => lookup(exportText, lang, k);
  g0.font = font(big, true);
  const titleLines = wrap(g0, ctx.title, inner);
  g0.font = font(small);
  const scopeLines = wrap(g0, `${t('scope')}${sep}${ctx.scope}`, inner);
  const foot = [
    `${t('source')}${sep}${ctx.source}`,
    `${t('date')}${sep}${ctx.date}${units ? ` · ${t('unit')}${sep}${units}` : ''} · ${t('atlas')}`,
  ].flatMap((l) => wrap(g0, l, inner));
  const mark = ctx.synthetic ? wrap(g0, t('syntheticMark'), inner) : [];
  const lh = (s: number) => s * 1.45;
  const top = pad + titleLines.length * lh(big) + scopeLines.length * lh(small) + pad / 2;
  const bottom = pad / 2 + (foot.length + mark.length) * lh(small) + pad;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = Math.ceil(top + img.height + bottom);
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.textBaseline = 'top';
  let y = pad;
  g.fillStyle = '#1f2933';
  g.font = font(big, true);
  for (const l of titleLines) {
    g.fillText(l, pad, y);
    y += lh(big);
  }
  g.font = font(small);
  g.fillStyle = '#52606d';
  for (const l of scopeLines) {
    g.fillText(l, pad, y);
    y += lh(small);
  }
  g.drawImage(img, (width - img.width) / 2, top);
  y = top + img.height + pad / 2;
  for (const l of foot) {
    g.fillText(l, pad, y);
    y += lh(small);
  }
  g.fillStyle = '#b42318';
  for (const l of mark) {
    g.fillText(l, pad, y);
    y += lh(small);
  }
  return canvas.toDataURL('image/png');
}
