// 主动公开: the inputs of table 二 — rules and normative documents issued and repealed, the period tallies of
// licensing, penalty and enforcement decisions, and administrative fees — with this year's table 二 beside them.
import { get } from '../api.js';
import { t, codeLabel } from '../i18n.js';
import { h, field, dateInput, codeSelect, notice, byCode, today, noAgency } from '../ui.js';
import { writeForm, quarterStart } from '../forms.js';
import { tableTwo } from './reports.js';

export async function render(main, params, ctx) {
  if (!ctx.agencyId) {
    main.replaceChildren(h('h1', {}, t('proactive.title')), noAgency());
    return;
  }
  const agency = encodeURIComponent(ctx.agencyId);
  const year = Number(today().slice(0, 4));
  const summary = h('div', {});
  const documentsBox = h('div', {});
  const formsBox = h('div', {});
  main.replaceChildren(h('h1', {}, `${t('proactive.title')} · ${ctx.agencyName(ctx.agencyId)}`),
    h('p', { class: 'muted' }, t('proactive.intro')), formsBox,
    h('h2', {}, t('proactive.summary', { y: year })), summary,
    h('h2', {}, t('proactive.documents')), documentsBox);

  const loadSummary = async () => {
    const report = await get(`api/agencies/${agency}/reports/${year}`);
    summary.replaceChildren(tableTwo(report.proactive, { heading: false }));
  };
  let documents = [];
  const repealable = h('select', { name: 'documentId', required: true });
  const loadDocuments = async () => {
    documents = await get(`api/agencies/${agency}/regulatory-documents`);
    documentsBox.replaceChildren(documentTable(documents, ctx));
    const inForce = documents.filter((d) => !d.repealedOn);
    // a refresh (after any write, or a live update) must not take away the document the user has just chosen
    const chosen = repealable.value;
    repealable.replaceChildren(h('option', { value: '' }, inForce.length ? t('choose') : t('proactive.noneInForce')),
      ...inForce.map((d) => h('option', { value: d.documentId },
        `${codeLabel(byCode(ctx.codes.documentKinds, d.kind))}：${d.title}${d.documentNumber ? `（${d.documentNumber}）` : ''}`)));
    if (inForce.some((d) => d.documentId === chosen)) {
      repealable.value = chosen;
    }
  };
  // The read side follows a write within about a second; refresh until the list or table 二 shows it.
  const settle = async (changed) => {
    for (let i = 0; i < 20; i += 1) {
      await Promise.all([loadDocuments(), loadSummary()]);
      if (changed()) {
        return;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  const tableText = () => summary.textContent;
  const untilTableChanges = async () => {
    const was = tableText();
    await settle(() => tableText() !== was);
  };

  const forms = [
    writeForm({
      name: 'document-issue', title: t('proactive.issue'), idField: 'documentId',
      controls: [
        field(t('proactive.kind'), codeSelect('kind', ctx.codes.documentKinds), { inline: true }),
        field(t('proactive.docTitle'), h('input', { name: 'title', type: 'text', required: true, size: 36, maxlength: 300 }), { inline: true }),
        field(t('proactive.number'), h('input', { name: 'documentNumber', type: 'text', size: 18, maxlength: 100 }), { inline: true }),
        field(t('proactive.issuedOn'), dateInput('issuedOn'), { inline: true })],
      target: () => `api/agencies/${agency}/regulatory-documents`,
      done: async (answer, body, form) => {
        await settle(() => documents.some((d) => d.documentId === answer.documentId));
        form.querySelector('[name=title]').value = '';
        form.querySelector('[name=documentNumber]').value = '';
        return t('proactive.issued', { title: body.title });
      },
    }),
    writeForm({
      name: 'document-repeal', title: t('proactive.repeal'),
      controls: [
        field(t('proactive.document'), repealable, { inline: true }),
        field(t('proactive.repealedOn'), dateInput('repealedOn'), { inline: true })],
      target: (body) => `api/agencies/${agency}/regulatory-documents/${encodeURIComponent(body.documentId)}/repeal`,
      shape: (body) => ({ repealedOn: body.repealedOn }),
      done: async (answer, body) => {
        await settle(() => documents.some((d) => d.documentId === body.documentId && d.repealedOn));
        return t('proactive.repealDone');
      },
    }),
    writeForm({
      name: 'decision-tally', title: t('proactive.tally'), idField: 'tallyId',
      controls: [
        field(t('proactive.category'), codeSelect('category', ctx.codes.tallyCategories), { inline: true }),
        ...period(),
        field(t('proactive.count'), h('input', { name: 'count', type: 'number', min: 0, step: 1, required: true, size: 8 }), { inline: true })],
      target: () => `api/agencies/${agency}/decision-tallies`,
      done: async () => {
        await untilTableChanges();
        return null;
      },
    }),
    writeForm({
      name: 'administrative-fees', title: t('proactive.fees'), idField: 'feeRecordId',
      controls: [
        ...period(),
        field(t('proactive.amount'), h('input', { name: 'amountYuan', type: 'text', inputmode: 'decimal', required: true, size: 14 }),
          { inline: true, hint: t('proactive.amountHint') })],
      target: () => `api/agencies/${agency}/administrative-fees`,
      done: async () => {
        await untilTableChanges();
        return null;
      },
    }),
  ];

  await Promise.all([loadDocuments(), loadSummary()]);
  formsBox.replaceChildren(...forms);
}

/** A period inside one quarter: from the quarter's first day to today by default. */
function period() {
  const now = today();
  return [
    field(t('proactive.periodStart'), h('input', { type: 'date', name: 'periodStart', value: quarterStart(now), required: true, max: now }), { inline: true }),
    field(t('proactive.periodEnd'), dateInput('periodEnd'), { inline: true, hint: t('proactive.periodHint') })];
}

function documentTable(documents, ctx) {
  if (!documents.length) {
    return h('p', { class: 'muted' }, t('proactive.noDocuments'));
  }
  return h('table', { class: 'list', id: 'documents' },
    h('thead', {}, h('tr', {}, ['proactive.kind', 'proactive.docTitle', 'proactive.numberCol', 'proactive.issuedOn', 'proactive.status']
      .map((k) => h('th', { scope: 'col' }, t(k))))),
    h('tbody', {}, documents.map((d) => h('tr', { 'data-document': d.documentId, class: d.repealedOn ? 'muted' : null },
      h('td', {}, codeLabel(byCode(ctx.codes.documentKinds, d.kind))), h('td', {}, d.title),
      h('td', {}, d.documentNumber || ''), h('td', {}, d.issuedOn),
      h('td', {}, d.repealedOn ? h('span', { class: 'badge' }, `${t('proactive.repealed')} ${d.repealedOn}`) : t('proactive.inForce'))))));
}
