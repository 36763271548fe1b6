// 报告正文: sections 一, 五 and 六 of the annual report are written by staff; each save is a new version. Then the
// report can be published (frozen) or, once published, amended with a reason.
import { t, codeLabel } from '../i18n.js';
import { h, field } from '../ui.js';
import { writeForm } from '../forms.js';

/** The narrative forms and the publication form under an annual report; `reload()` shows the report again. */
export function narrativeAndPublication(report, ctx, reload) {
  const agency = encodeURIComponent(report.agencyId);
  const base = `api/agencies/${agency}/reports/${report.year}`;
  const written = report.narrative || {};
  const sections = (ctx.codes.narrativeSections || []).map((section) => {
    const text = h('textarea', { name: 'text', rows: 6, cols: 90, 'data-section': section.code }, written[section.code] || '');
    // Ctrl+Enter saves from the text area, where Enter is a new line.
    text.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        text.form.requestSubmit();
      }
    });
    const hint = section.code === 'OTHER_MATTERS' ? feeHint(report) : t('narrative.hint');
    return writeForm({
      name: `narrative-${section.code}`, title: codeLabel(section), method: 'PUT', open: !written[section.code],
      submitLabel: t('narrative.save'),
      controls: [field(t('narrative.text'), text, { inline: true, hint })],
      target: () => `${base}/narrative/${section.code}`,
      done: (answer) => t('narrative.saved', { v: answer && answer.version ? answer.version : '' }),
    });
  });
  const published = report.publication && report.publication.latestVersion;
  const publish = writeForm({
    name: 'publication', open: !published, title: published ? t('publication.amend', { v: published }) : t('publication.publish'),
    submitLabel: published ? t('publication.amendSubmit') : t('publication.publishSubmit'),
    controls: [field(t('publication.reason'), h('input', { name: 'reason', type: 'text', size: 50, maxlength: 500, required: Boolean(published) }),
      { inline: true, hint: published ? t('publication.reasonHint') : t('publication.firstHint') })],
    target: () => `${base}/publication`,
    done: (answer) => {
      setTimeout(reload, 1200);
      return t('publication.done', { v: answer && answer.version ? answer.version : '' });
    },
  });
  return h('section', { class: 'noprint', 'aria-labelledby': 'narrative-h' },
    h('h2', { id: 'narrative-h' }, t('narrative.title')), sections,
    h('h2', {}, t('publication.title')),
    published ? h('p', {}, t('publication.status', { v: published, d: [report.publication.publishedOn, report.publication.publishedBy].filter(Boolean).join(' · ') })) : h('p', { class: 'muted' }, t('publication.none')),
    published && report.publication.changedSincePublication ? changes(report.publication.differences || [], report, ctx) : null,
    publish);
}

function feeHint(report) {
  const fees = report.processingFees;
  if (!fees) {
    return t('narrative.feeHintNone');
  }
  return t('narrative.feeHint', { n: fees.applicationsCharged, y: fees.totalYuan });
}

/** Facts recorded after publication change the live tables; the published version stays as it was. */
export function changes(differences, report, ctx, intro = 'publication.changed') {
  // Row and column names as printed: table 三's row labels, applicant categories, review cells; codes otherwise.
  const rows = new Map(((report.applications && report.applications.rows) || []).map((r) => [r.code, r.label]));
  const columns = new Map([...ctx.codes.applicantTypes, ...(ctx.codes.reviewCells || []), ...(ctx.codes.reviewGroups || [])]
    .map((c) => [c.code, codeLabel(c)]));
  columns.set('TOTAL', t('publication.total'));
  const name = (code, names) => (code ? names.get(code) || code : '');
  return h('div', { class: 'notice warn', role: 'status' }, t(intro, { n: differences.length }),
    h('ul', {}, differences.slice(0, 20).map((d) => h('li', {},
      `${t('narrative.tableNo', { n: d.table })}　${name(d.row, rows.size ? new Map([...rows, ...columns]) : columns)}${d.column ? ` · ${name(d.column, columns)}` : ''}：`
      + `${d.published ?? '—'} → ${d.live ?? '—'}`))));
}
