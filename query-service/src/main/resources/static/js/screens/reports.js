// 年报: the annual report (or a quarter) rendered as the official tables 二, 三 and 四, with its checks.
import { get } from '../api.js';
import { t } from '../i18n.js';
import { h, notice, noAgency } from '../ui.js';
import { narrativeAndPublication } from './narrative.js';
import { submissionOf } from './submission.js';

const COLUMN_LABELS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];

export async function render(main, params, ctx) {
  if (!ctx.agencyId) {
    main.replaceChildren(h('h1', {}, t('reports.title')), noAgency());
    return;
  }
  const thisYear = new Date().getFullYear();
  const year = Number(params.params.get('year')) || thisYear;
  const quarter = Number(params.params.get('quarter')) || 0;

  const yearInput = h('input', { type: 'number', id: 'rep-year', name: 'year', min: 2019, max: thisYear + 1, value: year, required: true });
  const period = h('select', { id: 'rep-period', name: 'quarter' },
    h('option', { value: '0', selected: quarter === 0 }, t('reports.annual')),
    [1, 2, 3, 4].map((q) => h('option', { value: q, selected: quarter === q }, t('reports.q', { q }))));
  const form = h('form', { class: 'inline noprint' },
    h('div', { class: 'field' }, h('label', { for: 'rep-year' }, t('reports.year')), yearInput),
    h('div', { class: 'field' }, h('label', { for: 'rep-period' }, t('reports.period')), period),
    h('div', { class: 'field' }, h('button', { type: 'submit', class: 'primary' }, t('reports.show'))));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = Number(period.value);
    ctx.navigate(`#/reports?year=${yearInput.value}${q ? `&quarter=${q}` : ''}`);
  });

  const agency = encodeURIComponent(ctx.agencyId);
  const scope = ctx.scope === 'subtree' ? 'scope=subtree' : '';
  const path = quarter
    ? `api/agencies/${agency}/statistics?year=${year}&quarter=${quarter}${scope ? '&' + scope : ''}`
    : `api/agencies/${agency}/reports/${year}${scope ? '?' + scope : ''}`;
  const body = h('div', {});
  const heading = t(quarter ? 'reports.headingQuarter' : 'reports.headingYear', {
    agency: ctx.agencyName(ctx.agencyId), year, q: quarter,
    title: quarter ? t('reports.quarterTitle') : t('reports.title'),
    subtree: ctx.scope === 'subtree' ? t('reports.subtree') : '' });
  main.replaceChildren(h('h1', {}, heading), form, body);

  let report;
  try {
    report = await get(path);
  } catch (e) {
    body.replaceChildren(notice('bad', e.detail || e.message));
    return;
  }
  const q = scope ? `?${scope}` : '';
  // the same three formats for a year or a quarter (the quarter's documents carry the year to date as well)
  const documentPath = quarter ? `api/agencies/${agency}/statistics` : `api/agencies/${agency}/reports/${year}`;
  const query = quarter ? `?year=${year}&quarter=${quarter}${scope ? '&' + scope : ''}` : q;
  body.replaceChildren(
    h('p', { class: 'noprint' }, `${t('reports.downloads')}：`,
      h('a', { href: `${documentPath}${query}`, type: 'text/html' }, t('reports.html')), '　',
      h('a', { href: `${documentPath}.docx${query}`, download: '' }, t('reports.docx')), '　',
      h('a', { href: `${documentPath}.csv${query}`, download: '' }, t('reports.csv'))),
    report.proactive ? tableTwo(report.proactive) : null,
    tableThree(report, Boolean(quarter)),
    tableFour(report.reviews),
    checks(report.checks),
    // the report text, publication and submission are a supervisor's (CommandScope); a clerk reads the tables
    !ctx.may(['ADMIN', 'SUPERVISOR']) ? null
      : (quarter ? submissionOf(report, ctx, () => render(main, params, ctx))
        : (scope ? null : narrativeAndPublication(report, ctx, () => render(main, params, ctx)))));
}

/** Table 二 as printed; also shown under the proactive-disclosure forms. */
export function tableTwo(p, { heading = true } = {}) {
  const num = (v, code) => h('td', { class: 'num', 'data-cell': code }, v ?? 0);
  const docRow = (label, d, code) => h('tr', {}, h('td', { class: 'lbl' }, label),
    num(d.issued, `${code}.issued`), num(d.repealed, `${code}.repealed`), num(d.inForce, `${code}.inForce`));
  const single = (label, v, code) => h('tr', {}, h('td', { class: 'lbl' }, label), h('td', { class: 'num', colspan: 3, 'data-cell': code }, v ?? 0));
  return h('section', { 'aria-labelledby': 't2' },
    heading ? h('h2', { id: 't2' }, t('reports.t2')) : null,
    h('table', { class: 'official', id: 'table-two' },
      h('tr', {}, h('th', { colspan: 4 }, '第二十条第（一）项')),
      h('tr', {}, h('th', {}, '信息内容'), h('th', {}, '本年制发件数'), h('th', {}, '本年废止件数'), h('th', {}, '现行有效件数')),
      docRow('规章', p.RULE, 'RULE'),
      docRow('行政规范性文件', p.NORMATIVE_DOCUMENT, 'NORMATIVE_DOCUMENT'),
      h('tr', {}, h('th', { colspan: 4 }, '第二十条第（五）项')),
      h('tr', {}, h('th', {}, '信息内容'), h('th', { colspan: 3 }, '本年处理决定数量')),
      single('行政许可', p.LICENSING, 'LICENSING'),
      h('tr', {}, h('th', { colspan: 4 }, '第二十条第（六）项')),
      h('tr', {}, h('th', {}, '信息内容'), h('th', { colspan: 3 }, '本年处理决定数量')),
      single('行政处罚', p.PENALTY, 'PENALTY'),
      single('行政强制', p.ENFORCEMENT, 'ENFORCEMENT'),
      h('tr', {}, h('th', { colspan: 4 }, '第二十条第（八）项')),
      h('tr', {}, h('th', {}, '信息内容'), h('th', { colspan: 3 }, '本年收费金额（单位：万元）')),
      single('行政事业性收费', p.administrativeFeesTenThousandYuan, 'FEES')));
}

// Blocks of 三、本年度办理结果 as printed: （一） and （二） are single rows, （三）–（六） have leaf rows under a group cell.
const BLOCKS = [
  { label: null, codes: ['DISCLOSED'] },
  { label: null, codes: ['PARTIALLY_DISCLOSED'] },
  { label: '（三）不予公开', prefix: 'WITHHELD_' },
  { label: '（四）无法提供', prefix: 'UNAVAILABLE_' },
  { label: '（五）不予处理', prefix: 'NOT_PROCESSED_' },
  { label: '（六）其他处理', codes: ['OTHER_NO_SUPPLEMENT', 'OTHER_FEE_UNPAID', 'OTHER'] },
];

function tableThree(report, quarterly) {
  const rows = new Map(report.applications.rows.map((r) => [r.code, r]));
  const columns = report.applications.columns;
  const cells = (row) => row.counts.map((c, i) => h('td', { class: 'num', 'data-row': row.code, 'data-col': columns[i] }, c));
  const legacy = report.format === '2019';
  const outcomeRows = [];
  for (const block of BLOCKS) {
    const codes = block.codes || report.applications.rows.map((r) => r.code).filter((c) => c.startsWith(block.prefix));
    if (!block.label) {
      const row = rows.get(codes[0]);
      outcomeRows.push([h('td', { class: 'lbl', colspan: 2 }, row.label), ...cells(row)]);
    } else if (legacy && block.prefix === undefined && codes.includes('OTHER')) {
      // The 2019 trial format has （六）其他处理 as one row: the three 2021 leaves summed.
      const summed = { code: 'OTHER_HANDLING', counts: columns.map((_, i) => codes.reduce((s, c) => s + rows.get(c).counts[i], 0)) };
      outcomeRows.push([h('td', { class: 'lbl', colspan: 2 }, block.label), ...cells(summed)]);
    } else {
      codes.forEach((code, i) => {
        const row = rows.get(code);
        outcomeRows.push([i === 0 ? h('td', { class: 'grp', rowspan: codes.length }, block.label) : null,
          h('td', { class: 'lbl' }, row.label), ...cells(row)]);
      });
    }
  }
  const handled = rows.get('TOTAL_HANDLED');
  outcomeRows.push([h('td', { class: 'lbl', colspan: 2 }, handled.label), ...cells(handled)]);
  const received = rows.get('RECEIVED');
  const carried = rows.get('CARRIED_OVER');
  const forward = rows.get('CARRIED_FORWARD');
  const resultLabel = quarterly ? '三、本季度办理结果' : '三、本年度办理结果';
  return h('section', { 'aria-labelledby': 't3' },
    h('h2', { id: 't3' }, t('reports.t3')),
    h('table', { class: 'official', id: 'table-three' },
      h('thead', {},
        h('tr', {}, h('th', { colspan: 3, rowspan: 3 }, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'),
          h('th', { colspan: 7 }, '申请人情况')),
        h('tr', {}, h('th', { rowspan: 2, scope: 'col' }, COLUMN_LABELS[0]), h('th', { colspan: 5 }, '法人或其他组织'),
          h('th', { rowspan: 2, scope: 'col' }, COLUMN_LABELS[6])),
        h('tr', {}, COLUMN_LABELS.slice(1, 6).map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {},
        h('tr', {}, h('td', { class: 'lbl', colspan: 3 }, received.label), ...cells(received)),
        h('tr', {}, h('td', { class: 'lbl', colspan: 3 }, carried.label), ...cells(carried)),
        outcomeRows.map((cellsOfRow, i) => h('tr', {},
          i === 0 ? h('td', { class: 'grp', rowspan: outcomeRows.length }, resultLabel) : null, ...cellsOfRow)),
        h('tr', {}, h('td', { class: 'lbl', colspan: 3 }, forward.label), ...cells(forward)))));
}

const REVIEW_CELLS = [['UPHELD', '结果维持'], ['CORRECTED', '结果纠正'], ['OTHER', '其他结果'], ['PENDING', '尚未审结'], ['TOTAL', '总计']];
const REVIEW_GROUPS = ['RECONSIDERATION', 'LITIGATION_DIRECT', 'LITIGATION_AFTER_RECONSIDERATION'];

function tableFour(reviews) {
  const heads = () => REVIEW_CELLS.map(([, label]) => h('th', { scope: 'col' }, label));
  return h('section', { 'aria-labelledby': 't4' },
    h('h2', { id: 't4' }, t('reports.t4')),
    h('table', { class: 'official', id: 'table-four' },
      h('thead', {},
        h('tr', {}, h('th', { colspan: 5 }, '行政复议'), h('th', { colspan: 10 }, '行政诉讼')),
        h('tr', {}, REVIEW_CELLS.map(([, label]) => h('th', { rowspan: 2, scope: 'col' }, label)),
          h('th', { colspan: 5 }, '未经复议直接起诉'), h('th', { colspan: 5 }, '复议后起诉')),
        h('tr', {}, heads(), heads())),
      h('tbody', {}, h('tr', {}, REVIEW_GROUPS.flatMap((g) => REVIEW_CELLS.map(([cell]) =>
        h('td', { class: 'num', 'data-group': g, 'data-cell': cell }, (reviews[g] || {})[cell] ?? 0)))))));
}

function checks(list) {
  if (!list || !list.length) {
    return null;
  }
  return h('section', { 'aria-labelledby': 'checks-h' },
    h('h2', { id: 'checks-h' }, t('reports.checks')),
    h('ul', { class: 'checks' }, list.map((c) => h('li', { class: c.passed ? 'pass' : 'fail', 'data-check': c.code },
      `[${c.severity === 'ERROR' ? t('reports.error') : t('reports.warning')}] ${c.message}`))));
}
