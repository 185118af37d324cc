// The editor's live help. Progressive enhancement only: without this script the form posts and the
// server computes, checks and reports the same things. No inline handlers, no innerHTML (CSP: 'self').
(function () {
  'use strict';
  var form = document.getElementById('editor');
  if (!form) { return; }
  var unitCosts = readJson('unit-costs') || { rounding: 'CEILING', years: {} };
  var rubric = readJson('rubric') || {};
  var live = document.getElementById('live-findings');

  function readJson(id) {
    var element = document.getElementById(id);
    if (!element) { return null; }
    try { return JSON.parse(element.textContent); } catch (e) { return null; }
  }

  function field(name) { return form.elements.namedItem(name); }

  function number(text) {
    if (text === null || text === undefined) { return null; }
    var ascii = String(text).replace(/[０-９．]/g, function (c) {
      return String.fromCharCode(c.charCodeAt(0) - 0xFEE0);
    }).replace(/[,，、\s]/g, '');
    if (ascii === '' || ascii === '-' || ascii === '－') { return null; }
    var value = Number(ascii);
    return isFinite(value) ? value : NaN;
  }

  function round(value, mode) {
    // six decimals first, so that 1.00 × 7226.0 is 7226 and not 7226.000000001 rounded up
    var v = Math.round(value * 1e6) / 1e6;
    switch (mode) {
      case 'FLOOR': return Math.floor(v);
      case 'DOWN': return Math.trunc(v);
      case 'UP': return v < 0 ? Math.floor(v) : Math.ceil(v);
      case 'HALF_UP': case 'HALF_EVEN': case 'HALF_DOWN': return Math.round(v);
      default: return Math.ceil(v);
    }
  }

  // 人件費計 = 従事割合 × 1人当たり単価 + 時間外勤務 × 時間外単価, for years whose unit costs are set
  function recompute(year) {
    var costs = unitCosts.years[year];
    var personnel = field('costs[' + year + '].personnelCost');
    if (!costs || !personnel) { return; }
    var fte = number(field('costs[' + year + '].staffFte').value);
    var overtime = number(field('costs[' + year + '].staffOvertimeHours').value);
    if (fte === null || overtime === null || isNaN(fte) || isNaN(overtime)) { return; }
    var value = round(fte * Number(costs.fullTimeEmployee) + overtime * Number(costs.overtimeHour), unitCosts.rounding);
    personnel.value = String(value);
    personnel.classList.add('computed');
  }

  form.addEventListener('input', function (event) {
    var match = /^costs\[(\d+)]\.(staffFte|staffOvertimeHours)$/.exec(event.target.name || '');
    if (match) { recompute(match[1]); }
  });

  // the rubric: a chosen score brings its standard comment unless the user wrote their own
  var lastScore = {};
  Array.prototype.forEach.call(form.querySelectorAll('select[data-rubric]'), function (select) {
    lastScore[select.name] = select.value;
    select.addEventListener('change', function () {
      var item = select.getAttribute('data-rubric');
      var comment = field(item + '.comment');
      var comments = rubric[item] || {};
      var previous = comments[lastScore[select.name]] || '';
      var standard = comments[select.value];
      if (comment && standard && (comment.value.trim() === '' || comment.value.trim() === previous)) {
        comment.value = standard;
      }
      lastScore[select.name] = select.value;
    });
  });

  // adopting Hyoka's proposed indicator direction is one click, but always a person's click
  Array.prototype.forEach.call(form.querySelectorAll('button.adopt'), function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var select = document.getElementById(button.getAttribute('data-target'));
      if (select) { select.value = button.getAttribute('data-value'); scheduleCheck(); }
    });
  });

  var timer = null;
  var sequence = 0;
  function scheduleCheck() {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(check, 700);
  }
  form.addEventListener('input', scheduleCheck);
  form.addEventListener('change', scheduleCheck);

  function check() {
    var mine = ++sequence;
    var body = new URLSearchParams(new FormData(form));
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8', 'Accept': 'application/json' };
    headers[form.getAttribute('data-csrf-header')] = form.getAttribute('data-csrf-token');
    fetch(form.getAttribute('data-check-url'), { method: 'POST', body: body, headers: headers, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (result) { if (result && mine === sequence) { show(result); } })
      .catch(function () { /* the server checks again on save */ });
  }

  function list(title, items, none) {
    var fragment = document.createDocumentFragment();
    var heading = document.createElement('p');
    heading.className = 'live-title';
    heading.textContent = title;
    fragment.appendChild(heading);
    if (items.length === 0) {
      var ok = document.createElement('p');
      ok.className = 'none';
      ok.textContent = none;
      fragment.appendChild(ok);
      return fragment;
    }
    var ul = document.createElement('ul');
    items.forEach(function (item) {
      var li = document.createElement('li');
      li.className = 'finding ' + item.severity;
      var a = document.createElement('a');
      a.href = item.anchor;
      a.textContent = item.label;
      li.appendChild(a);
      li.appendChild(document.createTextNode('：' + item.message));
      ul.appendChild(li);
    });
    fragment.appendChild(ul);
    return fragment;
  }

  function show(result) {
    while (live.firstChild) { live.removeChild(live.firstChild); }
    if (result.problems.length > 0) {
      live.appendChild(list('読み取れない入力', result.problems, ''));
    }
    live.appendChild(list('検算（Hyokaの計算）', result.findings, '検算で気になる点はありません。'));
    live.appendChild(list('提出の前に必要なこと', result.readiness, '提出に必要な項目はそろっています。'));
    Object.keys(result.proposals).forEach(function (slot) {
      var note = document.getElementById('f-indicators-' + slot + '-direction-proposal');
      if (note) {
        note.textContent = 'Hyokaの提案: ' + result.proposals[slot].text + '。提案は確定ではありません。正しい方向を選んで確定してください。';
      }
    });
  }
}());
