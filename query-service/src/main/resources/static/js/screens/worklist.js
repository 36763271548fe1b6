// 待办: the applications of the chosen agency (or subtree), paged, searched and sorted on the server (issue 20).
// The view lives in the URL (#/worklist?q=&sort=&dir=&page=&size=&status=&only=), so it can be bookmarked.
import { get, onProjection } from '../api.js';
import { t, codeLabel } from '../i18n.js';
import { h, withWeekday, byCode, notice, treeOrder, noAgency, formatCount } from '../ui.js';

const SIZES = [20, 50, 100, 200];
const SUBJECT_SHOWN = 24;

/** The columns, their sort key on the server and their heading. */
const COLUMNS = [
  { key: 'caseNumber', label: 'worklist.caseNumber' },
  { key: 'receivedOn', label: 'field.receivedOn' },
  { key: 'subject', label: 'case.subject' },
  { key: 'applicantType', label: 'field.applicantType' },
  { key: 'state', label: 'case.status' },
  { key: 'dueOn', label: 'case.dueOn' },
  { key: 'workingDaysLeft', label: 'worklist.left', num: true },
  { key: 'supplementDueOn', label: 'worklist.applicantDeadline' },
];

export async function render(main, params, ctx) {
  if (!ctx.agencyId) {
    main.replaceChildren(h('h1', {}, t('worklist.title')), noAgency());
    return null;
  }
  const subtree = ctx.scope === 'subtree';
  const view = viewFrom(params.params);
  const live = params.params.get('live') === 'off' ? null : 'on';

  const search = h('input', { type: 'search', id: 'wl-q', name: 'q', value: view.q, maxlength: 100,
    'aria-describedby': 'wl-q-hint' });
  const status = h('select', { id: 'wl-status', name: 'status' },
    h('option', { value: 'open', selected: view.status === 'open' }, t('case.OPEN')),
    h('option', { value: 'closed', selected: view.status === 'closed' }, t('case.CLOSED')));
  const filter = h('select', { id: 'wl-agency', name: 'only' });
  const exports = h('span', { class: 'exports' });
  const form = h('form', { class: 'inline noprint', role: 'search', onsubmit: (e) => { e.preventDefault(); change({ q: search.value.trim(), page: 1 }); } },
    h('div', { class: 'field' }, h('label', { for: 'wl-q' }, t('worklist.search')), search,
      h('span', { class: 'hint small muted', id: 'wl-q-hint' }, t('worklist.searchHint'))),
    h('div', { class: 'field' }, h('label', { for: 'wl-status' }, t('case.status')), status),
    subtree && h('div', { class: 'field' }, h('label', { for: 'wl-agency' }, t('worklist.filter')), filter),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('worklist.find')), exports));
  const body = h('div', { id: 'worklist-body', 'aria-live': 'polite' });
  const moved = h('div', { id: 'calendar-changes' });
  main.replaceChildren(h('h1', {}, `${t('worklist.title')} · ${ctx.agencyName(ctx.agencyId)}`),
    moved, form, subtree ? '' : h('p', { class: 'muted small noprint' }, t('worklist.subtreeHint')), body);

  if (subtree) {
    fillFilter(filter, ctx, view.only);
  }
  status.addEventListener('change', () => change({ status: status.value, page: 1, sort: '', dir: '' }));
  filter.addEventListener('change', () => change({ only: filter.value, page: 1 }));

  function change(patch) {
    Object.assign(view, patch);
    history.replaceState(null, '', `#/worklist?${viewQuery(view, ctx, live)}`);
    refresh().catch((e) => body.replaceChildren(notice('bad', e.message)));
  }

  async function refresh() {
    const api = `api/agencies/${encodeURIComponent(ctx.agencyId)}/worklist`;
    const query = apiQuery(view, ctx);
    const page = await get(`${api}?${query}&page=${view.page}&size=${view.size}`);
    exports.replaceChildren(
      h('a', { href: `${api}.csv?${query}`, download: '', class: 'button-link' }, t('worklist.csv')), ' ',
      h('a', { href: `${api}.xlsx?${query}`, download: '', class: 'button-link' }, t('worklist.xlsx')));
    body.replaceChildren(summary(page, view), table(page, view, ctx, subtree && !view.only, change),
      pager(page, view, change));
    const calendar = await get(`api/calendar/changes?agency=${encodeURIComponent(ctx.agencyId)}${ctx.scopeQuery()}`);
    moved.replaceChildren(calendarBanner(calendar.changes, ctx));
  }

  await refresh();
  const covered = ctx.covered();
  const stream = live ? onProjection((ids) => ids.some((id) => covered.has(id)), () => refresh().catch(() => {})) : { close() {} };
  return () => stream.close();
}

function viewFrom(params) {
  const size = Number(params.get('size'));
  return {
    q: params.get('q') || '',
    status: params.get('status') === 'closed' ? 'closed' : 'open',
    sort: params.get('sort') || '',
    dir: params.get('dir') === 'desc' ? 'desc' : (params.get('dir') === 'asc' ? 'asc' : ''),
    page: Math.max(1, Number(params.get('page')) || 1),
    size: SIZES.includes(size) ? size : 50,
    only: params.get('only') || '',
  };
}

/** The filter and order as the API takes them (the exports use the same, without the page). */
function apiQuery(view, ctx) {
  const p = new URLSearchParams({ status: view.status });
  if (ctx.scope === 'subtree') {
    p.set('scope', 'subtree');
  }
  for (const name of ['q', 'sort', 'dir']) {
    if (view[name]) {
      p.set(name, view[name]);
    }
  }
  if (view.only) {
    p.set('agency', view.only);
  }
  return p.toString();
}

function viewQuery(view, ctx, live) {
  const p = new URLSearchParams({ agency: ctx.agencyId, scope: ctx.scope });
  for (const name of ['q', 'status', 'sort', 'dir', 'only']) {
    if (view[name] && !(name === 'status' && view.status === 'open')) {
      p.set(name, view[name]);
    }
  }
  if (view.page > 1) {
    p.set('page', view.page);
  }
  if (view.size !== 50) {
    p.set('size', view.size);
  }
  if (!live) {
    p.set('live', 'off');
  }
  return p.toString();
}

function fillFilter(select, ctx, only) {
  const covered = ctx.covered();
  const agencies = treeOrder(ctx.agencies).filter((a) => covered.has(a.agencyId));
  select.replaceChildren(h('option', { value: '' }, t('worklist.everyAgency')),
    ...agencies.map((a) => h('option', { value: a.agencyId, selected: a.agencyId === only }, a.name)));
}

function summary(page, view) {
  if (view.status === 'closed') {
    return h('p', { id: 'worklist-count' }, t('worklist.closedCount', { n: formatCount(page.total) }));
  }
  return h('p', { id: 'worklist-count' }, t('worklist.count', { n: formatCount(page.total), o: formatCount(page.overdue) }));
}

/** "逾期 3 个工作日" for a late one, "今日到期" on the day, else the number of working days left. */
function daysLeft(a) {
  if (a.status === 'CLOSED') {
    return '';
  }
  const left = a.workingDaysLeft;
  if (left === null || left === undefined) {
    // an open application without a due date is waiting for a supplement or a consultation: the clock is stopped
    return h('span', { class: 'muted' }, t('worklist.paused'));
  }
  if (left < 0) {
    return h('span', { class: 'badge overdue' }, t('worklist.overdueBy', { n: -left }));
  }
  if (left === 0) {
    return h('span', { class: 'badge soon' }, t('worklist.dueToday'));
  }
  return String(left);
}

/** The deadline the applicant runs against while the agency waits: a supplement, or a fee payment. */
function applicantDeadline(a) {
  // past the applicant's deadline no clock runs: only this note tells the office the case waits for it (DOMAIN §7)
  const lapsed = (key) => (a.applicantDeadlinePassed
    ? [' ', h('span', { class: 'badge overdue', 'data-lapsed': 'true' }, t(key))] : []);
  if (a.supplementDueOn) {
    return [t('worklist.supplementBy'), ' ', withWeekday(a.supplementDueOn), ...lapsed('worklist.supplementLapsed')];
  }
  if (a.paymentDueOn) {
    return [t('worklist.paymentBy'), ' ', withWeekday(a.paymentDueOn), ...lapsed('worklist.paymentLapsed')];
  }
  return '';
}

function sortHeader(column, view, change) {
  const active = (view.sort || (view.status === 'open' ? 'dueOn' : 'closedOn')) === column.key;
  const dir = view.dir || (view.status === 'open' ? 'asc' : 'desc');
  const next = active && dir === 'asc' ? 'desc' : 'asc';
  return h('th', { scope: 'col', class: column.num ? 'num' : null,
    'aria-sort': active ? (dir === 'asc' ? 'ascending' : 'descending') : null },
  h('button', { type: 'button', class: 'sort', onclick: () => change({ sort: column.key, dir: next, page: 1 }) },
    t(column.label), h('span', { 'aria-hidden': 'true' }, active ? (dir === 'asc' ? ' ▲' : ' ▼') : '')));
}

function table(page, view, ctx, showAgency, change) {
  if (!page.items.length) {
    return h('p', { class: 'muted' }, t(view.q ? 'worklist.nothingFound' : 'worklist.empty'));
  }
  const columns = showAgency ? [...COLUMNS, { key: 'agency', label: 'field.agency' }] : COLUMNS;
  return h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': t('worklist.title') },
    h('table', { class: 'list', id: 'worklist' },
      h('thead', {}, h('tr', {}, columns.map((c) => sortHeader(c, view, change)),
        h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('worklist.open'))))),
      h('tbody', {}, page.items.map((a) => {
        const late = (a.workingDaysLeft !== null && a.workingDaysLeft < 0) || a.applicantDeadlinePassed;
        const soon = !late && a.workingDaysLeft !== null && a.workingDaysLeft <= 3;
        const subject = a.subject || '';
        return h('tr', { class: late ? 'overdue' : (soon ? 'soon' : null), 'data-application': a.applicationId },
          h('td', { class: 'nowrap' }, a.caseNumber || h('span', { class: 'muted small' }, a.applicationId.slice(0, 8))),
          h('td', { class: 'nowrap' }, a.receivedOn),
          h('td', { title: subject.length > SUBJECT_SHOWN ? subject : null },
            subject.length > SUBJECT_SHOWN ? `${subject.slice(0, SUBJECT_SHOWN)}…` : subject),
          h('td', {}, codeLabel(byCode(ctx.codes.applicantTypes, a.applicantType))),
          h('td', {}, t(`worklist.state.${a.state}`)),
          h('td', { class: 'nowrap' }, withWeekday(a.dueOn)),
          h('td', { class: 'num', 'data-left': a.workingDaysLeft ?? '' }, daysLeft(a)),
          h('td', {}, applicantDeadline(a)),
          showAgency && h('td', {}, a.agencyName || ctx.agencyName(a.agencyId)),
          h('td', {}, h('a', { href: `#/applications/${encodeURIComponent(a.applicationId)}`,
            'aria-label': `${t('worklist.open')} ${a.caseNumber || a.applicationId}` }, t('worklist.open'))));
      }))));
}

function pager(page, view, change) {
  const sizes = h('select', { id: 'wl-size', onchange: (e) => change({ size: Number(e.target.value), page: 1 }) },
    SIZES.map((s) => h('option', { value: s, selected: s === view.size }, String(s))));
  return h('nav', { class: 'pager noprint', 'aria-label': t('worklist.pages') },
    h('button', { type: 'button', id: 'wl-prev', disabled: page.page <= 1, onclick: () => change({ page: page.page - 1 }) },
      t('worklist.previous')),
    h('span', { id: 'wl-page' }, t('worklist.pageOf', { p: formatCount(page.page), n: formatCount(page.pages) })),
    h('button', { type: 'button', id: 'wl-next', disabled: page.page >= page.pages, onclick: () => change({ page: page.page + 1 }) },
      t('worklist.next')),
    h('label', { for: 'wl-size' }, t('worklist.perPage')), sizes);
}

/**
 * Applications whose due date the loaded holiday schedule moves: the recorded date stays (it is what the applicant
 * was told and what the next fact starts from), and the list says what the calendar gives now (ADR 0026).
 */
function calendarBanner(changes, ctx) {
  if (!changes.length) {
    return '';
  }
  return notice('warn',
    h('strong', {}, t('calendar.changed', { n: changes.length })),
    h('div', { class: 'table-scroll' }, h('table', { class: 'list', id: 'calendar-changes-table' },
      h('thead', {}, h('tr', {}, ['case.id', 'field.agency', 'calendar.recorded', 'calendar.current']
        .map((k) => h('th', { scope: 'col' }, t(k))))),
      h('tbody', {}, changes.map((c) => h('tr', { 'data-application': c.applicationId },
        h('td', {}, h('a', { href: `#/applications/${encodeURIComponent(c.applicationId)}` }, c.applicationId.slice(0, 8))),
        h('td', {}, ctx.agencyName(c.agencyId)),
        h('td', {}, withWeekday(c.recordedDueOn)),
        h('td', {}, withWeekday(c.currentDueOn))))))),
    h('p', { class: 'small muted' }, t('calendar.hint')));
}
