// 统计: the current quarter and the year to date, kept live by /api/stream without reloading the page.
import { get, send, onProjection } from '../api.js';
import { t, codeLabel, lang } from '../i18n.js';
import { h, notice, timestamp, byCode, noAgency } from '../ui.js';

// The chart library (1 MB before compression) is fetched by the screen that draws charts, not by every page
// (issue 20); its URL names its version, so the browser keeps it for a year (StaticResourceCaching).
const ECHARTS = 'webjars/echarts/5.3.1/dist/echarts.min.js';
let echartsLoading = null;

/** window.echarts once loaded, or null when it cannot be (the figures and tables work without charts). */
function loadCharts() {
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

export async function render(main, params, ctx) {
  if (!ctx.agencyId) {
    main.replaceChildren(h('h1', {}, t('dash.title')), noAgency());
    return null;
  }
  const status = h('span', { class: 'live', role: 'status' }, h('span', { class: 'dot' }), t('dash.liveOff'));
  const updated = h('span', { class: 'small muted', id: 'dash-updated' });
  const cards = h('div', { id: 'dash-cards' });
  const monthChart = h('div', { class: 'chart', id: 'chart-months', role: 'img' });
  const outcomeChart = h('div', { class: 'chart', id: 'chart-outcomes', role: 'img' });
  const title = `${t('dash.title')} · ${ctx.agencyName(ctx.agencyId)}${ctx.scope === 'subtree' ? ' ' + t('reports.subtree') : ''}`;
  const quarantine = quarantineLine(ctx);
  main.replaceChildren(h('h1', {}, title),
    h('p', {}, status, '　', updated),
    quarantine.line,
    cards,
    h('div', { class: 'charts' }, monthChart, outcomeChart));

  const echarts = await loadCharts();
  const charts = echarts ? [echarts.init(monthChart), echarts.init(outcomeChart)] : [];
  const resize = () => charts.forEach((c) => c.resize());
  window.addEventListener('resize', resize);

  const refresh = async () => {
    const d = await get(`api/agencies/${encodeURIComponent(ctx.agencyId)}/dashboard?scope=${ctx.scope}`);
    cards.replaceChildren(figures(d, ctx));
    if (charts.length) {
      draw(charts, d, ctx);
    }
    updated.textContent = `${t('dash.asOf', { d: d.today })}　${t('dash.updated', { t: timestamp(new Date().toISOString()) })}`;
  };
  await Promise.all([refresh(), quarantine.loaded]);

  const covered = ctx.covered();
  // An agency the page does not know yet (registered after it loaded) may be below the chosen one: refresh then too.
  const known = new Set(ctx.agencies.map((a) => a.agencyId));
  // live=off (printouts, headless snapshots) leaves out the stream: an open stream never lets a page count as loaded.
  const live = params.params.get('live') === 'off' ? { close() {} }
    : onProjection((ids) => ids.some((id) => covered.has(id) || !known.has(id)), () => refresh().catch(() => {}));
  if (live.onState) {
    live.onState((on) => {
      status.className = on ? 'live on' : 'live';
      status.lastChild.textContent = on ? t('dash.live') : t('dash.liveOff');
    });
  }
  return () => {
    live.close();
    window.removeEventListener('resize', resize);
    charts.forEach((c) => c.dispose());
  };
}

// Administrators only: events the read side could not project wait in quarantine (ADR 0018) until a retry.
function quarantineLine(ctx) {
  if (!ctx.me || ctx.me.role !== 'ADMIN') {
    return { line: null, loaded: null };
  }
  const line = h('p', { class: 'quarantine small', id: 'quarantine-line', role: 'status' });
  const show = (q) => {
    if (!q.open) {
      line.className = 'quarantine small muted';
      line.replaceChildren(t('dash.quarantineNone'));
      return;
    }
    line.className = 'quarantine small alert';
    const retry = h('button', { type: 'button', id: 'quarantine-retry', onclick: async () => {
      retry.disabled = true;
      try {
        show(await send('api/admin/quarantine/retry'));
      } catch (e) {
        line.append('　', t('dash.quarantineFailed'));
        retry.disabled = false;
      }
    } }, t('dash.quarantineRetry'));
    line.replaceChildren(t('dash.quarantineOpen', { n: q.open }), '　',
      h('a', { href: 'api/admin/quarantine', target: '_blank', rel: 'noopener' }, t('dash.quarantineList')), '　', retry);
  };
  const loaded = get('api/admin/quarantine').then(show).catch(() => line.remove());
  return { line, loaded };
}

function card(key, value, { alert, id, href } = {}) {
  const figure = [h('div', { class: 'v', 'data-figure': id }, value), h('div', { class: 'k' }, key)];
  // Open and overdue figures lead to the applications behind them.
  return href
    ? h('a', { class: `card link${alert && value > 0 ? ' alert' : ''}`, href }, figure)
    : h('div', { class: `card${alert && value > 0 ? ' alert' : ''}` }, figure);
}

function figures(d, ctx) {
  const q = d.currentQuarter;
  const y = d.yearToDate;
  const groups = ctx.codes.outcomeGroups;
  const groupTable = h('table', { class: 'list' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('case.outcome')),
      h('th', { scope: 'col', class: 'num' }, t('dash.quarter', { y: q.year, q: q.quarter })),
      h('th', { scope: 'col', class: 'num' }, t('dash.ytd', { y: y.year })))),
    h('tbody', {}, groups.map((g) => h('tr', {},
      h('td', {}, codeLabel(g)),
      h('td', { class: 'num', 'data-quarter-group': g.code }, q.closedByGroup[g.code]),
      h('td', { class: 'num', 'data-year-group': g.code }, y.closedByGroup[g.code])))));
  return h('div', {},
    h('h2', {}, t('dash.quarter', { y: q.year, q: q.quarter }), h('span', { class: 'small muted' }, `　${q.from} — ${q.to}`)),
    h('div', { class: 'cards' },
      card(t('dash.received'), q.received, { id: 'quarter-received' }),
      card(t('dash.closed'), q.closed, { id: 'quarter-closed' }),
      card(t('dash.open'), d.open, { id: 'open', href: '#/worklist' }),
      card(t('dash.overdue'), d.overdue, { alert: true, id: 'overdue', href: '#/worklist' }),
      card(t('dash.dueWeek'), d.dueThisWeek, { id: 'due-this-week' })),
    h('h2', {}, t('dash.ytd', { y: y.year })),
    h('div', { class: 'cards' },
      card(t('dash.received'), y.received, { id: 'year-received' }),
      card(t('dash.closed'), y.closed, { id: 'year-closed' })),
    h('h2', {}, t('dash.outcomes', { y: y.year })),
    groupTable);
}

function draw([months, outcomes], d, ctx) {
  const year = d.yearToDate.year;
  months.setOption({
    title: { text: t('dash.byMonth', { y: year }), left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 20, bottom: 30, top: 40 },
    xAxis: { type: 'category', data: d.receiptsByMonth.map((_, i) => t('dash.month', { m: i + 1 })) },
    yAxis: { type: 'value', minInterval: 1, name: t('dash.count') },
    series: [{ type: 'bar', data: d.receiptsByMonth, itemStyle: { color: '#9b1b1b' } }],
    animation: false,
  });
  const groups = ctx.codes.outcomeGroups;
  // Short names keep the pie legible; the official labels are in the table beside it.
  const short = (g) => (lang() === 'en' ? codeLabel(g) : g.label.replace(/（[^）]*）$/, '').replace(/^（.）/, ''));
  outcomes.setOption({
    title: { text: t('dash.outcomes', { y: year }), left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    series: [{
      type: 'pie', radius: ['30%', '60%'], top: 30,
      data: groups.map((g) => ({ name: short(g), value: d.yearToDate.closedByGroup[g.code] })).filter((x) => x.value > 0),
      label: { formatter: '{b}\n{c}' },
    }],
    color: ['#1a7f37', '#5b8c00', '#9b1b1b', '#8c6d1f', '#0b4f9c', '#6e7781'],
    animation: false,
  }, true);
}
