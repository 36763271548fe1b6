// 办理: one application's facts in order, its clock, and forms for the facts that may come next.
import { get, send, until, uuid, Problem } from '../api.js';
import { t, codeLabel, lang } from '../i18n.js';
import { h, field, dateInput, codeSelect, outcomeSelect, clearErrors, showProblem, formBody, enterSubmits, notice,
  withWeekday, timestamp, byCode, problemText } from '../ui.js';
import { lettersPanel, feeQuoteForm } from './letters.js';

const DUE_FIELDS = new Set(['dueOn', 'supplementDueOn', 'paymentDueOn']);

// Labels of fact properties shown in the history.
const PROPERTY_LABELS = {
  receivedOn: 'field.receivedOn', channel: 'field.channel', applicantType: 'field.applicantType', subject: 'case.subject',
  outcome: 'field.outcome', decidedOn: 'field.decidedOn', reason: 'field.reason', withdrawnOn: 'field.withdrawnOn',
  requestedOn: 'field.requestedOn', supplementDueOn: 'case.supplementDueOn', extendedOn: 'field.extendedOn',
  workingDays: 'field.workingDays', party: 'field.party', startedOn: 'field.startedOn', endedOn: 'field.endedOn',
  issuedOn: 'field.issuedOn', amountYuan: 'field.amountYuan', scheme: 'field.scheme', paidOn: 'field.paidOn',
  dueOn: 'case.dueOn', consultationId: 'field.consultation',
};

export async function render(main, params, ctx) {
  const id = params.parts[0];
  const load = () => get(`api/applications/${encodeURIComponent(id)}`);
  let detail;
  try {
    detail = await load();
  } catch (e) {
    if (!(e instanceof Problem && e.status === 404)) {
      throw e;
    }
    // Just logged: the read side follows the command side within about a second.
    detail = await until(load, (d) => d && d.applicationId === id, 4000);
    if (!detail) {
      main.replaceChildren(h('h1', {}, t('case.title')), notice('warn', t('case.notYet')));
      return;
    }
  }
  show(main, ctx, detail, load, null);
  // At the counter the next step is usually the decision: its first control takes the keyboard.
  const first = main.querySelector('details.action[open] select, details.action[open] input');
  if (first) {
    first.focus();
  }
}

function withClass(element, name) {
  element.classList.add(name);
  return element;
}

function show(main, ctx, d, load, message) {
  const codes = ctx.codes;
  const status = h('span', { class: `badge ${d.status === 'OPEN' ? 'open' : 'closed'}`, 'data-status': d.status },
    t(`case.${d.status}`));
  // the readable number is in the intake fact (ADR 0034); applications recorded before it have none
  const receipt = (d.facts || []).find((f) => f.type === 'ApplicationReceived');
  const caseNumber = receipt && receipt.data && receipt.data.caseNumber;
  const basics = h('dl', { class: 'facts' },
    caseNumber && [h('dt', {}, t('worklist.caseNumber')), h('dd', { id: 'case-number' }, caseNumber)],
    h('dt', {}, t('case.id')), h('dd', {}, d.applicationId),
    h('dt', {}, t('field.agency')), h('dd', {}, ctx.agencyName(d.agencyId)),
    h('dt', {}, t('field.receivedOn')), h('dd', {}, withWeekday(d.receivedOn)),
    h('dt', {}, t('field.channel')), h('dd', {}, codeLabel(byCode(codes.channels, d.channel))),
    h('dt', {}, t('field.applicantType')), h('dd', {}, codeLabel(byCode(codes.applicantTypes, d.applicantType))),
    h('dt', {}, t('case.status')), h('dd', {}, status),
    d.outcome && [h('dt', {}, t('case.outcome')), h('dd', {}, outcomeLabel(codes, d.outcome))],
    d.closedOn && [h('dt', {}, t('case.closedOn')), h('dd', {}, withWeekday(d.closedOn))]);

  main.replaceChildren(
    h('h1', {}, `${t('case.title')} · ${caseNumber || d.applicationId}`),
    message ? withClass(message, 'action-outcome') : '',
    h('div', { class: 'two' },
      h('section', { class: 'panel', 'aria-labelledby': 'basics-h' }, h('h2', { id: 'basics-h' }, t('case.status')), basics),
      h('section', { class: 'panel', 'aria-labelledby': 'clock-h' }, h('h2', { id: 'clock-h' }, t('case.dueOn')), clock(d, codes))),
    h('section', { 'aria-labelledby': 'facts-h' }, h('h2', { id: 'facts-h' }, t('case.facts')), history(d, codes)),
    h('section', { 'aria-labelledby': 'letters-h' }, h('h2', { id: 'letters-h' }, t('letters.title')),
      lettersPanel(d.applicationId), d.status === 'OPEN' ? feeQuoteForm(codes) : ''),
    h('section', { 'aria-labelledby': 'actions-h' }, h('h2', { id: 'actions-h' }, t('case.actions')),
      actions(main, ctx, d, load),
      h('p', {}, h('a', { href: `#/reviews?application=${encodeURIComponent(d.applicationId)}&agency=${encodeURIComponent(d.agencyId)}` },
        t('case.review')))));
}

function clock(d, codes) {
  const explanation = d.dueOnExplanation;
  // The explanation is re-derived from every fact: while a supplement is awaited the clock stands still and there
  // is no due date, whatever date was in force before the request.
  const stopped = Boolean(explanation && !explanation.dueOn);
  const dueOn = stopped ? null : d.dueOn;
  const clockLabel = explanation && codeLabel(byCode(codes.clockStatuses, explanation.clock));
  if (d.status !== 'OPEN') {
    const late = dueOn && d.closedOn && d.closedOn > dueOn;
    return h('div', {},
      h('p', { class: 'muted' }, dueOn ? `${t('case.dueOn')}：${withWeekday(dueOn)}` : (stopped ? `${t('case.clock')}：${clockLabel}` : '')),
      dueOn && d.closedOn && h('p', {}, h('span', { class: `badge ${late ? 'overdue' : 'closed'}` },
        t(late ? 'case.closedLate' : 'case.closedInTime', { d: d.closedOn }))));
  }
  const left = stopped ? null : d.workingDaysLeft;
  return h('div', {},
    h('p', { class: 'due', 'data-due-on': dueOn || '' }, dueOn ? withWeekday(dueOn) : (clockLabel || '—')),
    left !== null && left !== undefined && h('p', {}, left < 0
      ? h('span', { class: 'badge overdue' }, t('case.overdueBy', { n: -left }))
      : `${t('case.left')}：${left}`),
    explanation && h('p', {}, `${t('case.clock')}：`, clockLabel),
    d.supplementRequestedLate && h('p', {}, h('span', { class: 'badge overdue', id: 'supplement-late' }, t('case.supplementLate'))),
    explanation && h('h3', {}, t('case.explain')),
    explanation && h('ol', { class: 'explain' }, explanation.lines.map((line) =>
      h('li', { 'data-kind': line.kind }, line.on ? `${line.on}　` : '', lang() === 'en' ? line.textEn : line.text))));
}

function history(d, codes) {
  return h('table', { class: 'list', id: 'history' },
    h('thead', {}, h('tr', {}, ['case.seq', 'case.fact', 'case.date', 'case.details', 'case.recordedAt']
      .map((k) => h('th', { scope: 'col' }, t(k))))),
    h('tbody', {}, d.facts.map((fact) => h('tr', {},
      h('td', {}, fact.sequence + 1),
      h('td', {}, t(`fact.${fact.type}`)),
      h('td', {}, businessDate(fact.data)),
      h('td', { class: 'details' }, properties(fact, codes)),
      h('td', { class: 'small' }, timestamp(fact.recordedAt), fact.recordedBy ? ` · ${fact.recordedBy}` : '')))));
}

function businessDate(data) {
  const key = Object.keys(data).find((k) => k.endsWith('On') && !DUE_FIELDS.has(k));
  return key ? data[key] : '';
}

function properties(fact, codes) {
  const skip = new Set(['applicationId', 'agencyId']);
  const parts = [];
  for (const [key, value] of Object.entries(fact.data)) {
    if (skip.has(key) || value === null || value === undefined || (key.endsWith('On') && !DUE_FIELDS.has(key))) {
      continue;
    }
    parts.push(`${PROPERTY_LABELS[key] ? t(PROPERTY_LABELS[key]) : key}：${propertyValue(key, value, codes)}`);
  }
  return parts.join('；');
}

function propertyValue(key, value, codes) {
  const lists = { outcome: codes.outcomes, channel: codes.channels, applicantType: codes.applicantTypes,
    party: codes.consultationParties, scheme: codes.feeSchemes };
  if (key === 'outcome') {
    return outcomeLabel(codes, value);
  }
  return lists[key] ? codeLabel(byCode(lists[key], value)) : String(value);
}

/** "（三）不予公开 1.属于国家秘密": a leaf label names its block too. */
function outcomeLabel(codes, code) {
  const outcome = byCode(codes.outcomes, code);
  if (!outcome) {
    return code;
  }
  const group = byCode(codes.outcomeGroups, outcome.group);
  return outcome.code === group.code || outcome.group === 'DISCLOSED' || outcome.group === 'PARTIALLY_DISCLOSED'
    ? codeLabel(outcome) : `${codeLabel(group)} ${codeLabel(outcome)}`;
}

function openConsultations(d) {
  const open = new Map();
  for (const fact of d.facts) {
    if (fact.type === 'ConsultationStarted') {
      open.set(fact.data.consultationId, fact.data);
    } else if (fact.type === 'ConsultationEnded') {
      open.delete(fact.data.consultationId);
    }
  }
  return [...open.values()];
}

function actions(main, ctx, d, load) {
  const codes = ctx.codes;
  const base = `api/applications/${encodeURIComponent(d.applicationId)}`;
  const has = (type) => d.facts.some((f) => f.type === type);
  const forms = [];
  const add = (titleKey, path, controls, extra = {}) => forms.push(action(main, ctx, d, load, titleKey, path, controls, extra));
  if (d.status === 'OPEN') {
    add('act.decision', `${base}/decision`, [
      field(t('field.outcome'), outcomeSelect('outcome', codes), { inline: true }),
      field(t('field.decidedOn'), dateInput('decidedOn'), { inline: true })], { open: true });
    // A supplement is asked for once (条例 Art. 30); while it is awaited, its receipt is the likely next step.
    const awaiting = has('SupplementRequested') && !has('SupplementReceived');
    if (!has('SupplementRequested')) {
      add('act.supplementRequest', `${base}/supplement-request`, [
        field(t('field.requestedOn'), dateInput('requestedOn'), { inline: true }),
        field(t('field.supplementDueOn'), h('input', { type: 'date', name: 'dueOn' }), { inline: true })]);
    }
    if (awaiting) {
      add('act.supplementReceipt', `${base}/supplement-receipt`, [
        field(t('field.supplementReceivedOn'), dateInput('receivedOn'), { inline: true })], { open: true });
    }
    // branch users (issue 20 item 4): 条例 Art. 33 allows 20 working days of extension in all; once they are used
    // the form is not offered, and it offers no more than what is left
    const extensionLeft = 20 - ((d.dueOnExplanation && d.dueOnExplanation.extensionDaysGranted) || 0);
    if (extensionLeft > 0) {
      add('act.extension', `${base}/extension`, [
        field(t('field.extendedOn'), dateInput('extendedOn'), { inline: true }),
        field(t('field.workingDays'), h('input', { type: 'number', name: 'workingDays', min: 1, max: extensionLeft,
          value: extensionLeft, required: true }), { inline: true }),
        field(t('field.reason'), h('input', { type: 'text', name: 'reason', required: true, size: 30 }), { inline: true })]);
    }
    add('act.consultationStart', `${base}/consultations`, [
      field(t('field.party'), codeSelect('party', codes.consultationParties), { inline: true }),
      field(t('field.startedOn'), dateInput('startedOn'), { inline: true })], { consultationId: true });
    const open = openConsultations(d);
    if (open.length) {
      const which = h('select', { name: 'consultation', required: true }, open.map((c) => h('option',
        { value: c.consultationId }, `${codeLabel(byCode(codes.consultationParties, c.party))} ${c.startedOn}`)));
      add('act.consultationEnd', (body) => `${base}/consultations/${encodeURIComponent(body.consultation)}/end`, [
        field(t('field.consultation'), which, { inline: true }),
        field(t('field.endedOn'), dateInput('endedOn'), { inline: true })]);
    }
    add('act.feeNotice', `${base}/fee-notice`, [
      field(t('field.issuedOn'), dateInput('issuedOn'), { inline: true }),
      field(t('field.amountYuan'), h('input', { type: 'text', name: 'amountYuan', inputmode: 'decimal', required: true, size: 10 }), { inline: true }),
      field(t('field.scheme'), codeSelect('scheme', codes.feeSchemes), { inline: true })]);
    if (has('ProcessingFeeNoticeIssued') && !has('ProcessingFeePaid')) {
      add('act.feePayment', `${base}/fee-payment`, [field(t('field.paidOn'), dateInput('paidOn'), { inline: true })]);
    }
    add('act.withdrawal', `${base}/withdrawal`, [field(t('field.withdrawnOn'), dateInput('withdrawnOn'), { inline: true })]);
  } else {
    add('act.correction', `${base}/decision-correction`, [
      field(t('field.outcome'), outcomeSelect('outcome', codes), { inline: true }),
      field(t('field.decidedOn'), dateInput('decidedOn'), { inline: true }),
      field(t('field.reason'), h('input', { type: 'text', name: 'reason', required: true, size: 30 }), { inline: true })]);
  }
  return h('div', {}, forms);
}

function action(main, ctx, d, load, titleKey, path, controls, { open, consultationId } = {}) {
  const submit = h('button', { type: 'submit', class: 'primary' }, t('act.save'));
  const form = h('form', { class: 'inline', 'data-action': titleKey }, controls, h('div', { class: 'field' }, submit));
  // One id per form instance: a retry of the same start re-sends the same consultation id.
  const cid = consultationId ? uuid() : null;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (submit.disabled) {
      return;
    }
    // branch users (issue 20 item 4): a message belongs to the latest action only, so the last action's outcome
    // (a recorded notice, another form's error) goes as this one starts
    main.querySelectorAll('form').forEach((f) => clearErrors(f));
    main.querySelectorAll('.action-outcome').forEach((n) => n.remove());
    const body = formBody(form);
    const target = typeof path === 'function' ? path(body) : path;
    delete body.consultation;
    if (cid) {
      body.consultationId = cid;
    }
    submit.disabled = true;
    try {
      await send(target, body);
    } catch (problem) {
      submit.disabled = false;
      showProblem(form, problem);
      return;
    }
    const before = d.facts.length;
    main.querySelectorAll('form button').forEach((b) => { b.disabled = true; });
    form.append(notice('ok', t('case.waiting')));
    try {
      const fresh = await until(load, (x) => x.facts.length > before);
      show(main, ctx, fresh, load, notice('ok', t('case.recordedWhat', { what: t(titleKey) })));
    } catch (e) {
      show(main, ctx, d, load, notice('bad', problemText(e)));
    }
  });
  enterSubmits(form);
  return h('details', { class: 'action', open }, h('summary', {}, t(titleKey)), form);
}
