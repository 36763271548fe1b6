// 待办: open applications of the chosen agency (or subtree), soonest due first, overdue ones marked in words.
import { get, onProjection } from '../api.js';
import { t, codeLabel } from '../i18n.js';
import { h, withWeekday, byCode, notice, treeOrder, noAgency } from '../ui.js';

export async function render(main, params, ctx) {
  if (!ctx.agencyId) {
    main.replaceChildren(h('h1', {}, t('worklist.title')), noAgency());
    return null;
  }
  const subtree = ctx.scope === 'subtree';
  // One agency of the subtree at a time when asked: ?only=<agencyId> keeps the choice across live refreshes.
  let only = params.params.get('only') || '';
  const filter = h('select', { id: 'wl-agency', name: 'only' });
  const filterBox = h('form', { class: 'inline noprint', onsubmit: (e) => e.preventDefault() },
    h('div', { class: 'field' }, h('label', { for: 'wl-agency' }, t('worklist.filter')), filter));
  const body = h('div', {});
  const moved = h('div', { id: 'calendar-changes' });
  main.replaceChildren(h('h1', {}, `${t('worklist.title')} · ${ctx.agencyName(ctx.agencyId)}`),
    moved, subtree ? filterBox : h('p', { class: 'muted small' }, t('worklist.subtreeHint')), body);
  let open = [];
  const show = () => {
    const shown = only ? open.filter((a) => a.agencyId === only) : open;
    body.replaceChildren(table(shown, ctx, subtree && !only));
  };
  filter.addEventListener('change', () => { only = filter.value; show(); });
  const refresh = async () => {
    open = sortByDue(await get(`api/agencies/${encodeURIComponent(ctx.agencyId)}/applications?status=open${ctx.scopeQuery()}`));
    if (subtree) {
      fillFilter(filter, open, ctx, only);
    }
    show();
    const calendar = await get(`api/calendar/changes?agency=${encodeURIComponent(ctx.agencyId)}${ctx.scopeQuery()}`);
    moved.replaceChildren(calendarBanner(calendar.changes, ctx));
  };
  await refresh();
  const covered = ctx.covered();
  const live = params.params.get('live') === 'off' ? { close() {} } : onProjection((ids) => ids.some((id) => covered.has(id)), () => refresh().catch(() => {}));
  return () => live.close();
}

/** Soonest due first, as the server answers; kept here too so that a filter or a refresh never reorders. */
function sortByDue(list) {
  return list.slice().sort((a, b) => (a.dueOn || '9999').localeCompare(b.dueOn || '9999')
    || a.receivedOn.localeCompare(b.receivedOn));
}

function fillFilter(select, open, ctx, only) {
  const counts = new Map();
  open.forEach((a) => counts.set(a.agencyId, (counts.get(a.agencyId) || 0) + 1));
  const agencies = treeOrder(ctx.agencies).filter((a) => counts.has(a.agencyId) || a.agencyId === only);
  select.replaceChildren(h('option', { value: '' }, t('worklist.allAgencies', { n: open.length })),
    ...agencies.map((a) => h('option', { value: a.agencyId, selected: a.agencyId === only },
      `${a.name}（${counts.get(a.agencyId) || 0}）`)));
}

/** "逾期 3 个工作日" for a late one, "今日到期" on the day, else the number of working days left. */
function daysLeft(left) {
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

function table(open, ctx, showAgency) {
  if (!open.length) {
    return h('p', { class: 'muted' }, t('worklist.empty'));
  }
  const overdue = open.filter((a) => a.workingDaysLeft !== null && a.workingDaysLeft < 0).length;
  return h('div', {},
    h('p', {}, t('worklist.count', { n: open.length, o: overdue })),
    h('table', { class: 'list', id: 'worklist' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('case.dueOn')), h('th', { scope: 'col', class: 'num' }, t('worklist.left')),
        h('th', { scope: 'col' }, t('field.receivedOn')), h('th', { scope: 'col' }, t('field.applicantType')),
        h('th', { scope: 'col' }, t('field.channel')), showAgency && h('th', { scope: 'col' }, t('field.agency')),
        h('th', { scope: 'col' }, t('case.id')))),
      h('tbody', {}, open.map((a) => {
        const late = a.workingDaysLeft !== null && a.workingDaysLeft < 0;
        const soon = !late && a.workingDaysLeft !== null && a.workingDaysLeft <= 3;
        return h('tr', { class: late ? 'overdue' : (soon ? 'soon' : null), 'data-application': a.applicationId },
          h('td', {}, withWeekday(a.dueOn)),
          h('td', { class: 'num', 'data-left': a.workingDaysLeft ?? '' }, daysLeft(a.workingDaysLeft)),
          h('td', {}, a.receivedOn),
          h('td', {}, codeLabel(byCode(ctx.codes.applicantTypes, a.applicantType))),
          h('td', {}, codeLabel(byCode(ctx.codes.channels, a.channel))),
          showAgency && h('td', {}, ctx.agencyName(a.agencyId)),
          h('td', {}, h('a', { href: `#/applications/${encodeURIComponent(a.applicationId)}` }, t('worklist.open'),
            h('span', { class: 'muted small' }, ` ${a.applicationId.slice(0, 8)}`))));
      }))));
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
    h('table', { class: 'list', id: 'calendar-changes-table' },
      h('thead', {}, h('tr', {}, ['case.id', 'field.agency', 'calendar.recorded', 'calendar.current']
        .map((k) => h('th', { scope: 'col' }, t(k))))),
      h('tbody', {}, changes.map((c) => h('tr', { 'data-application': c.applicationId },
        h('td', {}, h('a', { href: `#/applications/${encodeURIComponent(c.applicationId)}` }, c.applicationId.slice(0, 8))),
        h('td', {}, ctx.agencyName(c.agencyId)),
        h('td', {}, withWeekday(c.recordedDueOn)),
        h('td', {}, withWeekday(c.currentDueOn)))))),
    h('p', { class: 'small muted' }, t('calendar.hint')));
}
