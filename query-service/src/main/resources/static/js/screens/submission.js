// 报送上级: quarterly statistics are submitted to the supervising level and frozen, like a published annual report;
// facts recorded afterwards show as differences, and a correction is a new version with a reason (ADR 0016).
import { t } from '../i18n.js';
import { h, field } from '../ui.js';
import { writeForm } from '../forms.js';
import { changes } from './narrative.js';

/** The submission status and form under a quarter's statistics; `reload()` shows them again. */
export function submissionOf(report, ctx, reload) {
  const agency = encodeURIComponent(report.agencyId);
  const scope = report.scope === 'subtree' ? '?scope=subtree' : '';
  const status = report.publication || {};
  const submitted = status.latestVersion;
  const lastDay = new Date(report.year, report.quarter * 3, 0);
  const ended = new Date() > new Date(lastDay.getFullYear(), lastDay.getMonth(), lastDay.getDate(), 23, 59, 59);
  const submit = writeForm({
    name: 'submission', open: !submitted && ended,
    title: submitted ? t('submission.correct', { v: submitted }) : t('submission.submit'),
    submitLabel: submitted ? t('submission.correctButton') : t('submission.submitButton'),
    controls: [field(t('submission.reason'), h('input', { name: 'reason', type: 'text', size: 50, maxlength: 500, required: Boolean(submitted) }),
      { inline: true, hint: submitted ? t('submission.reasonHint') : t('submission.firstHint') })],
    target: () => `api/agencies/${agency}/statistics/${report.year}/${report.quarter}/submission${scope}`,
    done: (answer) => {
      setTimeout(reload, 1200);
      return t('submission.done', { v: answer && answer.version ? answer.version : '' });
    },
  });
  return h('section', { class: 'noprint', 'aria-labelledby': 'submission-h' },
    h('h2', { id: 'submission-h' }, t('submission.title')),
    submitted ? h('p', { 'data-submitted': submitted }, t('submission.status', { v: submitted, d: [status.publishedOn, status.publishedBy].filter(Boolean).join(' · ') }))
      : h('p', { class: 'muted' }, t('submission.none'), ended ? '' : ` ${t('submission.notEnded')}`),
    submitted && status.changedSincePublication ? changes(status.differences || [], report, ctx, 'submission.changed') : null,
    submit);
}
