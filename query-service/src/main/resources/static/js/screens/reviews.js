// 复议诉讼: file reconsiderations and lawsuits about disclosure, and record how they concluded (table 四).
import { get, send, until, uuid } from '../api.js';
import { t, codeLabel } from '../i18n.js';
import { h, field, dateInput, codeSelect, clearErrors, showProblem, formBody, enterSubmits, notice, byCode, noAgency } from '../ui.js';

export async function render(main, params, ctx) {
  if (!ctx.agencyId) {
    main.replaceChildren(h('h1', {}, t('reviews.title')), noAgency());
    return;
  }
  const agency = encodeURIComponent(ctx.agencyId);
  const load = () => get(`api/agencies/${agency}/review-cases?scope=${ctx.scope}`);
  const listBox = h('div', {});
  const formsBox = h('div', {});
  const applicationId = params.params.get('application') || '';
  main.replaceChildren(h('h1', {}, `${t('reviews.title')} · ${ctx.agencyName(ctx.agencyId)}`), listBox, formsBox);

  const refresh = (cases, message) => {
    listBox.replaceChildren(message || '', caseTable(cases, ctx));
    formsBox.replaceChildren(forms(cases));
  };

  const forms = (cases) => {
    const pending = cases.filter((c) => !c.concludedOn);
    const result = [
      form('reviews.fileRecon', () => 'api/reconsiderations', [
        field(t('reviews.filedOn'), dateInput('filedOn'), { inline: true }),
        field(t('reviews.applicationId'), h('input', { name: 'applicationId', value: applicationId, size: 38 }), { inline: true })],
      (body, id) => ({ ...body, caseId: id, agencyId: ctx.agencyId }), cases),
      form('reviews.fileSuit', () => 'api/lawsuits', [
        field(t('reviews.route'), codeSelect('route', ctx.codes.lawsuitRoutes), { inline: true }),
        field(t('reviews.filedOn'), dateInput('filedOn'), { inline: true }),
        field(t('reviews.applicationId'), h('input', { name: 'applicationId', value: applicationId, size: 38 }), { inline: true })],
      (body, id) => ({ ...body, caseId: id, agencyId: ctx.agencyId }), cases),
    ];
    if (pending.length) {
      const which = h('select', { name: 'caseId', required: true }, pending.map((c) => h('option', { value: c.caseId },
        `${t(`reviews.${c.kind}`)} ${c.filedOn} ${c.caseId.slice(0, 8)}`)));
      result.push(form('reviews.conclude', (body) => {
        const c = cases.find((x) => x.caseId === body.caseId);
        const kind = c.kind === 'RECONSIDERATION' ? 'reconsiderations' : 'lawsuits';
        return `api/${kind}/${encodeURIComponent(c.caseId)}/conclusion`;
      }, [
        field(t('reviews.case'), which, { inline: true }),
        field(t('reviews.result'), codeSelect('result', ctx.codes.reviewResults), { inline: true }),
        field(t('reviews.concludedOn'), dateInput('concludedOn'), { inline: true })],
      (body) => ({ result: body.result, concludedOn: body.concludedOn }), cases));
    }
    return h('div', {}, result);
  };

  const form = (titleKey, target, controls, shape, cases) => {
    const submit = h('button', { type: 'submit', class: 'primary' }, t('act.save'));
    const el = h('form', { class: 'inline' }, controls, h('div', { class: 'field' }, submit));
    const id = uuid();
    el.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(el);
      const raw = formBody(el);
      submit.disabled = true;
      try {
        await send(target(raw), shape(raw, id));
        const before = JSON.stringify(cases);
        const fresh = await until(load, (list) => JSON.stringify(list) !== before);
        refresh(fresh, notice('ok', t('case.recorded')));
      } catch (problem) {
        submit.disabled = false;
        showProblem(el, problem);
      }
    });
    enterSubmits(el);
    return h('details', { class: 'action', open: true }, h('summary', {}, t(titleKey)), el);
  };

  refresh(await load());
}

function caseTable(cases, ctx) {
  if (!cases.length) {
    return h('p', { class: 'muted' }, t('reviews.empty'));
  }
  return h('table', { class: 'list' },
    h('thead', {}, h('tr', {}, ['reviews.kind', 'reviews.filedOn', 'reviews.result', 'reviews.concludedOn', 'field.agency',
      'case.id', 'reviews.case'].map((k) => h('th', { scope: 'col' }, t(k))))),
    h('tbody', {}, cases.map((c) => h('tr', {},
      h('td', {}, t(`reviews.${c.kind}`)), h('td', {}, c.filedOn),
      h('td', {}, c.result ? codeLabel(byCode(ctx.codes.reviewResults, c.result)) : h('span', { class: 'badge soon' }, t('reviews.pending'))),
      h('td', {}, c.concludedOn || ''), h('td', {}, ctx.agencyName(c.agencyId)),
      h('td', {}, c.applicationId ? h('a', { href: `#/applications/${encodeURIComponent(c.applicationId)}` }, c.applicationId.slice(0, 8)) : ''),
      h('td', { class: 'small muted' }, c.caseId)))));
}
