// The dashboard's two charts, each a figure with a caption and its numbers as a table, so a screen reader (or a
// browser without the chart library) reads the same figures the picture shows.
import { t, codeLabel, lang } from '../i18n.js';
import { h, formatCount } from '../ui.js';

// The chart library is fetched by the screen that draws charts, not by every page (issue 20); its URL names its
// version, so the browser keeps it for a year (StaticResourceCaching). The common build (bar, line, pie, legend,
// tooltip: all these charts use) of ECharts 6.1.0 is 240 KB compressed where a full build is over 320 KB, which
// alone kept a first visit to the dashboard over issue 20's 400 KB (measured by WebUiIT and AccessibilityWalkIT).
// The file is the npm release's own dist file, kept under webjars/ in this module (ADR 0052).
const ECHARTS = 'webjars/echarts/6.1.0/dist/echarts.common.min.js';
let echartsLoading = null;

/** window.echarts once loaded, or null when it cannot be (the figures and tables work without charts). */
export function loadCharts() {
  if (!echartsLoading) {
    echartsLoading = new Promise((resolve) => {
      const script = document.createElement('script');
      script.src = ECHARTS;
      script.onload = () => resolve(window.echarts || null);
      script.onerror = () => { echartsLoading = null; resolve(null); };
      document.head.append(script);
    });
  }
  return echartsLoading;
}

/** An empty figure: the caption, the drawing surface (hidden from screen readers) and the table's place. */
export function chartFigure(id) {
  const caption = h('figcaption', { id: `${id}-caption` });
  const surface = h('div', { class: 'chart', id, 'aria-hidden': 'true' });
  const table = h('div', { class: 'visually-hidden', id: `${id}-table` });
  return { figure: h('figure', { class: 'chart-figure', 'aria-labelledby': caption.id }, caption, surface, table),
    caption, surface, table };
}

/** Without the chart library the tables are the charts: shown to everyone, not only to screen readers. */
export function showTablesInstead(figures) {
  for (const f of figures) {
    f.surface.remove();
    f.table.className = '';
    f.figure.append(h('p', { class: 'small muted' }, t('dash.chartsMissing')));
  }
}

function table(caption, head, rows) {
  return h('table', { class: 'list' }, h('caption', {}, caption),
    h('thead', {}, h('tr', {}, head.map((text, i) => h('th', { scope: 'col', class: i ? 'num' : null }, text)))),
    h('tbody', {}, rows.map(([label, ...values]) => h('tr', {}, h('th', { scope: 'row' }, label),
      values.map((v) => h('td', { class: 'num' }, formatCount(v)))))));
}

/** Fills the captions and tables of both figures from one dashboard answer. */
export function describe([months, outcomes], d, ctx) {
  const year = d.yearToDate.year;
  const before = d.previousYear;
  const q = d.currentQuarter.quarter;
  months.caption.textContent = t('dash.byMonthCompare', { y: year, p: year - 1 });
  months.table.replaceChildren(table(months.caption.textContent,
    [t('dash.monthCol'), String(year), String(year - 1)],
    d.receiptsByMonth.slice(0, q * 3).map((n, i) => [t('dash.month', { m: i + 1 }), n, before.receiptsByMonth[i]])));
  outcomes.caption.textContent = t('dash.outcomesCompare', { y: year, q });
  outcomes.table.replaceChildren(table(outcomes.caption.textContent,
    [t('dash.group'), String(year), String(year - 1)],
    ctx.codes.outcomeGroups.map((g) => [codeLabel(g), d.yearToDate.closedByGroup[g.code],
      before.yearToDate.closedByGroup[g.code]])));
}

export function draw([months, outcomes], d, ctx) {
  const year = d.yearToDate.year;
  const shown = d.currentQuarter.quarter * 3;
  const count = (v) => formatCount(v);
  months.setOption({
    tooltip: { trigger: 'axis', valueFormatter: count },
    legend: { top: 0 },
    grid: { left: 48, right: 20, bottom: 30, top: 36 },
    xAxis: { type: 'category', data: d.receiptsByMonth.slice(0, shown).map((_, i) => t('dash.month', { m: i + 1 })) },
    yAxis: { type: 'value', minInterval: 1, name: t('dash.count'), axisLabel: { formatter: count } },
    series: [
      { name: String(year), type: 'bar', data: d.receiptsByMonth.slice(0, shown), itemStyle: { color: '#9b1b1b' } },
      { name: String(year - 1), type: 'bar', data: d.previousYear.receiptsByMonth.slice(0, shown),
        itemStyle: { color: '#b9a27a' } },
    ],
    animation: false,
  }, true);
  const groups = ctx.codes.outcomeGroups;
  // Short names keep the pie legible; the official labels are in the table beside it.
  const short = (g) => (lang() === 'en' ? codeLabel(g) : g.label.replace(/（[^）]*）$/, '').replace(/^（.）/, ''));
  outcomes.setOption({
    tooltip: { trigger: 'item', formatter: (p) => `${p.name}: ${count(p.value)} (${p.percent}%)` },
    series: [{
      type: 'pie', radius: ['30%', '60%'],
      data: groups.map((g) => ({ name: short(g), value: d.yearToDate.closedByGroup[g.code] })).filter((x) => x.value > 0),
      label: { formatter: (p) => `${p.name}\n${count(p.value)}` },
    }],
    color: ['#1a7f37', '#5b8c00', '#9b1b1b', '#8c6d1f', '#0b4f9c', '#6e7781'],
    animation: false,
  }, true);
}
