// 统计: a chosen quarter (today's by default) and its year so far beside the same period of the year before, kept
// live by /api/stream without reloading the page. The period and the agency live in the URL (#/dashboard?agency=…
// &year=2024&quarter=2), so a view can be bookmarked and the back button works.
import { get, send, onProjection } from '../api.js';
import { t, codeLabel } from '../i18n.js';
import { h, timestamp, noAgency, formatCount } from '../ui.js';
import { periodForm, agencyFinder } from './dashboard-pickers.js';
import { loadCharts, chartFigure, showTablesInstead, describe, draw } from './dashboard-charts.js';

export async function render(main, params, ctx) {
  if (!ctx.agencyId) {
    main.replaceChildren(h('h1', {}, t('dash.title')), noAgency());
    return null;
  }
  const status = h('span', { class: 'live', role: 'status' }, h('span', { class: 'dot' }), t('dash.liveOff'));
  const updated = h('span', { class: 'small muted', id: 'dash-updated' });
  const cards = h('div', { id: 'dash-cards' });
  const pickers = h('div', { class: 'dash-pickers', id: 'dash-pickers' });
  const figuresOf = [chartFigure('chart-months'), chartFigure('chart-outcomes')];
  const heading = h('h1', { id: 'dash-title' }, title(ctx.agencyName(ctx.agencyId), ctx));
  const quarantine = quarantineLine(ctx);
  main.replaceChildren(heading,
    pickers,
    h('p', {}, status, '　', updated),
    quarantine.line,
    cards,
    h('div', { class: 'charts' }, figuresOf.map((f) => f.figure)));

  const query = new URLSearchParams({ scope: ctx.scope });
  for (const name of ['year', 'quarter']) {
    if (params.params.get(name)) {
      query.set(name, params.params.get(name));
    }
  }
  let charts = [];
  const refresh = async () => {
    const d = await get(`api/agencies/${encodeURIComponent(ctx.agencyId)}/dashboard?${query}`);
    heading.textContent = title(d.agencyName, ctx);
    if (!pickers.firstChild) {
      pickers.append(...[periodForm(params.params, ctx, d), agencyFinder(params.params, ctx)].filter(Boolean));
    }
    cards.replaceChildren(figures(d, ctx));
    describe(figuresOf, d, ctx);
    if (charts.length) {
      draw(charts, d, ctx);
    }
    updated.textContent = `${t('dash.asOf', { d: d.today })}　${t('dash.updated', { t: timestamp(new Date().toISOString()) })}`;
    return d;
  };
  const [first, echarts] = await Promise.all([refresh(), loadCharts(), quarantine.loaded]);
  if (echarts) {
    charts = figuresOf.map((f) => echarts.init(f.surface));
    draw(charts, first, ctx);
  } else {
    showTablesInstead(figuresOf);
  }
  const resize = () => charts.forEach((c) => c.resize());
  window.addEventListener('resize', resize);

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

function title(agencyName, ctx) {
  return `${t('dash.title')} · ${agencyName}${ctx.scope === 'subtree' ? ' ' + t('dash.subtree') : ''}`;
}

/** A figure; with {before}, the same figure of the year before and the change, both from the server's answer. */
function card(key, value, { alert, id, href, before } = {}) {
  // data-value before data-figure: tests read the figure as data-figure="…">digits<
  const figure = [h('div', { class: 'v', 'data-value': value, 'data-figure': id }, formatCount(value)),
    h('div', { class: 'k' }, key)];
  if (before !== undefined) {
    const change = value - before;
    const words = change === 0 ? t('dash.same')
      : t(change > 0 ? 'dash.up' : 'dash.down', { n: formatCount(Math.abs(change)) });
    figure.push(h('div', { class: 'small muted', 'data-before': id },
      `${t('dash.lastYear', { n: formatCount(before) })} · ${words}`));
  }
  // Open and overdue figures lead to the applications behind them.
  return href
    ? h('a', { class: `card link${alert && value > 0 ? ' alert' : ''}`, href }, figure)
    : h('div', { class: `card${alert && value > 0 ? ' alert' : ''}` }, figure);
}

function figures(d, ctx) {
  const q = d.currentQuarter;
  const y = d.yearToDate;
  const pq = d.previousYear.quarter;
  const py = d.previousYear.yearToDate;
  const groups = ctx.codes.outcomeGroups;
  const cell = (attrs, n) => h('td', { class: 'num', ...attrs }, formatCount(n));
  const groupTable = h('table', { class: 'list', id: 'dash-groups' },
    h('caption', { class: 'visually-hidden' }, t('dash.outcomes', { y: y.year })),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('case.outcome')),
      h('th', { scope: 'col', class: 'num' }, t('dash.quarter', { y: q.year, q: q.quarter })),
      h('th', { scope: 'col', class: 'num' }, t('dash.quarter', { y: pq.year, q: pq.quarter })),
      h('th', { scope: 'col', class: 'num' }, t('dash.ytdThrough', { y: y.year, q: q.quarter })),
      h('th', { scope: 'col', class: 'num' }, t('dash.ytdThrough', { y: py.year, q: q.quarter })))),
    h('tbody', {}, groups.map((g) => h('tr', {},
      h('th', { scope: 'row' }, codeLabel(g)),
      cell({ 'data-quarter-group': g.code }, q.closedByGroup[g.code]),
      cell({ 'data-before-quarter-group': g.code }, pq.closedByGroup[g.code]),
      cell({ 'data-year-group': g.code }, y.closedByGroup[g.code]),
      cell({ 'data-before-year-group': g.code }, py.closedByGroup[g.code])))));
  return h('div', {},
    h('h2', {}, t('dash.quarter', { y: q.year, q: q.quarter }), h('span', { class: 'small muted' }, `　${q.from} — ${q.to}`)),
    h('div', { class: 'cards' },
      card(t('dash.received'), q.received, { id: 'quarter-received', before: pq.received }),
      card(t('dash.closed'), q.closed, { id: 'quarter-closed', before: pq.closed })),
    h('h2', {}, t('dash.ytdThrough', { y: y.year, q: q.quarter })),
    h('div', { class: 'cards' },
      card(t('dash.received'), y.received, { id: 'year-received', before: py.received }),
      card(t('dash.closed'), y.closed, { id: 'year-closed', before: py.closed })),
    h('h2', {}, t('dash.stock', { d: d.today })),
    h('div', { class: 'cards' },
      card(t('dash.open'), d.open, { id: 'open', href: '#/worklist' }),
      card(t('dash.overdue'), d.overdue, { alert: true, id: 'overdue', href: '#/worklist' }),
      card(t('dash.dueWeek'), d.dueThisWeek, { id: 'due-this-week' })),
    h('h2', {}, t('dash.outcomes', { y: y.year })),
    h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': t('dash.outcomes', { y: y.year }) }, groupTable));
}
