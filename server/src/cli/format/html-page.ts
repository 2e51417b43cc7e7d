// The summary page's frame (html.ts fills in the data): inline CSS and script, no network, no external font. The
// script writes every text from the data with textContent (never innerHTML), sorts on a header's click, filters by
// a text box and two selects, and opens a row's findings on a click (or Enter) on the row.

export const PAGE_STRINGS = {
  zh: {
    title: '绩效自评报告审核汇总',
    files: '文件',
    reports: '自评报告',
    notRecognised: '未识别',
    unreadable: '无法读取',
    batchFlagged: '批内疑似照抄',
    file: '文件',
    unit: '单位',
    year: '年度',
    kind: '报告类型（模板）',
    recognised: '识别',
    errors: '错误',
    warnings: '警告',
    infos: '提示',
    score: '总分 写/算',
    grade: '等次 写/算',
    execution: '执行率 写/算',
    office: '原文件',
    filter: '筛选（文件名、单位、问题……）',
    all: '全部',
    withErrors: '有错误的',
    withWarnings: '有错误或警告的',
    onlyReports: '已识别的报告',
    onlyUnrecognised: '未识别或无法读取的',
    onlyBatch: '批内疑似照抄的',
    yes: '是',
    no: '否',
    notChecked: '未检查',
    unreadableRow: '无法读取',
    noFindings: '未发现问题',
    batch: '批内比对',
    shown: '显示 {shown}/{total} 行',
    why: '原因',
  },
  en: {
    title: 'Self-evaluation reports: review summary',
    files: 'files',
    reports: 'reports',
    notRecognised: 'not recognised',
    unreadable: 'unreadable',
    batchFlagged: 'possibly copied within the batch',
    file: 'File',
    unit: 'Unit',
    year: 'Year',
    kind: 'Kind (template)',
    recognised: 'Recognised',
    errors: 'Errors',
    warnings: 'Warnings',
    infos: 'Info',
    score: 'Score stated/recomputed',
    grade: 'Grade stated/recomputed',
    execution: 'Execution rate stated/computed',
    office: 'From',
    filter: 'Filter (file, unit, finding…)',
    all: 'All',
    withErrors: 'With errors',
    withWarnings: 'With errors or warnings',
    onlyReports: 'Recognised reports',
    onlyUnrecognised: 'Not recognised or unreadable',
    onlyBatch: 'Possibly copied within the batch',
    yes: 'yes',
    no: 'no',
    notChecked: 'not checked',
    unreadableRow: 'unreadable',
    noFindings: 'No problems found',
    batch: 'Across the batch',
    shown: '{shown} of {total} rows shown',
    why: 'Why',
  },
} as const;

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
body{margin:1.5em;color:#1f2328;background:#fff}
h1{font-size:1.4em;margin:0 0 .4em}
.totals span{margin-right:1.2em}
.controls{margin:.8em 0;display:flex;gap:.6em;flex-wrap:wrap;align-items:center}
.controls input{min-width:22em;padding:.3em}
table{border-collapse:collapse;width:100%;font-size:.92em}
th,td{border-bottom:1px solid #d0d7de;padding:.35em .5em;text-align:left;vertical-align:top}
th{background:#f6f8fa;cursor:pointer;user-select:none;white-space:nowrap;position:sticky;top:0}
th[aria-sort=ascending]::after{content:" ▲"}
th[aria-sort=descending]::after{content:" ▼"}
tr.row{cursor:pointer}
tr.row:hover{background:#f6f8fa}
tr.row:focus{outline:2px solid #0969da}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.error{color:#cf222e;font-weight:600}
.warning{color:#9a6700;font-weight:600}
.information,.hint{color:#0969da}
.differs{background:#ffebe9}
.no{color:#cf222e}
.flag{display:inline-block;margin-left:.3em;padding:0 .3em;border-radius:3px;background:#fff8c5;border:1px solid #d4a72c;font-size:.85em}
tr.detail>td{background:#fbfcfd;padding:.6em 1em}
.finding{margin:.5em 0 .9em}
.finding .where{font-family:ui-monospace,Menlo,Consolas,monospace}
pre{margin:.3em 0 0;padding:.4em;background:#f6f8fa;border:1px solid #d0d7de;overflow-x:auto;font-size:.9em;line-height:1.45}
pre .ln{display:inline-block;min-width:3.5em;color:#8c959f;user-select:none}
mark{background:#ffd8b5}
.muted{color:#57606a}
`;

const SCRIPT = `
(function () {
  var data = JSON.parse(document.getElementById('data').textContent);
  var S = data.strings;
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function fmt(s, vars) { return s.replace(/\\{(\\w+)\\}/g, function (_, k) { return String(vars[k]); }); }
  function pair(p) {
    if (!p || (p.stated === undefined && p.computed === undefined)) return '';
    var c = Array.isArray(p.computed) ? p.computed.join('/') : p.computed;
    return (p.stated === undefined ? '—' : p.stated) + ' / ' + (c === undefined ? '—' : c);
  }
  function differs(p) {
    if (!p || p.stated === undefined || p.computed === undefined) return false;
    if (Array.isArray(p.computed)) return p.computed.indexOf(p.stated) < 0;
    return Math.abs(p.stated - p.computed) > 0.05;
  }
  var t = data.totals;
  document.getElementById('totals').append(
    el('span', '', t.files + ' ' + S.files), el('span', '', t.reports + ' ' + S.reports),
    el('span', t.notRecognised ? 'no' : '', t.notRecognised + ' ' + S.notRecognised),
    el('span', t.unreadable ? 'no' : '', t.unreadable + ' ' + S.unreadable),
    el('span', 'error', t.error + ' ' + S.errors), el('span', 'warning', t.warning + ' ' + S.warnings),
    el('span', 'information', (t.information + t.hint) + ' ' + S.infos),
    el('span', t.batch ? 'flag' : '', t.batch + ' ' + S.batchFlagged));
  var columns = [
    ['path', S.file, function (r) { return r.path; }],
    ['unit', S.unit, function (r) { return r.unit || ''; }],
    ['year', S.year, function (r) { return r.year === null || r.year === undefined ? -1 : r.year; }],
    ['kind', S.kind, function (r) { return r.kind || ''; }],
    ['status', S.recognised, function (r) { return r.status; }],
    ['error', S.errors, function (r) { return r.counts.error; }],
    ['warning', S.warnings, function (r) { return r.counts.warning; }],
    ['info', S.infos, function (r) { return r.counts.information + r.counts.hint; }],
    ['score', S.score, function (r) { return r.score && r.score.stated !== undefined ? r.score.stated : -1; }],
    ['grade', S.grade, function (r) { return r.grade && r.grade.stated ? r.grade.stated : ''; }],
    ['execution', S.execution, function (r) {
      var e = r.execution || {};
      return e.stated !== undefined ? e.stated : e.computed !== undefined ? e.computed : -1;
    }],
    ['office', S.office, function (r) { return r.office || ''; }]
  ];
  var head = document.getElementById('head');
  var body = document.getElementById('rows');
  var sort = { key: null, dir: 1 };
  columns.forEach(function (c) {
    var th = el('th', '', c[1]);
    th.dataset.key = c[0];
    th.addEventListener('click', function () {
      sort.dir = sort.key === c[0] ? -sort.dir : 1;
      sort.key = c[0];
      head.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', sort.dir > 0 ? 'ascending' : 'descending');
      render();
    });
    head.append(th);
  });
  var filter = document.getElementById('filter');
  var severity = document.getElementById('severity');
  var recognition = document.getElementById('recognition');
  filter.placeholder = S.filter;
  [[severity, [['', S.all], ['error', S.withErrors], ['warning', S.withWarnings]]],
   [recognition, [['', S.all], ['report', S.onlyReports], ['other', S.onlyUnrecognised], ['batch', S.onlyBatch]]]].forEach(function (s) {
    s[1].forEach(function (o) { var opt = el('option', '', o[1]); opt.value = o[0]; s[0].append(opt); });
  });
  [filter, severity, recognition].forEach(function (c) { c.addEventListener('input', render); c.addEventListener('change', render); });
  var open = {};
  function haystack(r) {
    return [r.path, r.unit, r.kind, r.template, r.reason].concat(
      r.findings.map(function (f) { return f.message + ' ' + f.rule; }),
      r.batch.map(function (b) { return b.message; })).join('\\n').toLowerCase();
  }
  function keep(r) {
    var q = filter.value.trim().toLowerCase();
    if (q && haystack(r).indexOf(q) < 0) return false;
    if (severity.value === 'error' && r.counts.error === 0) return false;
    if (severity.value === 'warning' && r.counts.error + r.counts.warning === 0) return false;
    if (recognition.value === 'report' && r.status !== 'report') return false;
    if (recognition.value === 'other' && r.status === 'report') return false;
    if (recognition.value === 'batch' && r.batch.length === 0) return false;
    return true;
  }
  function cell(tr, text, cls) { var td = el('td', cls || '', text); tr.append(td); return td; }
  function statusText(r) {
    if (r.status === 'report') return S.yes;
    if (r.status === 'unreadable') return S.unreadableRow;
    return r.status === 'not-checked' ? S.no + '（' + S.notChecked + '）' : S.no;
  }
  function detail(r) {
    var tr = el('tr', 'detail');
    var td = el('td');
    td.colSpan = columns.length;
    if (r.status !== 'report') td.append(el('p', 'muted', S.why + ': ' + r.reason));
    else td.append(el('p', 'muted', r.template + ' — ' + r.templateReason));
    if (r.batch.length) {
      td.append(el('h3', '', S.batch));
      r.batch.forEach(function (b) { td.append(el('p', 'batch-note flag', b.message)); });
    }
    if (r.status === 'report' && r.findings.length === 0) td.append(el('p', '', S.noFindings));
    r.findings.forEach(function (f) {
      var d = el('div', 'finding');
      var top = el('div');
      top.append(el('span', 'where', r.path + ':' + f.line + ':' + f.column + f.place), document.createTextNode('  '),
        el('span', f.severity, data.severities[f.severity]), document.createTextNode('  ' + f.message + '  '),
        el('span', 'muted', '[' + f.rule + ']'));
      d.append(top);
      if (f.excerpt.length) {
        var pre = el('pre');
        f.excerpt.forEach(function (l) {
          pre.append(el('span', 'ln', l.n));
          if (l.mark) {
            pre.append(document.createTextNode(l.text.slice(0, l.mark[0])), el('mark', '', l.text.slice(l.mark[0], l.mark[1])),
              document.createTextNode(l.text.slice(l.mark[1])));
          } else pre.append(document.createTextNode(l.text));
          pre.append(document.createTextNode('\\n'));
        });
        d.append(pre);
      }
      td.append(d);
    });
    tr.append(td);
    return tr;
  }
  function render() {
    var list = data.rows.filter(keep);
    if (sort.key) {
      var get = columns.filter(function (c) { return c[0] === sort.key; })[0][2];
      list.sort(function (a, b) {
        var x = get(a), y = get(b);
        var d = typeof x === 'number' && typeof y === 'number' ? x - y
          : String(x).localeCompare(String(y), data.lang === 'zh' ? 'zh-CN' : 'en');
        return d * sort.dir;
      });
    }
    body.replaceChildren();
    list.forEach(function (r) {
      var tr = el('tr', 'row');
      tr.tabIndex = 0;
      tr.dataset.path = r.path;
      var name = cell(tr, r.path);
      if (r.batch.length) name.append(el('span', 'flag', '⚠ ' + S.batch));
      cell(tr, r.unit);
      cell(tr, r.year === null || r.year === undefined ? '' : r.year, 'num');
      cell(tr, r.kind ? r.kind + (r.template ? '（' + r.template + '）' : '') : '');
      var st = cell(tr, statusText(r), r.status === 'report' ? '' : 'no');
      if (r.status !== 'report') st.title = r.reason;
      cell(tr, r.counts.error, 'num' + (r.counts.error ? ' error' : ''));
      cell(tr, r.counts.warning, 'num' + (r.counts.warning ? ' warning' : ''));
      cell(tr, r.counts.information + r.counts.hint, 'num');
      cell(tr, pair(r.score), 'num' + (differs(r.score) ? ' differs' : ''));
      cell(tr, pair(r.grade), differs(r.grade) ? 'differs' : '');
      cell(tr, pair(r.execution), 'num' + (differs(r.execution) ? ' differs' : ''));
      cell(tr, r.office);
      function toggle() { open[r.path] = !open[r.path]; render(); }
      tr.addEventListener('click', toggle);
      tr.addEventListener('keydown', function (e) { if (e.key === 'Enter') toggle(); });
      body.append(tr);
      if (open[r.path]) body.append(detail(r));
    });
    document.getElementById('shown').textContent = fmt(S.shown, { shown: list.length, total: data.rows.length });
  }
  render();
})();
`;

export const PAGE = `<!doctype html>
<html lang="__LANG__">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>__TITLE__</title>
<style>${STYLE}</style>
</head>
<body>
<h1>__TITLE__</h1>
<div class="totals" id="totals"></div>
<div class="controls">
<input id="filter" type="search"><select id="severity"></select><select id="recognition"></select><span id="shown" class="muted"></span>
</div>
<table><thead><tr id="head"></tr></thead><tbody id="rows"></tbody></table>
<script type="application/json" id="data">__DATA__</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
