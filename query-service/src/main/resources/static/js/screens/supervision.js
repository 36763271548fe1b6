// 督办: per agency of the chosen agency's subtree, the applications due within three working days, the overdue
// open ones, the ones answered late and the on-time rate of a period; figures lead to the applications behind them,
// and the table downloads as CSV or XLSX. Kept live by /api/stream like the dashboard.
import { get, onProjection } from '../api.js';
import { t } from '../i18n.js';
import { h, withWeekday, today, noAgency, formatCount } from '../ui.js';

const CATEGORIES = ['DUE_SOON', 'OVERDUE_OPEN', 'ANSWERED_LATE', 'ANSWERED_ON_TIME'];
const FIELDS = { DUE_SOON: 'dueSoon', OVERDUE_OPEN: 'overdueOpen', ANSWERED_LATE: 'answeredLate', ANSWERED_ON_TIME: 'answeredOnTime' };

export async function render(main, params, ctx) {
  if (!ctx.agencyId) {
    main.replaceChildren(h('h1', {}, t('sup.title')), noAgency());
    return null;
  }
  const root = ctx.agencyId;
  const from = params.params.get('from') || `${today().slice(0, 4)}-01-01`;
  const to = params.params.get('to') || today();
  const query = `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
  const base = `api/agencies/${encodeURIComponent(root)}/supervision`;
  const form = h('form', { class: 'inline noprint', id: 'sup-period', onsubmit: (e) => {
    e.preventDefault();
    const data = new FormData(e.target);
    ctx.navigate(`#/supervision?from=${data.get('from')}&to=${data.get('to')}`);
  } },
  h('div', { class: 'field' }, h('label', { for: 'sup-from' }, t('sup.from')),
    h('input', { type: 'date', id: 'sup-from', name: 'from', value: from, required: true })),
  h('div', { class: 'field' }, h('label', { for: 'sup-to' }, t('sup.to')),
    h('input', { type: 'date', id: 'sup-to', name: 'to', value: to, required: true })),
  h('button', { type: 'submit' }, t('reports.show')));
  const downloads = h('p', { class: 'noprint' }, `${t('reports.downloads')}：`,
    h('a', { href: `${base}.csv?${query}`, id: 'sup-csv', download: '' }, t('sup.csv')), '　',
    h('a', { href: `${base}.xlsx?${query}`, id: 'sup-xlsx', download: '' }, t('sup.xlsx')));
  const status = h('p', { class: 'small muted', id: 'sup-updated' });
  const body = h('div', { id: 'sup-table' });
  const detail = h('section', { id: 'sup-detail', 'aria-live': 'polite' });
  main.replaceChildren(h('h1', {}, `${t('sup.title')} · ${ctx.agencyName(root)} ${t('reports.subtree')}`),
    form, h('p', { class: 'muted small' }, t('sup.rules')), downloads, status, body, detail);

  let chosen = null;
  const drill = async (category, agencyId) => {
    chosen = { category, agencyId };
    const agencyPart = agencyId ? `&agency=${encodeURIComponent(agencyId)}` : '';
    const items = await get(`${base}/applications?${query}&category=${category}${agencyPart}`);
    detail.replaceChildren(h('h2', {}, `${t(`sup.${category}`)} · ${agencyId ? ctx.agencyName(agencyId) : t('sup.total')}`),
      items.length ? itemTable(items, ctx) : h('p', { class: 'muted' }, t('sup.none')));
  };
  const refresh = async () => {
    const table = await get(`${base}?${query}`);
    body.replaceChildren(summary(table, ctx, drill));
    status.textContent = t('sup.asOf', { d: table.today, from: table.from, to: table.to });
    if (chosen) {
      await drill(chosen.category, chosen.agencyId);
    }
  };
  await refresh();
  // The whole subtree counts, and a newly registered agency may be part of it: any change refreshes.
  const live = params.params.get('live') === 'off' ? { close() {} }
    : onProjection((ids) => ids.length > 0, () => refresh().catch(() => {}));
  return () => live.close();
}

// branch clockrules: counts of Art. 30 breaches and Art. 35 deferrals, dated in the period (ADR 0030)
const CLOCK_FLAGS = ['lateSupplementRequests', 'deferredAnswers'];

function summary(table, ctx, drill) {
  const cell = (row, category) => {
    const n = row[FIELDS[category]];
    const alert = n > 0 && (category === 'OVERDUE_OPEN' || category === 'ANSWERED_LATE');
    return h('td', { class: `num${alert ? ' bad' : ''}`, 'data-category': category },
      n > 0 ? h('a', { href: '#', onclick: (e) => { e.preventDefault(); drill(category, row.agencyId); } }, formatCount(n)) : '0');
  };
  const line = (row, total) => h('tr', { 'data-agency': row.agencyId || 'total', class: total ? 'total' : null },
    h(total ? 'th' : 'td', total ? { scope: 'row' } : {}, total ? t('sup.total') : ctx.agencyName(row.agencyId)),
    ...CATEGORIES.map((c) => cell(row, c)),
    h('td', { class: 'num', 'data-rate': row.onTimeRate ?? '' }, row.onTimeRate === null ? '—' : `${Number(row.onTimeRate).toFixed(1)}%`),
    ...CLOCK_FLAGS.map((f) => h('td', { class: `num${row[f] > 0 && f === 'lateSupplementRequests' ? ' bad' : ''}`, 'data-flag': f }, formatCount(row[f] ?? 0))));
  return h('table', { class: 'list', id: 'supervision' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('field.agency')),
      ...CATEGORIES.map((c) => h('th', { scope: 'col', class: 'num' }, t(`sup.${c}`))),
      h('th', { scope: 'col', class: 'num' }, t('sup.rate')),
      ...CLOCK_FLAGS.map((f) => h('th', { scope: 'col', class: 'num' }, t(`sup.${f}`))))),
    h('tbody', {}, table.rows.map((row) => line(row, false))),
    h('tfoot', {}, line(table.total, true)));
}

function itemTable(items, ctx) {
  return h('table', { class: 'list', id: 'sup-items' },
    h('thead', {}, h('tr', {}, ['case.id', 'field.agency', 'field.receivedOn', 'case.dueOn', 'case.closedOn', 'sup.days']
      .map((k) => h('th', { scope: 'col' }, t(k))))),
    h('tbody', {}, items.map((i) => h('tr', { 'data-application': i.applicationId },
      h('td', {}, h('a', { href: `#/applications/${encodeURIComponent(i.applicationId)}` }, i.applicationId.slice(0, 8))),
      h('td', {}, ctx.agencyName(i.agencyId)),
      h('td', {}, i.receivedOn),
      h('td', {}, withWeekday(i.dueOn)),
      h('td', {}, i.closedOn || '—'),
      h('td', { class: 'num' }, formatCount(i.workingDays))))));
}
