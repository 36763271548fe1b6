// Chinese by default, English on request; the choice is remembered in this browser.
// Official labels of codes come from GET /api/codes in Chinese; English names are for orientation only.

const KEY = 'gongkai.lang';

const zh = {
  demoBanner: "演示数据：本系统中的数字由程序生成（托里县示例），不是任何机关的真实统计。",
  'app.title': '政府信息公开统计',
  'nav.intake': '登记', 'nav.worklist': '待办', 'nav.dashboard': '统计', 'nav.reports': '年报',
  'nav.reviews': '复议诉讼', 'nav.agencies': '机构',
  'ctx.agency': '机构', 'ctx.subtree': '含下级机构', 'lang.switch': 'English', 'skip': '跳到正文',
  'loading': '正在加载…', 'none': '无', 'yes': '是', 'no': '否',
  'error.network': '无法连接服务器，请检查网络后重试。本次请求未被记录。',
  'error.generic': '操作未完成：', 'error.noAgency': '尚未登记任何机构。请先在“机构”页面添加机构。',
  'error.notFound': '未找到该记录。',
  'footer': '依据《中华人民共和国政府信息公开条例》及国办公开办函〔2021〕30号年度报告格式统计',
  'field.agency': '受理机构', 'field.receivedOn': '收到申请日期', 'field.channel': '申请渠道',
  'field.applicantType': '申请人类别', 'field.subject': '申请内容摘要（可选）',
  'hint.subject': '只写所申请信息的内容，切勿填写申请人姓名、身份证号码或联系电话。',
  'hint.receivedOn': '当面提交为提交之日；邮寄为签收之日；平常信函为与申请人确认之日；网络、传真、电子邮件为双方确认之日。',
  'intake.title': '登记政府信息公开申请', 'intake.submit': '登记（Enter）',
  'intake.done': '已登记。答复期限：', 'intake.open': '办理此申请',
  'intake.duplicate': '本次会话中已登记过机构、日期、渠道、申请人类别和摘要都相同的申请。如确为另一件申请，请再按一次“登记”。',
  'intake.session': '本次登记', 'intake.saving': '正在登记…',
  'case.title': '申请办理', 'case.id': '申请编号', 'case.status': '状态', 'case.OPEN': '办理中', 'case.CLOSED': '已办结',
  'case.outcome': '办理结果', 'case.closedOn': '办结日期', 'case.dueOn': '答复期限', 'case.left': '剩余工作日',
  'case.overdueBy': '已逾期 {n} 个工作日', 'case.clock': '计时状态', 'case.explain': '期限计算说明',
  'case.facts': '办理记录', 'case.seq': '序号', 'case.fact': '事项', 'case.date': '业务日期', 'case.details': '内容',
  'case.recordedAt': '记录时间 · 记录人', 'case.actions': '下一步办理', 'case.waiting': '已记录，正在刷新…',
  'case.recorded': '已记录。', 'case.review': '登记行政复议或行政诉讼', 'case.notYet': '该申请尚未同步到查询库，请稍候刷新。',
  'act.decision': '作出答复决定', 'act.correction': '更正答复决定', 'act.withdrawal': '申请人撤回申请',
  'act.supplementRequest': '告知补正', 'act.supplementReceipt': '收到补正材料', 'act.extension': '延长答复期限',
  'act.consultationStart': '开始征求意见', 'act.consultationEnd': '征求意见结束', 'act.feeNotice': '发出收费通知',
  'act.feePayment': '申请人缴费', 'act.save': '记录',
  'field.outcome': '办理结果', 'field.decidedOn': '决定日期', 'field.reason': '理由', 'field.withdrawnOn': '撤回日期',
  'field.requestedOn': '告知补正日期', 'field.supplementDueOn': '补正期限（可选）', 'field.supplementReceivedOn': '收到补正日期',
  'field.extendedOn': '延期决定日期', 'field.workingDays': '延长工作日数', 'field.party': '征求意见对象',
  'field.startedOn': '开始日期', 'field.consultation': '征求意见事项', 'field.endedOn': '结束日期',
  'field.issuedOn': '通知日期', 'field.amountYuan': '金额（元）', 'field.scheme': '计收方式', 'field.paidOn': '缴费日期',
  'fact.ApplicationReceived': '收到申请', 'fact.DecisionRecorded': '作出答复决定', 'fact.DecisionCorrected': '更正答复决定',
  'fact.ApplicationWithdrawn': '申请人撤回', 'fact.SupplementRequested': '告知补正', 'fact.SupplementReceived': '收到补正',
  'fact.ExtensionGranted': '延长答复期限', 'fact.ConsultationStarted': '开始征求意见', 'fact.ConsultationEnded': '征求意见结束',
  'fact.ProcessingFeeNoticeIssued': '发出收费通知', 'fact.ProcessingFeePaid': '申请人缴费',
  'worklist.title': '待办申请（按答复期限排序）', 'worklist.empty': '没有办理中的申请。', 'worklist.overdue': '已逾期',
  'worklist.soon': '即将到期', 'worklist.count': '共 {n} 件办理中，其中 {o} 件已逾期。',
  'dash.title': '统计概览', 'dash.quarter': '{y}年第{q}季度', 'dash.ytd': '{y}年累计（截至本季度）',
  'dash.received': '新收申请', 'dash.closed': '办结', 'dash.open': '办理中', 'dash.overdue': '已逾期',
  'dash.dueWeek': '本周到期', 'dash.byMonth': '{y}年各月新收申请', 'dash.outcomes': '{y}年办理结果（按类别）',
  'dash.live': '实时更新', 'dash.liveOff': '实时更新未连接', 'dash.updated': '更新于 {t}', 'dash.asOf': '统计日期 {d}',
  'dash.month': '{m}月', 'dash.count': '件数',
  'reports.title': '政府信息公开工作年度报告', 'reports.quarterTitle': '政府信息公开季度统计',
  'reports.year': '年度', 'reports.period': '期间', 'reports.annual': '全年', 'reports.q': '第{q}季度', 'reports.show': '查询',
  'reports.downloads': '下载', 'reports.html': '打印版（HTML）', 'reports.docx': 'Word（.docx）', 'reports.csv': '表格（.csv）',
  'reports.checks': '校验结果', 'reports.t2': '二、主动公开政府信息情况', 'reports.t3': '三、收到和处理政府信息公开申请情况',
  'reports.t4': '四、政府信息公开行政复议、行政诉讼情况', 'reports.subtree': '（含下级机构合计）',
  'reports.error': '错误', 'reports.warning': '提示',
  'agencies.title': '机构', 'agencies.add': '添加机构', 'agencies.name': '机构名称', 'agencies.parent': '上级机构',
  'agencies.level': '层级', 'agencies.topLevel': '（无上级，顶层机构）', 'agencies.closed': '已撤销',
  'agencies.added': '已添加机构：', 'agencies.submit': '添加',
  'reviews.title': '行政复议和行政诉讼', 'reviews.fileRecon': '登记行政复议', 'reviews.fileSuit': '登记行政诉讼',
  'reviews.conclude': '登记审结结果', 'reviews.case': '案件', 'reviews.kind': '类别', 'reviews.filedOn': '立案日期',
  'reviews.applicationId': '相关申请编号（可选）', 'reviews.route': '起诉方式', 'reviews.result': '审结结果',
  'reviews.concludedOn': '审结日期', 'reviews.pending': '尚未审结', 'reviews.empty': '暂无案件。',
  'reviews.RECONSIDERATION': '行政复议', 'reviews.LITIGATION_DIRECT': '行政诉讼（直接起诉）',
  'reviews.LITIGATION_AFTER_RECONSIDERATION': '行政诉讼（复议后起诉）',
  'choose': '请选择',
};

const en = {
  demoBanner: 'Demo data: these numbers were generated (Toli county sample), not any agency\'s real statistics.',
  'app.title': 'Government information disclosure statistics',
  'nav.intake': 'Intake', 'nav.worklist': 'Worklist', 'nav.dashboard': 'Dashboard', 'nav.reports': 'Reports',
  'nav.reviews': 'Reviews', 'nav.agencies': 'Agencies',
  'ctx.agency': 'Agency', 'ctx.subtree': 'Include subordinate agencies', 'lang.switch': '中文', 'skip': 'Skip to content',
  'loading': 'Loading…', 'none': 'none', 'yes': 'yes', 'no': 'no',
  'error.network': 'The server cannot be reached. Nothing was recorded by this request; please retry.',
  'error.generic': 'Not done: ', 'error.noAgency': 'No agency is registered yet. Add one on the Agencies page first.',
  'error.notFound': 'Not found.',
  'footer': 'Counted by the Regulations on the Disclosure of Government Information and the 2021 annual report format',
  'field.agency': 'Agency', 'field.receivedOn': 'Receipt date', 'field.channel': 'Channel',
  'field.applicantType': 'Applicant category', 'field.subject': 'Subject (optional)',
  'hint.subject': 'Describe the information requested only. Never the applicant\'s name, ID number or phone.',
  'hint.receivedOn': 'In person: day submitted; registered mail: day signed for; ordinary letter: day confirmed with the applicant; online, fax, e-mail: day both sides confirm.',
  'intake.title': 'Log a disclosure application', 'intake.submit': 'Log (Enter)',
  'intake.done': 'Logged. Answer due on ', 'intake.open': 'Open this application',
  'intake.duplicate': 'An application with the same agency, date, channel, category and subject was logged in this session. If this really is another one, press "Log" again.',
  'intake.session': 'Logged in this session', 'intake.saving': 'Logging…',
  'case.title': 'Application', 'case.id': 'Application id', 'case.status': 'Status', 'case.OPEN': 'open', 'case.CLOSED': 'closed',
  'case.outcome': 'Outcome', 'case.closedOn': 'Closed on', 'case.dueOn': 'Due on', 'case.left': 'Working days left',
  'case.overdueBy': 'overdue by {n} working days', 'case.clock': 'Clock', 'case.explain': 'How the due date was computed',
  'case.facts': 'History', 'case.seq': '#', 'case.fact': 'Fact', 'case.date': 'Date', 'case.details': 'Details',
  'case.recordedAt': 'Recorded at · by', 'case.actions': 'Next steps', 'case.waiting': 'Recorded; refreshing…',
  'case.recorded': 'Recorded.', 'case.review': 'File a reconsideration or lawsuit', 'case.notYet': 'Not yet visible on the read side; refresh in a moment.',
  'act.decision': 'Record the decision', 'act.correction': 'Correct the decision', 'act.withdrawal': 'Applicant withdrew',
  'act.supplementRequest': 'Request a supplement', 'act.supplementReceipt': 'Supplement received', 'act.extension': 'Extend the deadline',
  'act.consultationStart': 'Start a consultation', 'act.consultationEnd': 'End a consultation', 'act.feeNotice': 'Issue a fee notice',
  'act.feePayment': 'Fee paid', 'act.save': 'Record',
  'field.outcome': 'Outcome', 'field.decidedOn': 'Decided on', 'field.reason': 'Reason', 'field.withdrawnOn': 'Withdrawn on',
  'field.requestedOn': 'Requested on', 'field.supplementDueOn': 'Supplement due on (optional)', 'field.supplementReceivedOn': 'Received on',
  'field.extendedOn': 'Extended on', 'field.workingDays': 'Working days added', 'field.party': 'Consulted party',
  'field.startedOn': 'Started on', 'field.consultation': 'Consultation', 'field.endedOn': 'Ended on',
  'field.issuedOn': 'Issued on', 'field.amountYuan': 'Amount (yuan)', 'field.scheme': 'Scheme', 'field.paidOn': 'Paid on',
  'fact.ApplicationReceived': 'Received', 'fact.DecisionRecorded': 'Decision', 'fact.DecisionCorrected': 'Decision corrected',
  'fact.ApplicationWithdrawn': 'Withdrawn', 'fact.SupplementRequested': 'Supplement requested', 'fact.SupplementReceived': 'Supplement received',
  'fact.ExtensionGranted': 'Extension', 'fact.ConsultationStarted': 'Consultation started', 'fact.ConsultationEnded': 'Consultation ended',
  'fact.ProcessingFeeNoticeIssued': 'Fee notice', 'fact.ProcessingFeePaid': 'Fee paid',
  'worklist.title': 'Open applications, soonest due first', 'worklist.empty': 'No open applications.', 'worklist.overdue': 'overdue',
  'worklist.soon': 'due soon', 'worklist.count': '{n} open, {o} overdue.',
  'dash.title': 'Dashboard', 'dash.quarter': 'Q{q} {y}', 'dash.ytd': '{y} to date (through this quarter)',
  'dash.received': 'Received', 'dash.closed': 'Closed', 'dash.open': 'Open', 'dash.overdue': 'Overdue',
  'dash.dueWeek': 'Due this week', 'dash.byMonth': 'Receipts per month, {y}', 'dash.outcomes': 'Outcomes {y} by group',
  'dash.live': 'Live', 'dash.liveOff': 'Live updates not connected', 'dash.updated': 'Updated {t}', 'dash.asOf': 'As of {d}',
  'dash.month': 'M{m}', 'dash.count': 'Count',
  'reports.title': 'Annual report on government information disclosure', 'reports.quarterTitle': 'Quarterly statistics',
  'reports.year': 'Year', 'reports.period': 'Period', 'reports.annual': 'Whole year', 'reports.q': 'Q{q}', 'reports.show': 'Show',
  'reports.downloads': 'Download', 'reports.html': 'Printable (HTML)', 'reports.docx': 'Word (.docx)', 'reports.csv': 'Spreadsheet (.csv)',
  'reports.checks': 'Checks', 'reports.t2': 'II. Proactive disclosure', 'reports.t3': 'III. Applications received and handled',
  'reports.t4': 'IV. Reconsiderations and lawsuits', 'reports.subtree': '(agency and subordinate agencies)',
  'reports.error': 'error', 'reports.warning': 'warning',
  'agencies.title': 'Agencies', 'agencies.add': 'Add an agency', 'agencies.name': 'Name', 'agencies.parent': 'Parent agency',
  'agencies.level': 'Level', 'agencies.topLevel': '(none: top level)', 'agencies.closed': 'closed',
  'agencies.added': 'Added: ', 'agencies.submit': 'Add',
  'reviews.title': 'Reconsiderations and lawsuits', 'reviews.fileRecon': 'File a reconsideration', 'reviews.fileSuit': 'File a lawsuit',
  'reviews.conclude': 'Record a conclusion', 'reviews.case': 'Case', 'reviews.kind': 'Kind', 'reviews.filedOn': 'Filed on',
  'reviews.applicationId': 'Application id (optional)', 'reviews.route': 'Route', 'reviews.result': 'Result',
  'reviews.concludedOn': 'Concluded on', 'reviews.pending': 'pending', 'reviews.empty': 'No cases.',
  'reviews.RECONSIDERATION': 'Reconsideration', 'reviews.LITIGATION_DIRECT': 'Lawsuit (direct)',
  'reviews.LITIGATION_AFTER_RECONSIDERATION': 'Lawsuit (after reconsideration)',
  'choose': 'Choose…',
};

// English names of codes; official Chinese labels come from the server.
const codesEn = {
  NATURAL_PERSON: 'Natural person', COMMERCIAL_ENTERPRISE: 'Commercial enterprise', RESEARCH_INSTITUTION: 'Research institution',
  PUBLIC_INTEREST_ORGANIZATION: 'Public-interest organisation', LEGAL_SERVICE_AGENCY: 'Legal service agency', OTHER_ORGANIZATION: 'Other organisation',
  IN_PERSON: 'In person', REGISTERED_MAIL: 'Registered mail', ORDINARY_MAIL: 'Ordinary letter', ONLINE: 'Online', EMAIL: 'E-mail',
  FAX: 'Fax', ORAL: 'Oral (written by staff)',
  THIRD_PARTY: 'Third party', OTHER_AGENCY: 'Other agency', PER_APPLICATION: 'Per application', PER_PAGE: 'Per page',
  UPHELD: 'Upheld', CORRECTED: 'Corrected', PENDING: 'Pending', TOTAL: 'Total', DIRECT: 'Direct', AFTER_RECONSIDERATION: 'After reconsideration',
  PROVINCE: 'Province', CITY: 'City', COUNTY: 'County', TOWNSHIP: 'Township', DEPARTMENT: 'Department',
  RUNNING: 'Running', AWAITING_SUPPLEMENT: 'Stopped: awaiting supplement', CONSULTATION_OPEN: 'Paused: consultation open',
  DISCLOSED: 'Disclosed', PARTIALLY_DISCLOSED: 'Partially disclosed', WITHHELD: 'Withheld', UNAVAILABLE: 'Cannot be provided',
  NOT_PROCESSED: 'Not processed', OTHER: 'Other',
  WITHHELD_STATE_SECRET: 'Withheld: state secret', WITHHELD_PROHIBITED_BY_LAW: 'Withheld: prohibited by law',
  WITHHELD_SAFETY_STABILITY: 'Withheld: safety and stability', WITHHELD_THIRD_PARTY_RIGHTS: 'Withheld: third-party rights',
  WITHHELD_INTERNAL_AFFAIRS: 'Withheld: internal affairs', WITHHELD_PROCESS_INFORMATION: 'Withheld: process information',
  WITHHELD_ENFORCEMENT_CASE_FILE: 'Withheld: enforcement case file', WITHHELD_ADMINISTRATIVE_INQUIRY: 'Withheld: administrative inquiry',
  UNAVAILABLE_NOT_HELD: 'Not held by this agency', UNAVAILABLE_NEEDS_CREATION: 'Would need to be created',
  UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT: 'Still unclear after supplement', NOT_PROCESSED_PETITION_COMPLAINT: 'Petition or complaint',
  NOT_PROCESSED_DUPLICATE: 'Duplicate request', NOT_PROCESSED_PUBLICATION: 'Asks for a publication',
  NOT_PROCESSED_EXCESSIVE: 'Unreasonable mass requests', NOT_PROCESSED_CONFIRMATION: 'Asks to confirm information obtained',
  OTHER_NO_SUPPLEMENT: 'Other: no supplement in time', OTHER_FEE_UNPAID: 'Other: fee not paid',
  RULE: 'Rule', NORMATIVE_DOCUMENT: 'Normative document', LICENSING: 'Licensing', PENALTY: 'Penalty', ENFORCEMENT: 'Enforcement',
  RECONSIDERATION: 'Reconsideration', LITIGATION_DIRECT: 'Lawsuit, direct', LITIGATION_AFTER_RECONSIDERATION: 'Lawsuit after reconsideration',
};

let current = localStorage.getItem(KEY) === 'en' ? 'en' : 'zh';

export function lang() {
  return current;
}

export function setLang(value) {
  current = value === 'en' ? 'en' : 'zh';
  localStorage.setItem(KEY, current);
  document.documentElement.lang = current === 'en' ? 'en' : 'zh-CN';
}

/** The text for a key in the chosen language, with {name} placeholders filled in. */
export function t(key, vars = {}) {
  const text = (current === 'en' ? en[key] : zh[key]) ?? zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
}

/** A code's label: the official Chinese label, or its English name (code as the last resort). */
export function codeLabel(entry) {
  if (!entry) {
    return '';
  }
  if (current === 'en') {
    return codesEn[entry.code] || entry.code;
  }
  return entry.label;
}
