// 年报核查: a report produced elsewhere (an XLSX in the national layout, Gongkai's CSV export or the report JSON) checked against the hard identities
// of the national format, cell by cell, with the printed row and column names. Nothing is stored.
import { upload, Problem } from '../api.js';
import { t } from '../i18n.js';
import { h, notice, problemText } from '../ui.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function render(main) {
  const file = h('input', { type: 'file', id: 'rc-file', name: 'file', accept: '.xlsx,.csv,.json,text/csv,application/json,' + XLSX, required: true });
  const result = h('div', { id: 'rc-result', 'aria-live': 'polite' });
  const form = h('form', { class: 'inline', id: 'rc-form', onsubmit: async (e) => {
    e.preventDefault();
    const chosen = file.files[0];
    if (!chosen) {
      return;
    }
    const name = chosen.name.toLowerCase();
    const type = name.endsWith('.csv') ? 'text/csv' : name.endsWith('.xlsx') ? XLSX : 'application/json';
    result.replaceChildren(h('p', { class: 'loading' }, t('loading')));
    try {
      show(result, await upload('api/report-checks', chosen, type));
    } catch (problem) {
      result.replaceChildren(notice('bad', problem instanceof Problem ? problemText(problem) : String(problem)));
    }
  } },
  h('div', { class: 'field' }, h('label', { for: 'rc-file' }, t('rc.file')), file),
  h('button', { type: 'submit' }, t('rc.check')));
  main.replaceChildren(h('h1', {}, t('rc.title')), h('p', { class: 'muted small' }, t('rc.hint')), form, result);
  return null;
}

function show(result, answer) {
  const failed = answer.checks.filter((c) => !c.passed);
  result.replaceChildren(
    notice(failed.length ? 'bad' : 'ok', failed.length ? t('rc.failed', { n: answer.findings.length }) : t('rc.passed')),
    h('ul', { class: 'checks' }, answer.checks.map((c) => h('li', { class: c.passed ? 'pass' : 'fail', 'data-check': c.code },
      `${c.passed ? '✓' : '✗'} ${c.rule}${c.passed ? '' : `（${c.cellsBroken}）`}`))),
    answer.findings.length ? h('table', { class: 'list', id: 'rc-findings' },
      h('thead', {}, h('tr', {}, ['rc.table', 'rc.row', 'rc.column', 'rc.printed', 'rc.expected', 'rc.message']
        .map((k) => h('th', { scope: 'col' }, t(k))))),
      h('tbody', {}, answer.findings.map((f) => h('tr', { 'data-check': f.check },
        h('td', {}, f.table), h('td', {}, f.row), h('td', {}, f.column),
        h('td', { class: 'num' }, f.printed ?? '—'), h('td', { class: 'num' }, f.expected ?? ''),
        h('td', {}, f.message))))) : '',
    h('p', { class: 'muted small' }, `${t('rc.notApplicable')}：${answer.notApplicable.join('；')}`));
}
