// 导入登记簿: upload an existing register (CSV or .xlsx), check it with a dry run, then record it (ADR 0024).
import { csrfToken, get, Problem, uuid } from '../api.js';
import { lang } from '../i18n.js';
import { h, noAgency, problemText } from '../ui.js';

const TEXT = {
  zh: {
    title: '导入登记簿', intro: '把已有的纸质或 Excel 登记簿导入为本机构的申请记录。先下载模板填写，再“检查”：检查不记录任何内容。'
      + '同一文件重复导入不会重复记录。', agency: '导入到机构：', template: '下载模板：', file: '登记簿文件（CSV 或 .xlsx）',
    check: '检查（不记录）', record: '导入并记录', rows: '行数', accepted: '可导入', recorded: '已记录', rejected: '有误',
    row: '行', column: '列', rule: '规则', message: '说明', checking: '正在检查…', recording: '正在记录…',
    noFile: '请先选择文件', dry: '检查结果（未记录）：', done: '导入完成：', allGood: '没有发现错误。',
    templateXlsx: '模板.xlsx', templateCsv: '模板.csv',
  },
  en: {
    title: 'Import a register', intro: 'Import an existing paper or Excel register as this agency\'s applications. '
      + 'Fill in the template, then Check: a check records nothing. Uploading the same file again records nothing twice.',
    agency: 'Into agency: ', template: 'Template: ', file: 'Register file (CSV or .xlsx)', check: 'Check (records nothing)',
    record: 'Import and record', rows: 'Rows', accepted: 'Importable', recorded: 'Recorded', rejected: 'With errors',
    row: 'Row', column: 'Column', rule: 'Rule', message: 'Message', checking: 'Checking…', recording: 'Recording…',
    noFile: 'Choose a file first', dry: 'Check (nothing recorded): ', done: 'Import finished: ', allGood: 'No errors found.',
    templateXlsx: 'template.xlsx', templateCsv: 'template.csv',
  },
};
const say = (key) => TEXT[lang()][key];

async function upload(agencyId, file, dryRun, progressId) {
  const query = `dryRun=${dryRun}${progressId ? `&progressId=${progressId}` : ''}`;
  let response;
  try {
    response = await fetch(`api/agencies/${encodeURIComponent(agencyId)}/imports?${query}`, {
      method: 'POST',
      headers: { 'Content-Type': file.type || 'application/octet-stream', Accept: 'application/json',
        'X-XSRF-TOKEN': csrfToken() },
      body: file,
    });
  } catch (e) {
    throw new Problem(0, null);
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Problem(response.status, body);
  }
  return body;
}

function summary(answer) {
  const counts = h('p', { class: 'notice ' + (answer.rejected ? 'bad' : 'good'), id: 'import-summary' },
    answer.dryRun ? say('dry') : say('done'),
    `${say('rows')} ${answer.rows} · ${answer.dryRun ? say('accepted') : say('recorded')} ${answer.accepted}`
      + ` · ${say('rejected')} ${answer.rejected}`);
  if (!answer.errors.length) {
    return [counts, h('p', {}, say('allGood'))];
  }
  return [counts, h('table', { class: 'list', id: 'import-errors' },
    h('thead', {}, h('tr', {}, ['row', 'column', 'rule', 'message'].map((k) => h('th', { scope: 'col' }, say(k))))),
    h('tbody', {}, answer.errors.map((e) => h('tr', {},
      h('td', {}, String(e.row)), h('td', {}, e.column || '—'), h('td', {}, e.rule), h('td', {}, e.message)))))];
}

export async function render(main, params, ctx) {
  if (!ctx.agencyId) {
    main.replaceChildren(h('h1', {}, say('title')), noAgency());
    return null;
  }
  const file = h('input', { id: 'import-file', type: 'file', accept: '.csv,.xlsx,text/csv' });
  const progress = h('progress', { id: 'import-progress', max: 1, value: 0, hidden: true });
  const result = h('div', { role: 'status', id: 'import-result' });
  let polling = null;
  const stopPolling = () => { clearInterval(polling); polling = null; };
  const run = async (dryRun) => {
    if (!file.files.length) {
      result.replaceChildren(h('p', { class: 'notice bad' }, say('noFile')));
      return;
    }
    const progressId = dryRun ? null : uuid();
    result.replaceChildren(h('p', {}, dryRun ? say('checking') : say('recording')));
    if (progressId) {
      progress.hidden = false;
      progress.removeAttribute('value'); // indeterminate until the first count arrives
      polling = setInterval(async () => {
        try {
          const p = await get(`api/imports/progress/${progressId}`);
          progress.max = Math.max(1, p.rows);
          progress.value = p.done;
        } catch (e) {
          // not started yet, or progress kept by another instance: the answer still comes
        }
      }, 500);
    }
    try {
      result.replaceChildren(...summary(await upload(ctx.agencyId, file.files[0], dryRun, progressId)));
    } catch (e) {
      result.replaceChildren(h('p', { class: 'notice bad' }, problemText(e)));
    } finally {
      stopPolling();
      progress.hidden = true;
    }
  };
  main.replaceChildren(
    h('h1', {}, say('title')),
    h('p', {}, say('intro')),
    h('p', {}, say('agency'), h('strong', {}, ctx.agencyName(ctx.agencyId))),
    h('p', {}, say('template'), h('a', { href: 'api/imports/template.xlsx', id: 'template-xlsx' }, say('templateXlsx')), ' · ',
      h('a', { href: 'api/imports/template.csv', id: 'template-csv' }, say('templateCsv'))),
    h('p', {}, h('label', { for: 'import-file' }, say('file')), ' ', file),
    h('p', {}, h('button', { type: 'button', id: 'import-check', onclick: () => run(true) }, say('check')), ' ',
      h('button', { type: 'button', id: 'import-record', onclick: () => run(false) }, say('record'))),
    progress, result);
  return stopPolling;
}
