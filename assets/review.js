// c2chat review page: keys, decisions, progress saved in this browser, export as decisions.jsonl.
// No network: the page's Content-Security-Policy allows this script and nothing else.
(function () {
  'use strict';
  var S = document.getElementById('strings').dataset;
  var KEY = 'c2chat-review:' + document.body.dataset.sha;
  var flags = Array.prototype.slice.call(document.querySelectorAll('li.flag'));
  var cards = Array.prototype.slice.call(document.querySelectorAll('section.card'));
  var picker = document.getElementById('picker');
  var filter = document.getElementById('picker-filter');
  var list = document.getElementById('picker-list');
  var options = Array.prototype.slice.call(list.options);
  var notebox = document.getElementById('notebox');
  var noteText = document.getElementById('note-text');
  var reviewer = document.getElementById('reviewer');
  var exportBox = document.getElementById('export');
  var exportText = document.getElementById('export-text');
  var exportMsg = document.getElementById('export-msg');
  var state = load();
  var pick = null; // {mode: 'relabel'|'add', span: {start, end}|null}
  var lastSel = null;

  function load() {
    try {
      var s = JSON.parse(localStorage.getItem(KEY) || 'null');
      if (s && s.d && s.add) return s;
    } catch (e) { /* a damaged entry starts afresh */ }
    return { reviewer: '', cur: 0, d: {}, add: {} };
  }
  function save() {
    try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* private mode: not saved */ }
  }
  function now() { return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'); }
  function fill(s, k, v) { return s.split('{' + k + '}').join(v); }
  function cardOf(el) { return el.closest('section.card'); }
  function ckey(c) { return c.dataset.cid + '\u001f' + c.dataset.mid; }
  function fkey(f) { return ckey(cardOf(f)) + '\u001f' + f.dataset.label; }
  function labelOf(id) {
    for (var i = 0; i < options.length; i++) if (options[i].value === id) return options[i].textContent;
    return id;
  }
  function cur() { return flags[state.cur] || null; }
  function curCard() { var f = cur(); return f ? cardOf(f) : cards[0] || null; }

  function hexText(h) {
    var b = new Uint8Array(h.length / 2);
    for (var i = 0; i < b.length; i++) b[i] = parseInt(h.substr(2 * i, 2), 16);
    return new TextDecoder().decode(b);
  }

  // Where a selection boundary falls, in code points of the original message text.
  function boundary(text, node, off, isEnd) {
    var el = node.nodeType === 3 ? node.parentElement : node;
    if (el === text) {
      var kids = text.children;
      if (!kids.length) return 0;
      return off < kids.length ? +kids[off].dataset.s : +kids[kids.length - 1].dataset.e;
    }
    var p = el.closest('[data-s]');
    if (!p || !text.contains(p)) return null;
    if (p.classList.contains('masked') || node.nodeType !== 3) return isEnd ? +p.dataset.e : +p.dataset.s;
    return +p.dataset.s + Array.from(node.textContent.slice(0, off)).length;
  }
  function selectionSpan() {
    var c = curCard();
    var sel = window.getSelection();
    if (!c || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    var text = c.querySelector('li.msg.focus .text');
    var r = sel.getRangeAt(0);
    if (!text.contains(r.startContainer) || !text.contains(r.endContainer)) return null;
    var s = boundary(text, r.startContainer, r.startOffset, false);
    var e = boundary(text, r.endContainer, r.endOffset, true);
    return s === null || e === null || s >= e ? null : { start: s, end: e };
  }

  function render() {
    var done = 0;
    flags.forEach(function (f) {
      var d = state.d[fkey(f)];
      var st = f.querySelector('.status');
      f.classList.remove('accept', 'reject', 'relabel');
      var t = S.undecided;
      if (d && d.action) {
        done++;
        f.classList.add(d.action);
        t = d.action === 'accept' ? S.accepted : d.action === 'reject' ? S.rejected
          : fill(S.relabelled, 'label', labelOf(d.new_label));
      }
      if (d && d.note) t += ' \u00b7 ' + S.note + ': ' + d.note;
      st.textContent = t;
    });
    var added = 0;
    cards.forEach(function (c) {
      var ul = c.querySelector('ul.added');
      ul.textContent = '';
      (state.add[ckey(c)] || []).forEach(function (a, i) {
        added++;
        var li = document.createElement('li');
        var what = document.createElement('span');
        what.textContent = '+ ' + labelOf(a.label) + ' \u00b7 ' + (a.span
          ? fill(fill(S.chars, 'start', a.span.start), 'end', a.span.end) : S.whole);
        var b = document.createElement('button');
        b.type = 'button';
        b.textContent = S.remove;
        b.addEventListener('click', function () {
          state.add[ckey(c)].splice(i, 1);
          save(); render();
        });
        li.appendChild(what); li.appendChild(b);
        ul.appendChild(li);
      });
    });
    document.getElementById('progress').textContent = fill(fill(fill(S.progress, 'done', done),
      'total', flags.length), 'added', added);
  }

  function select(i, scroll) {
    if (!flags.length) return;
    state.cur = Math.max(0, Math.min(flags.length - 1, i));
    document.querySelectorAll('.current, mark.cur').forEach(function (el) {
      el.classList.remove('current', 'cur');
    });
    var f = cur();
    var c = cardOf(f);
    f.classList.add('current');
    c.classList.add('current');
    if (f.dataset.start) {
      var s = +f.dataset.start, e = +f.dataset.end;
      c.querySelectorAll('li.msg.focus mark').forEach(function (m) {
        if (+m.dataset.s < e && s < +m.dataset.e) m.classList.add('cur');
      });
    }
    if (scroll !== false) c.scrollIntoView({ block: 'nearest' });
    save();
  }

  function decide(action, newLabel) {
    var f = cur();
    if (!f) return;
    var d = state.d[fkey(f)] || { note: '' };
    d.action = action;
    d.new_label = action === 'relabel' ? newLabel : undefined;
    d.at = now();
    state.d[fkey(f)] = d;
    save(); render();
    select(state.cur + 1);
  }
  function undo() {
    var f = cur();
    if (!f) return;
    var d = state.d[fkey(f)];
    if (d) { d.action = null; save(); render(); }
  }

  function openPicker(mode) {
    if (!curCard()) return;
    pick = { mode: mode, span: mode === 'add' ? (selectionSpan() || lastSel) : null };
    document.getElementById('picker-title').textContent = mode === 'add' ? S.pickAdd : S.pickRelabel;
    document.getElementById('picker-span').textContent = mode !== 'add' ? ''
      : pick.span ? fill(fill(S.chars, 'start', pick.span.start), 'end', pick.span.end) : S.whole;
    filter.value = '';
    applyFilter();
    picker.hidden = false;
    filter.focus();
  }
  function applyFilter() {
    var q = filter.value.toLowerCase();
    var first = -1;
    options.forEach(function (o, i) {
      o.hidden = q !== '' && o.textContent.toLowerCase().indexOf(q) < 0;
      if (!o.hidden && first < 0) first = i;
    });
    list.selectedIndex = first;
  }
  function movePick(step) {
    var i = list.selectedIndex;
    for (var j = i + step; j >= 0 && j < options.length; j += step) {
      if (!options[j].hidden) { list.selectedIndex = j; return; }
    }
  }
  function closePicker() { picker.hidden = true; pick = null; }
  function confirmPick() {
    var o = options[list.selectedIndex];
    if (!pick || !o || o.hidden) return;
    var p = pick;
    closePicker();
    if (p.mode === 'relabel') { decide('relabel', o.value); return; }
    var k = ckey(curCard());
    (state.add[k] = state.add[k] || []).push({ label: o.value, span: p.span, at: now() });
    lastSel = null;
    save(); render();
  }

  function openNote() {
    var f = cur();
    if (!f) return;
    var d = state.d[fkey(f)];
    noteText.value = d && d.note ? d.note : '';
    notebox.hidden = false;
    noteText.focus();
  }
  function saveNote() {
    var f = cur();
    var k = fkey(f);
    state.d[k] = state.d[k] || { action: null, note: '' };
    state.d[k].note = noteText.value.trim();
    notebox.hidden = true;
    save(); render();
  }

  function lines() {
    var who = reviewer.value.trim();
    var out = [];
    cards.forEach(function (c) {
      var base = function (label, action) {
        return { message_id: c.dataset.mid, conversation_id: c.dataset.cid, label: label, action: action };
      };
      var tail = function (o, at, note) {
        o.reviewer = who; o.decided_at = at; o.note = note || '';
        o.corpus = c.dataset.corpus; o.annotations_sha256 = document.body.dataset.sha;
        out.push(JSON.stringify(o));
      };
      c.querySelectorAll('li.flag').forEach(function (f) {
        var d = state.d[fkey(f)];
        if (!d || !d.action) return;
        var o = base(f.dataset.label, d.action);
        if (d.action === 'relabel') o.new_label = d.new_label;
        o.span = f.dataset.start ? { start: +f.dataset.start, end: +f.dataset.end,
          source: f.dataset.source, rule_id: hexText(f.dataset.rule) } : null;
        tail(o, d.at, d.note);
      });
      (state.add[ckey(c)] || []).forEach(function (a) {
        var o = base(a.label, 'add');
        o.span = a.span ? { start: a.span.start, end: a.span.end } : null;
        tail(o, a.at, a.note);
      });
    });
    return out.length ? out.join('\n') + '\n' : '';
  }
  function openExport() {
    exportBox.hidden = false;
    exportMsg.textContent = '';
    if (!reviewer.value.trim()) { exportMsg.textContent = S.needReviewer; reviewer.focus(); }
    exportText.value = lines();
    var a = document.getElementById('download');
    if (a.href.indexOf('blob:') === 0) URL.revokeObjectURL(a.href);
    a.href = URL.createObjectURL(new Blob([exportText.value], { type: 'application/x-ndjson' }));
    exportBox.scrollIntoView({ block: 'nearest' });
  }

  function act(name) {
    switch (name) {
      case 'next': select(state.cur + 1); break;
      case 'prev': select(state.cur - 1); break;
      case 'accept': decide('accept'); break;
      case 'reject': decide('reject'); break;
      case 'relabel': openPicker('relabel'); break;
      case 'add': openPicker('add'); break;
      case 'note': openNote(); break;
      case 'undo': undo(); break;
      case 'export': openExport(); break;
      case 'help': document.getElementById('help').classList.toggle('closed'); break;
      default: break;
    }
  }
  var KEYS = { j: 'next', k: 'prev', a: 'accept', r: 'reject', l: 'relabel', m: 'add', n: 'note',
    u: 'undo', e: 'export', '?': 'help' };

  document.addEventListener('keydown', function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (!picker.hidden) {
      if (ev.key === 'Escape') { closePicker(); ev.preventDefault(); }
      else if (ev.key === 'Enter') { confirmPick(); ev.preventDefault(); }
      else if (ev.key === 'ArrowDown') { movePick(1); ev.preventDefault(); }
      else if (ev.key === 'ArrowUp') { movePick(-1); ev.preventDefault(); }
      return;
    }
    if (!notebox.hidden) {
      if (ev.key === 'Escape') { notebox.hidden = true; ev.preventDefault(); }
      else if (ev.key === 'Enter' && !ev.shiftKey) { saveNote(); ev.preventDefault(); }
      return;
    }
    var t = ev.target.tagName;
    if (t === 'INPUT' || t === 'TEXTAREA' || t === 'SELECT') {
      if (ev.key === 'Escape') ev.target.blur();
      return;
    }
    var a = KEYS[ev.key];
    if (a) { ev.preventDefault(); act(a); }
  });
  document.addEventListener('click', function (ev) {
    var b = ev.target.closest('button[data-act]');
    var f = ev.target.closest('li.flag');
    var c = ev.target.closest('section.card');
    if (f) select(flags.indexOf(f), false);
    else if (c && c !== curCard()) select(flags.indexOf(c.querySelector('li.flag')), false);
    if (b) act(b.dataset.act);
  });
  document.addEventListener('selectionchange', function () {
    var s = selectionSpan();
    if (s) lastSel = s;
  });
  filter.addEventListener('input', applyFilter);
  list.addEventListener('dblclick', confirmPick);
  document.getElementById('picker-ok').addEventListener('click', confirmPick);
  document.getElementById('picker-cancel').addEventListener('click', closePicker);
  document.getElementById('note-ok').addEventListener('click', saveNote);
  document.getElementById('note-cancel').addEventListener('click', function () { notebox.hidden = true; });
  reviewer.value = state.reviewer || '';
  reviewer.addEventListener('input', function () { state.reviewer = reviewer.value; save(); });
  document.getElementById('copy').addEventListener('click', function () {
    exportText.value = lines();
    exportText.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    exportMsg.textContent = ok ? S.copied : S.copyFailed;
  });
  document.getElementById('download').addEventListener('click', function (ev) {
    if (!reviewer.value.trim()) { ev.preventDefault(); exportMsg.textContent = S.needReviewer; reviewer.focus(); return; }
    openExport();
    exportMsg.textContent = S.exported;
  });
  render();
  select(state.cur || 0, false);
})();
