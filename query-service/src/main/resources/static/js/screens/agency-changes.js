// 机构变更: rename an agency, move it under another parent, or close it, each from a date (CONTRACT.md §2).
import { until } from '../api.js';
import { t } from '../i18n.js';
import { h, field, dateInput, treeOrder } from '../ui.js';
import { writeForm } from '../forms.js';

/** The three change forms for the agency chosen in their own select; `changed()` re-renders the screen. */
export function agencyChanges(ctx, changed) {
  const open = treeOrder(ctx.agencies).filter((a) => !a.closedOn);
  if (!open.length) {
    return null;
  }
  const which = h('select', { id: 'change-agency' },
    open.map((a) => h('option', { value: a.agencyId, selected: a.agencyId === ctx.agencyId }, a.name)));
  const id = () => encodeURIComponent(which.value);
  const seen = (test) => until(() => ctx.reloadAgencies().then(() => ctx.agency(which.value)), (a) => a && test(a));

  const parents = () => h('select', { name: 'parentAgencyId', required: true }, h('option', { value: '' }, t('choose')),
    open.map((a) => h('option', { value: a.agencyId }, a.name)));
  const forms = [
    writeForm({
      name: 'agency-rename', title: t('agencies.rename'),
      controls: [
        field(t('agencies.newName'), h('input', { name: 'name', type: 'text', required: true, size: 36, maxlength: 200 }), { inline: true }),
        field(t('agencies.effectiveOn'), dateInput('effectiveOn'), { inline: true })],
      target: () => `api/agencies/${id()}/rename`,
      done: async (answer, body) => {
        await seen((a) => a.name === body.name);
        changed(t('agencies.renamed', { name: body.name }));
      },
    }),
    writeForm({
      name: 'agency-move', title: t('agencies.move'),
      controls: [
        field(t('agencies.newParent'), parents(), { inline: true }),
        field(t('agencies.effectiveOn'), dateInput('effectiveOn'), { inline: true })],
      target: () => `api/agencies/${id()}/move`,
      done: async (answer, body) => {
        await seen((a) => a.parentAgencyId === body.parentAgencyId);
        changed(t('agencies.moved', { name: ctx.agencyName(which.value), parent: ctx.agencyName(body.parentAgencyId) }));
      },
    }),
    writeForm({
      name: 'agency-closure', title: t('agencies.close'),
      controls: [
        field(t('agencies.closedOn'), dateInput('closedOn'), { inline: true, hint: t('agencies.closeHint') })],
      target: () => `api/agencies/${id()}/closure`,
      done: async () => {
        await seen((a) => Boolean(a.closedOn));
        changed(t('agencies.closedDone', { name: ctx.agencyName(which.value) }));
      },
    }),
  ];
  return h('div', {},
    h('div', { class: 'field-row' }, h('label', { for: 'change-agency' }, t('agencies.which')), ' ', which),
    forms);
}
