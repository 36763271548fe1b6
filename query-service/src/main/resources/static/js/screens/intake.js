// 登记: log an application in seconds. The client picks the application id, so a retry or a double click
// re-sends the same create, which the command side answers like the first time.
import { send, uuid } from '../api.js';
import { t, codeLabel } from '../i18n.js';
import { h, field, dateInput, codeSelect, clearErrors, showProblem, formBody, enterSubmits, notice, withWeekday,
  treeOrder, byCode, noAgency, today } from '../ui.js';
import { repeatHint } from './letters.js';

const SESSION_KEY = 'gongkai.intake.session';

function sessionLog() {
  try {
    return JSON.parse(sessionStorage.getItem(SESSION_KEY)) || [];
  } catch (e) {
    return [];
  }
}

/**
 * A receipt date worth a second look before it is recorded (issue 20): before 2019-05-15, when the 2019 条例 took
 * effect and whose counting this system applies, or more than a year back (a typing slip in the year, usually).
 */
function unusualReceipt(receivedOn) {
  if (!receivedOn) {
    return null;
  }
  if (receivedOn < '2019-05-15') {
    return 'intake.beforeRegulation';
  }
  const now = today();
  const yearAgo = `${Number(now.slice(0, 4)) - 1}${now.slice(4)}`;
  return receivedOn < yearAgo ? 'intake.longAgo' : null;
}

/** What makes two submissions look like the same application. */
function sameness(body) {
  return JSON.stringify([body.agencyId, body.receivedOn, body.channel, body.applicantType, body.subject || '']);
}

export function render(main, params, ctx) {
  if (!ctx.agencies.length) {
    main.replaceChildren(h('h1', {}, t('intake.title')), noAgency());
    return;
  }
  const agency = h('select', { name: 'agencyId', required: true },
    treeOrder(ctx.agencies).filter((a) => !a.closedOn).map((a) => h('option',
      { value: a.agencyId, selected: a.agencyId === ctx.agencyId }, a.name)));
  const receivedOn = dateInput('receivedOn');
  const channel = codeSelect('channel', ctx.codes.channels);
  const applicantType = codeSelect('applicantType', ctx.codes.applicantTypes);
  const subject = h('input', { name: 'subject', type: 'text', maxlength: 500, autocomplete: 'off' });
  // branch letters: the optional applicant key is replaced by a pseudonym on the command side (ADR 0029)
  const applicantKey = h('input', { name: 'applicantKey', type: 'password', maxlength: 40, autocomplete: 'off' });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('intake.submit'));
  const result = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'grid', novalidate: false },
    field(t('field.agency'), agency),
    field(t('field.receivedOn'), receivedOn, { hint: t('hint.receivedOn') }),
    field(t('field.channel'), channel),
    field(t('field.applicantType'), applicantType, { hint: t('hint.applicantType') }),
    field(t('field.subject'), subject, { hint: t('hint.subject') }),
    field(t('letters.applicantKey'), applicantKey, { hint: t('letters.applicantKeyHint') }),
    h('div', { class: 'actions' }, submit));
  const logged = h('tbody');
  const list = h('table', { class: 'list' },
    h('caption', {}, t('intake.session')),
    h('thead', {}, h('tr', {}, h('th', {}, t('field.receivedOn')), h('th', {}, t('field.agency')),
      h('th', {}, t('field.applicantType')), h('th', {}, t('case.dueOn')), h('th', {}, t('case.id')))),
    logged);

  // The id belongs to one body: re-sending that body (retry, double click) re-uses it; a changed body gets a new one.
  let pending = null;
  let warnedFor = null;
  let dateWarnedFor = null;

  const showLog = () => {
    logged.replaceChildren(...sessionLog().slice().reverse().map((entry) => h('tr', {},
      h('td', {}, entry.receivedOn), h('td', {}, ctx.agencyName(entry.agencyId)),
      h('td', {}, codeLabel(byCode(ctx.codes.applicantTypes, entry.applicantType))),
      h('td', {}, withWeekday(entry.dueOn)),
      h('td', {}, h('a', { href: `#/applications/${encodeURIComponent(entry.applicationId)}` }, entry.applicationId)))));
    list.hidden = sessionLog().length === 0;
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (submit.disabled) {
      return;
    }
    clearErrors(form);
    const body = formBody(form);
    const key = sameness(body);
    const earlier = sessionLog().some((e) => e.key === key);
    if (earlier && warnedFor !== key && (!pending || pending.key !== key)) {
      warnedFor = key;
      result.replaceChildren(notice('warn', t('intake.duplicate')));
      submit.focus();
      return;
    }
    const unusual = unusualReceipt(body.receivedOn);
    if (unusual && dateWarnedFor !== key) {
      dateWarnedFor = key; // said once; pressing again records it as entered
      result.replaceChildren(notice('warn', t(unusual, { d: body.receivedOn })));
      submit.focus();
      return;
    }
    if (!pending || pending.key !== key) {
      pending = { key, id: uuid() };
    }
    body.applicationId = pending.id;
    submit.disabled = true;
    submit.textContent = t('intake.saving');
    try {
      const answer = await send('api/applications', body);
      // the applicant key is never kept in the browser's session log
      const { applicantKey: dropped, ...logged } = body;
      const entry = { ...logged, key, dueOn: answer.dueOn, applicationId: answer.applicationId };
      sessionStorage.setItem(SESSION_KEY, JSON.stringify([...sessionLog(), entry]));
      pending = null;
      warnedFor = null;
      result.replaceChildren(notice('ok',
        h('span', {}, t('intake.done')), h('span', { class: 'due', 'data-due-on': answer.dueOn }, withWeekday(answer.dueOn)),
        ' ', h('a', { href: `#/applications/${encodeURIComponent(answer.applicationId)}` }, t('intake.open'))));
      subject.value = '';
      const keyed = Boolean(applicantKey.value.trim());
      applicantKey.value = '';
      showLog();
      if (keyed) {
        repeatHint(answer.applicationId).then((hint) => hint && result.append(hint), () => {});
      }
      channel.focus();
    } catch (problem) {
      result.replaceChildren();
      showProblem(form, problem);
    } finally {
      submit.disabled = false;
      submit.textContent = t('intake.submit');
    }
  });
  enterSubmits(form);
  // a message answers the last action only: the next edit of the form clears it (issue 20)
  form.addEventListener('input', () => result.replaceChildren());

  main.replaceChildren(h('h1', {}, t('intake.title')), h('div', { class: 'panel' }, form, result), list);
  showLog();
  channel.focus();
}
