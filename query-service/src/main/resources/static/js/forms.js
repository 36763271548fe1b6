// One write form as a collapsible block: sends its body, shows the server's problem next to the field it names,
// and re-uses the client-supplied id while the body is unchanged (a retry or double click is the same create).
import { send, uuid } from './api.js';
import { t } from './i18n.js';
import { h, clearErrors, showProblem, formBody, enterSubmits, notice } from './ui.js';

/**
 * writeForm({title, controls, target(body) -> path, method?, idField?, shape?(body, id) -> body, done(answer, body),
 *            open?, submitLabel?, name?})
 * `done` runs after a 2xx and may return a message (text or node) to show under the form.
 */
export function writeForm({ title, controls, target, method = 'POST', idField, shape, done, open = false,
  submitLabel, name }) {
  const submit = h('button', { type: 'submit', class: 'primary' }, submitLabel || t('act.save'));
  const result = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'inline', 'data-form': name || null }, controls, h('div', { class: 'field' }, submit));
  let pending = null;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (submit.disabled) {
      return;
    }
    clearErrors(form);
    result.replaceChildren();
    const raw = formBody(form);
    const key = JSON.stringify(raw);
    if (!pending || pending.key !== key) {
      pending = { key, id: uuid() };
    }
    let body = shape ? shape(raw, pending.id) : raw;
    if (idField) {
      body = { ...body, [idField]: pending.id };
    }
    submit.disabled = true;
    try {
      const answer = await send(target(raw), body, method);
      pending = null;
      const message = done ? await done(answer, raw, form) : null;
      result.replaceChildren(notice('ok', message || t('case.recorded')));
    } catch (problem) {
      showProblem(form, problem);
    } finally {
      submit.disabled = false;
    }
  });
  enterSubmits(form);
  return h('details', { class: 'action', open, 'data-action': name || null }, h('summary', {}, title), form, result);
}

/** The first day of the quarter that contains an ISO date. */
export function quarterStart(iso) {
  const [y, m] = iso.split('-').map(Number);
  return `${y}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
}
