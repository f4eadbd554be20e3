// crossread editor view. Article text is only ever set with textContent,
// never parsed as HTML. The fix selection below follows
// report.SelectFixes and report.ApplyFixes in Go; the two must agree.
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  var BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
  var articles = [];
  var current = null; // the card in focus

  function Article(el) {
    this.el = el;
    this.data = JSON.parse(el.querySelector('[data-role=data]').textContent);
    this.chosen = this.data.findings.map(function (f) { return f.fixes.length ? 0 : -1; });
    this.sev = {};
    this.check = {};
    this.fixed = null;
  }

  function sameEdit(a, b) { return a.s === b.s && a.e === b.e && a.n === b.n; }
  function overlap(a, b) {
    if (a.s === b.s && (a.s === a.e || b.s === b.e)) return true;
    return a.s < b.e && b.s < a.e;
  }

  // select returns the applied findings, the skipped ones (finding →
  // finding it conflicts with) and the corrected text.
  Article.prototype.select = function () {
    var fs = this.data.findings, done = [], applied = [], skipped = {};
    for (var i = 0; i < fs.length; i++) {
      var k = this.chosen[i];
      if (k < 0 || k >= fs[i].fixes.length) continue;
      var edits = fs[i].fixes[k], conflict = -1;
      for (var j = 0; j < edits.length && conflict < 0; j++) {
        for (var t = 0; t < done.length; t++) {
          if (!sameEdit(done[t], edits[j]) && overlap(done[t], edits[j])) { conflict = done[t].f; break; }
        }
      }
      if (conflict >= 0) { skipped[i] = conflict; continue; }
      edits.forEach(function (e) {
        if (!done.some(function (d) { return sameEdit(d, e); })) done.push({ s: e.s, e: e.e, n: e.n, f: i });
      });
      applied.push(i);
    }
    var sorted = done.slice().sort(function (a, b) { return a.s - b.s || a.e - b.e; });
    var orig = this.data.orig, out = '', last = 0;
    sorted.forEach(function (e) { out += orig.slice(last, e.s) + e.n; last = e.e; });
    out += orig.slice(last);
    return { applied: applied, skipped: skipped, text: out };
  };

  // Word-level diff: the same units as report.Words, compared with
  // Myers' O(ND) algorithm after trimming the common ends.
  function tokens(s) { return s.match(/[\p{L}\p{N}\p{M}]+|\s+|[^]/gu) || []; }
  function push(ops, op, text) {
    if (!text) return;
    var l = ops[ops.length - 1];
    if (l && l[0] === op) l[1] += text; else ops.push([op, text]);
  }
  function myers(A, B, ops) {
    var n = A.length, m = B.length;
    if (n === 0 || m === 0) { push(ops, -1, A.join('')); push(ops, 1, B.join('')); return; }
    var max = n + m, off = max + 1, v = new Int32Array(2 * max + 3), trace = [];
    search: for (var d = 0; d <= max; d++) {
      trace.push(v.slice());
      for (var k = -d; k <= d; k += 2) {
        var x = (k === -d || (k !== d && v[off + k - 1] < v[off + k + 1])) ? v[off + k + 1] : v[off + k - 1] + 1;
        var y = x - k;
        while (x < n && y < m && A[x] === B[y]) { x++; y++; }
        v[off + k] = x;
        if (x >= n && y >= m) break search;
      }
    }
    var steps = [], cx = n, cy = m;
    for (var e = trace.length - 1; e >= 0; e--) {
      var w = trace[e], ck = cx - cy;
      var pk = (ck === -e || (ck !== e && w[off + ck - 1] < w[off + ck + 1])) ? ck + 1 : ck - 1;
      var px = w[off + pk], py = px - pk;
      while (cx > px && cy > py) { steps.push([0, A[cx - 1]]); cx--; cy--; }
      if (e > 0) {
        if (cx === px) steps.push([1, B[cy - 1]]); else steps.push([-1, A[cx - 1]]);
      }
      cx = px; cy = py;
    }
    for (var s = steps.length - 1; s >= 0; s--) push(ops, steps[s][0], steps[s][1]);
  }
  function wordDiff(a, b) {
    var A = tokens(a), B = tokens(b), pre = 0, suf = 0, ops = [];
    while (pre < A.length && pre < B.length && A[pre] === B[pre]) pre++;
    while (suf < A.length - pre && suf < B.length - pre && A[A.length - 1 - suf] === B[B.length - 1 - suf]) suf++;
    push(ops, 0, A.slice(0, pre).join(''));
    myers(A.slice(pre, A.length - suf), B.slice(pre, B.length - suf), ops);
    push(ops, 0, A.slice(A.length - suf).join(''));
    return joinChanges(ops);
  }
  // joinChanges follows report.joinChanges: changes that only white space
  // separates become one, each a deletion followed by an insertion.
  function joinChanges(ops) {
    var bs = [], merged = [], out = [];
    ops.forEach(function (o) {
      var last = bs[bs.length - 1];
      if (o[0] === 0) { bs.push({ eq: o[1] }); return; }
      if (!last || !last.change) { last = { change: true, del: '', ins: '' }; bs.push(last); }
      if (o[0] < 0) last.del += o[1]; else last.ins += o[1];
    });
    bs.forEach(function (b) {
      var n = merged.length;
      if (b.change && n >= 2 && merged[n - 2].change && merged[n - 1].eq.trim() === '') {
        var ws = merged[n - 1].eq;
        merged[n - 2].del += ws + b.del;
        merged[n - 2].ins += ws + b.ins;
        merged.pop();
        return;
      }
      merged.push(b);
    });
    merged.forEach(function (b) {
      if (!b.change) { out.push([0, b.eq]); return; }
      if (b.del) out.push([-1, b.del]);
      if (b.ins) out.push([1, b.ins]);
    });
    return out;
  }

  // appendText adds s to el as text, showing bidirectional controls by name.
  function appendText(el, s) {
    var start = 0;
    for (var i = 0; i < s.length; i++) {
      if (BIDI.test(s[i])) {
        if (i > start) el.appendChild(document.createTextNode(s.slice(start, i)));
        var c = document.createElement('span');
        c.className = 'ctl';
        c.title = 'bidirectional control character';
        c.textContent = 'U+' + s.charCodeAt(i).toString(16).toUpperCase();
        el.appendChild(c);
        start = i + 1;
      }
    }
    if (start < s.length) el.appendChild(document.createTextNode(s.slice(start)));
  }

  Article.prototype.update = function (renderDiff) {
    var r = this.select(), el = this.el, self = this;
    this.fixed = r.text;
    var nfix = this.data.findings.filter(function (f) { return f.fixes.length; }).length;
    var nskip = Object.keys(r.skipped).length;
    var msg = r.applied.length + ' of ' + nfix + ' fixes accepted' + (nskip ? ', ' + nskip + ' skipped as overlapping' : '') + '.';
    el.querySelector('.corrected [data-role=status]').textContent = msg;
    el.querySelector('[data-role=accepted]').textContent = String(r.applied.length);
    el.querySelectorAll('.card').forEach(function (card) {
      var i = Number(card.dataset.f) - 1, k = self.chosen[i];
      card.querySelectorAll('[data-act=accept]').forEach(function (b) {
        b.setAttribute('aria-pressed', String(Number(b.dataset.fix) === k));
      });
      var rej = card.querySelector('[data-act=reject]');
      if (!rej) return;
      rej.setAttribute('aria-pressed', String(k < 0));
      var st = card.querySelector('[data-role=status]');
      if (k < 0) st.textContent = 'rejected';
      else if (i in r.skipped) st.textContent = 'skipped: overlaps the fix of finding ' + (r.skipped[i] + 1);
      else st.textContent = 'accepted';
    });
    if (renderDiff) {
      var box = el.querySelector('[data-role=diff]');
      box.textContent = '';
      wordDiff(this.data.orig, r.text).forEach(function (op) {
        var node = op[0] === 0 ? box : box.appendChild(document.createElement(op[0] < 0 ? 'del' : 'ins'));
        appendText(node, op[1]);
      });
      el.querySelector('[data-role=fixed]').value = r.text;
    }
  };

  Article.prototype.filter = function () {
    var self = this, visible = {};
    this.el.querySelectorAll('[data-filter]').forEach(function (cb) {
      (cb.dataset.filter === 'sev' ? self.sev : self.check)[cb.value] = cb.checked;
    });
    this.el.querySelectorAll('.card').forEach(function (card) {
      var on = self.sev[card.dataset.sev] !== false && self.check[card.dataset.check] !== false;
      card.classList.toggle('hidden', !on);
      if (on) visible[card.dataset.f] = true;
    });
    this.el.querySelectorAll('mark[data-f]').forEach(function (m) {
      m.classList.toggle('off', !m.dataset.f.split(' ').some(function (n) { return visible[n]; }));
    });
    if (current && current.classList.contains('hidden')) focusCard(null);
    updatePos();
  };

  function articleOf(node) {
    for (var i = 0; i < articles.length; i++) if (articles[i].el.contains(node)) return articles[i];
    return null;
  }
  function visibleCards() {
    return Array.prototype.filter.call(document.querySelectorAll('.rows .card, .outside .card'), function (c) {
      return !c.classList.contains('hidden');
    });
  }
  function updatePos() {
    var list = visibleCards(), i = list.indexOf(current);
    document.querySelectorAll('[data-role=pos]').forEach(function (p) {
      p.textContent = (i >= 0 ? 'finding ' + (i + 1) + ' of ' : '') + list.length + ' shown';
    });
  }
  function focusCard(card) {
    document.querySelectorAll('.current').forEach(function (n) { n.classList.remove('current'); });
    current = card;
    if (card) {
      var a = articleOf(card), first = null;
      a.el.querySelectorAll('mark[data-f]').forEach(function (m) {
        if (m.dataset.f.split(' ').indexOf(card.dataset.f) >= 0) {
          m.classList.add('current');
          if (!first && m.closest('.tgt')) first = m;
        }
      });
      card.classList.add('current');
      card.focus({ preventScroll: true });
      (first || card).scrollIntoView({ block: 'center' });
    }
    updatePos();
  }
  function step(delta) {
    var list = visibleCards();
    if (!list.length) return;
    var i = list.indexOf(current);
    i = i < 0 ? (delta > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, i + delta));
    focusCard(list[i]);
  }
  function choose(card, k) {
    var a = articleOf(card), i = Number(card.dataset.f) - 1;
    if (!a.data.findings[i].fixes.length) return;
    a.chosen[i] = k;
    a.update(true);
  }

  function copy(text, done) {
    function fallback() {
      var t = document.createElement('textarea');
      t.value = text;
      document.body.appendChild(t);
      t.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      t.remove();
      done(ok);
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, fallback);
    } else fallback();
  }
  function download(a) {
    var url = URL.createObjectURL(new Blob([a.fixed], { type: 'text/plain;charset=utf-8' }));
    var link = document.createElement('a');
    link.href = url;
    link.download = a.data.name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  document.addEventListener('click', function (ev) {
    var t = ev.target;
    var btn = t.closest && t.closest('button[data-act]');
    if (btn) {
      var a = articleOf(btn), card = btn.closest('.card'), act = btn.dataset.act;
      if (act === 'accept') { choose(card, Number(btn.dataset.fix)); focusCard(card); }
      else if (act === 'reject') { choose(card, -1); focusCard(card); }
      else if (act === 'next') step(1);
      else if (act === 'prev') step(-1);
      else if (act === 'accept-all' || act === 'reject-all') {
        a.data.findings.forEach(function (f, i) {
          if (f.check === btn.dataset.check && f.fixes.length) a.chosen[i] = act === 'accept-all' ? 0 : -1;
        });
        a.update(true);
      } else if (act === 'download') download(a);
      else if (act === 'copy') {
        copy(a.fixed, function (ok) {
          a.el.querySelector('[data-role=copied]').textContent = ok ? 'Copied.' : 'Copying failed; use the plain text below.';
        });
      }
      return;
    }
    var m = t.closest && t.closest('mark[data-f]');
    if (m && !m.classList.contains('off')) {
      var art = articleOf(m), best = null, bestLen = Infinity;
      m.dataset.f.split(' ').forEach(function (n) {
        var c = document.getElementById(art.el.id + '-f' + n);
        var len = art.data.findings[Number(n) - 1].len;
        if (c && !c.classList.contains('hidden') && len < bestLen) { best = c; bestLen = len; }
      });
      if (best) focusCard(best);
    }
  });
  document.addEventListener('change', function (ev) {
    if (ev.target.dataset && ev.target.dataset.filter) articleOf(ev.target).filter();
  });
  document.addEventListener('focusin', function (ev) {
    var card = ev.target.closest && ev.target.closest('.card');
    if (card && card !== current) {
      document.querySelectorAll('.current').forEach(function (n) { n.classList.remove('current'); });
      current = card;
      card.classList.add('current');
      var a = articleOf(card);
      a.el.querySelectorAll('mark[data-f]').forEach(function (m) {
        if (m.dataset.f.split(' ').indexOf(card.dataset.f) >= 0) m.classList.add('current');
      });
      updatePos();
    }
  });
  document.addEventListener('keydown', function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var tag = ev.target.tagName;
    if (tag === 'TEXTAREA' || (tag === 'INPUT' && ev.target.type !== 'checkbox') || ev.target.isContentEditable) return;
    if (ev.key === 'j') step(1);
    else if (ev.key === 'k') step(-1);
    else if ((ev.key === 'a' || ev.key === 'r') && current) {
      var b = current.querySelector(ev.key === 'a' ? '[data-act=accept]' : '[data-act=reject]');
      if (b) b.click();
      else return;
    } else return;
    ev.preventDefault();
  });

  document.querySelectorAll('article.article').forEach(function (el) {
    var a = new Article(el);
    articles.push(a);
    a.update(false);
    a.filter();
  });
  // For tests and scripts: the corrected text of article n (1-based).
  window.crossreadCorrected = function (n) { return articles[(n || 1) - 1].fixed; };
})();
