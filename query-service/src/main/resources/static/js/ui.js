// Small DOM helpers: no framework, every element built with h().
import { Problem } from './api.js';
import { t, has, codeLabel, lang } from './i18n.js';

/** h('tag', {attr: value, onclick: fn}, ...children); null/false children are skipped. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      el.className = value;
    } else if (name === 'text') {
      el.textContent = value;
    } else if (value === true) {
      el.setAttribute(name, '');
    } else {
      el.setAttribute(name, value);
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

const COUNT_FORMATS = {
  zh: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }),
};

/**
 * A count as the reader's language writes it, grouped by thousands (12,345): the one place numbers are formatted
 * for display, so every screen groups alike. Anything not a number (a blank, a dash) is shown as it is.
 */
export function formatCount(value) {
  if (value === null || value === undefined || value === '' || Number.isNaN(Number(value))) {
    return value ?? '';
  }
  return COUNT_FORMATS[lang()].format(Number(value));
}

/** Today's date in the browser's zone as YYYY-MM-DD (the registry counter's calendar day). */
export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const WEEKDAYS_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** 2024-10-30 → "2024-10-30（周三）" ("2024-10-30 (Wed)" in English). */
export function withWeekday(iso) {
  if (!iso) {
    return '';
  }
  const [y, m, d] = iso.split('-').map(Number);
  const day = new Date(y, m - 1, d).getDay();
  return t('date.withWeekday', { d: iso, w: (lang() === 'en' ? WEEKDAYS_EN : WEEKDAYS_ZH)[day] });
}

export function timestamp(iso) {
  if (!iso) {
    return '';
  }
  const d = new Date(iso);
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

let ids = 0;

/**
 * A labelled control with a place for its error, for a form.grid (label | control | hint/error) or a
 * form.inline (stacked). The control's name is the JSON property the server names in a problem's "field".
 */
export function field(label, control, { hint, inline } = {}) {
  const id = control.id || `f${++ids}`;
  control.id = id;
  const error = h('div', { class: 'field-error', id: `${id}-error`, role: 'alert', 'aria-live': 'polite' });
  const described = [error.id];
  const hintEl = hint ? h('div', { class: 'hint', id: `${id}-hint` }, hint) : null;
  if (hintEl) {
    described.push(hintEl.id);
  }
  control.setAttribute('aria-describedby', described.join(' '));
  const labelEl = h('label', { for: id }, label);
  if (inline) {
    return h('div', { class: 'field' }, labelEl, control, hintEl, error);
  }
  return [labelEl, control, h('div', {}, hintEl, error)];
}

export function input(name, attrs = {}) {
  return h('input', { name, ...attrs });
}

export function dateInput(name, { value = today(), required = true } = {}) {
  return h('input', { type: 'date', name, value, required, max: today() });
}

/** A select of codes from GET /api/codes, labelled officially (or in English). */
export function codeSelect(name, entries, { required = true, chosen, placeholder = true } = {}) {
  const select = h('select', { name, required });
  if (placeholder) {
    select.append(h('option', { value: '' }, t('choose')));
  }
  for (const entry of entries) {
    select.append(h('option', { value: entry.code, selected: entry.code === chosen }, codeLabel(entry)));
  }
  return select;
}

/** The 21 outcomes grouped as the blocks of table 三, with the official row labels. */
export function outcomeSelect(name, codes) {
  const select = h('select', { name, required: true }, h('option', { value: '' }, t('choose')));
  for (const group of codes.outcomeGroups) {
    const members = codes.outcomes.filter((o) => o.group === group.code);
    if (members.length === 1 && members[0].code === group.code) {
      select.append(h('option', { value: members[0].code }, codeLabel(members[0])));
    } else {
      select.append(h('optgroup', { label: codeLabel(group) },
        members.map((o) => h('option', { value: o.code }, codeLabel(o)))));
    }
  }
  return select;
}

export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach((e) => { e.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  const box = form.querySelector('.form-error');
  if (box) {
    box.textContent = '';
    box.hidden = true;
  }
}

/** Shows a server problem next to the field it names (the server's words, Chinese first), else above the buttons. */
export function showProblem(form, problem) {
  const message = problemText(problem);
  const name = problem instanceof Problem && problem.field ? problem.field.split('.')[0] : null;
  const control = name ? form.querySelector(`[name="${CSS.escape(name)}"]`) : null;
  if (control) {
    control.setAttribute('aria-invalid', 'true');
    document.getElementById(`${control.id}-error`).textContent = message;
    control.focus();
    return;
  }
  let box = form.querySelector('.form-error');
  if (!box) {
    box = h('div', { class: 'notice bad form-error', role: 'alert' });
    form.append(box);
  }
  box.hidden = false;
  box.textContent = message;
}

export function problemText(problem) {
  if (problem instanceof Problem) {
    if (problem.status === 0) {
      return t('error.network');
    }
    if (problem.messageKey && has(problem.messageKey)) {
      return t(problem.messageKey, problem.messageArgs);
    }
    if (problem.detail) {
      return inLanguage(problem.detail);
    }
    if (problem.status === 404) {
      return t('error.notFound');
    }
    return t('error.generic') + (problem.title || `HTTP ${problem.status}`);
  }
  return t('error.generic') + String(problem && problem.message ? problem.message : problem);
}

/**
 * The command side words a refusal "中文：English" (日期不能早于收到申请日期：decidedOn … is before …); a clerk reads
 * the part in the chosen language. Anything else is shown whole.
 */
function inLanguage(detail) {
  const cut = detail.indexOf('：');
  if (cut <= 0 || !/[\u4e00-\u9fff]/.test(detail.slice(0, cut)) || cut === detail.length - 1) {
    return detail;
  }
  return lang() === 'en' ? detail.slice(cut + 1).trim() : detail.slice(0, cut);
}

/** The form's named controls as a JSON body; empty optional values are left out. */
export function formBody(form) {
  const body = {};
  for (const el of form.elements) {
    if (!el.name || el.disabled) {
      continue;
    }
    const value = el.type === 'number' ? (el.value === '' ? '' : Number(el.value)) : el.value.trim();
    if (value !== '') {
      body[el.name] = value;
    }
  }
  return body;
}

/** Enter submits from any control but a textarea (browsers do not submit from a select on Enter). */
export function enterSubmits(form) {
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.isComposing && event.target.tagName === 'SELECT') {
      event.preventDefault();
      form.requestSubmit();
    }
  });
}

/** The empty state of a new system: nothing can be counted before an agency exists, so say where to add one. */
export function noAgency() {
  return notice('warn', t('error.noAgency'), ' ', h('a', { href: '#/agencies' }, t('error.addAgency')));
}

export function notice(kind, ...children) {
  return h('div', { class: `notice ${kind}`, role: kind === 'bad' ? 'alert' : 'status' }, ...children);
}

export function byCode(entries, code) {
  return entries.find((e) => e.code === code);
}

/** Agencies parents first, children under them, by name. */
export function treeOrder(list) {
  const known = new Set(list.map((a) => a.agencyId));
  const children = new Map();
  for (const a of list) {
    const parent = known.has(a.parentAgencyId) ? a.parentAgencyId : null;
    if (!children.has(parent)) {
      children.set(parent, []);
    }
    children.get(parent).push(a);
  }
  const out = [];
  const walk = (parent) => {
    for (const a of (children.get(parent) || []).sort((x, y) => x.name.localeCompare(y.name, 'zh'))) {
      out.push(a);
      walk(a.agencyId);
    }
  };
  walk(null);
  return out;
}
