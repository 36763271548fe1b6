// 待办: open applications of the chosen agency (or subtree), soonest due first, overdue ones marked.
import { get, onProjection } from '../api.js';
import { t, codeLabel } from '../i18n.js';
import { h, withWeekday, byCode, notice } from '../ui.js';

export async function render(main, params, ctx) {
  if (!ctx.agencyId) {
    main.replaceChildren(h('h1', {}, t('worklist.title')), notice('warn', t('error.noAgency')));
    return null;
  }
  const body = h('div', {});
  main.replaceChildren(h('h1', {}, `${t('worklist.title')} · ${ctx.agencyName(ctx.agencyId)}`), body);
  const refresh = async () => {
    const open = await get(`api/agencies/${encodeURIComponent(ctx.agencyId)}/applications?status=open${ctx.scopeQuery()}`);
    body.replaceChildren(table(open, ctx));
  };
  await refresh();
  const covered = ctx.covered();
  const live = params.params.get('live') === 'off' ? { close() {} } : onProjection((ids) => ids.some((id) => covered.has(id)), () => refresh().catch(() => {}));
  return () => live.close();
}

function table(open, ctx) {
  if (!open.length) {
    return h('p', { class: 'muted' }, t('worklist.empty'));
  }
  const overdue = open.filter((a) => a.workingDaysLeft !== null && a.workingDaysLeft < 0).length;
  const subtree = ctx.scope === 'subtree';
  return h('div', {},
    h('p', {}, t('worklist.count', { n: open.length, o: overdue })),
    h('table', { class: 'list' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('case.dueOn')), h('th', { scope: 'col', class: 'num' }, t('case.left')),
        h('th', { scope: 'col' }, t('field.receivedOn')), h('th', { scope: 'col' }, t('field.applicantType')),
        h('th', { scope: 'col' }, t('field.channel')), subtree && h('th', { scope: 'col' }, t('field.agency')),
        h('th', { scope: 'col' }, t('case.id')))),
      h('tbody', {}, open.map((a) => {
        const late = a.workingDaysLeft !== null && a.workingDaysLeft < 0;
        const soon = !late && a.workingDaysLeft !== null && a.workingDaysLeft <= 3;
        return h('tr', { class: late ? 'overdue' : null },
          h('td', {}, withWeekday(a.dueOn), ' ',
            late && h('span', { class: 'badge overdue' }, t('worklist.overdue')),
            soon && h('span', { class: 'badge soon' }, t('worklist.soon'))),
          h('td', { class: 'num' }, a.workingDaysLeft ?? '—'),
          h('td', {}, a.receivedOn),
          h('td', {}, codeLabel(byCode(ctx.codes.applicantTypes, a.applicantType))),
          h('td', {}, codeLabel(byCode(ctx.codes.channels, a.channel))),
          subtree && h('td', {}, ctx.agencyName(a.agencyId)),
          h('td', {}, h('a', { href: `#/applications/${encodeURIComponent(a.applicationId)}` }, a.applicationId)));
      }))));
}
