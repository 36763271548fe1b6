// 机构: the agency tree, and a form to add an agency under a parent.
import { send, until, uuid } from '../api.js';
import { t, codeLabel } from '../i18n.js';
import { h, field, codeSelect, clearErrors, showProblem, formBody, notice, byCode, treeOrder } from '../ui.js';
import { agencyChanges } from './agency-changes.js';
import { letterSettingsForm } from './letters.js';

export function render(main, params, ctx, message) {
  const tree = h('div', { class: 'panel' }, treeList(ctx));
  const name = h('input', { name: 'name', type: 'text', required: true, maxlength: 200, size: 40 });
  const parent = h('select', { name: 'parentAgencyId' },
    h('option', { value: '' }, t('agencies.topLevel')),
    treeOrder(ctx.agencies).filter((a) => !a.closedOn).map((a) => h('option',
      { value: a.agencyId, selected: a.agencyId === ctx.agencyId }, a.name)));
  const level = codeSelect('level', ctx.codes.agencyLevels, { required: false });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('agencies.submit'));
  const result = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'grid' },
    field(t('agencies.name'), name), field(t('agencies.parent'), parent), field(t('agencies.level'), level),
    h('div', { class: 'actions' }, submit));
  let pending = null;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (submit.disabled) {
      return;
    }
    clearErrors(form);
    const body = formBody(form);
    const key = JSON.stringify(body);
    if (!pending || pending.key !== key) {
      pending = { key, id: uuid() };
    }
    body.agencyId = pending.id;
    submit.disabled = true;
    try {
      const answer = await send('api/agencies', body);
      pending = null;
      await until(() => ctx.reloadAgencies().then(() => ctx.agency(answer.agencyId)), Boolean);
      result.replaceChildren(notice('ok', t('agencies.added'), body.name));
      tree.replaceChildren(treeList(ctx));
      name.value = '';
      name.focus();
    } catch (problem) {
      showProblem(form, problem);
    } finally {
      submit.disabled = false;
    }
  });
  const changes = agencyChanges(ctx, (done) => render(main, params, ctx, notice('ok', done)));
  // the agency register is the administrators' (CommandScope): others see the tree only
  const admin = ctx.may(['ADMIN']);
  if (message) {
    message.classList.add('action-outcome');
  }
  main.replaceChildren(h('h1', {}, t('agencies.title')), message || '', tree,
    admin && h('h2', {}, t('agencies.add')), admin && h('div', { class: 'panel' }, form, result),
    admin && changes && h('h2', {}, t('agencies.change')), admin && changes && h('div', { class: 'panel' }, changes),
    ctx.agencyId && h('h2', {}, t('letters.settingsTitle')), letterSettingsForm(ctx));
  // branch users (issue 20 item 4): the last action's message goes as the next action starts, whichever form it
  // is (a capturing listener runs before the form's own)
  const clearOutcomes = () => {
    main.querySelectorAll('.action-outcome').forEach((n) => n.remove());
    result.replaceChildren();
    main.querySelectorAll('form').forEach((f) => clearErrors(f));
  };
  main.querySelectorAll('form').forEach((f) => f.addEventListener('submit', clearOutcomes, { capture: true }));
  if (!ctx.agencies.length && admin) {
    // A new system: the first thing to do is to add one's own agency.
    name.focus();
  }
}

function treeList(ctx) {
  const children = new Map();
  const known = new Set(ctx.agencies.map((a) => a.agencyId));
  for (const a of treeOrder(ctx.agencies)) {
    const p = known.has(a.parentAgencyId) ? a.parentAgencyId : null;
    if (!children.has(p)) {
      children.set(p, []);
    }
    children.get(p).push(a);
  }
  const list = (parentId, root) => {
    const items = children.get(parentId) || [];
    if (!items.length) {
      return null;
    }
    return h('ul', { class: root ? 'tree root' : 'tree' }, items.map((a) => h('li', { 'data-agency': a.agencyId },
      h('a', { href: `#/dashboard?agency=${encodeURIComponent(a.agencyId)}` }, a.name),
      a.level ? h('span', { class: 'muted small' }, `　${codeLabel(byCode(ctx.codes.agencyLevels, a.level))}`) : null,
      a.closedOn ? h('span', { class: 'badge' }, `${t('agencies.closed')} ${a.closedOn}`) : null,
      h('span', { class: 'muted small' }, `　${a.agencyId}`),
      list(a.agencyId, false))));
  };
  return list(null, true) || h('p', {}, t('agencies.empty'));
}
