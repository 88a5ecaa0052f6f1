/*
 * site-gen search page: results as you type, filters by topic and tag, state in the URL, keyboard
 * navigation. Needs a form with an input name=q and a <div id="search-results"> on the page; loads
 * search-engine.js beside it and the index files under <site root>/search/ with <script> elements,
 * which works over http and from file://. Content is only ever inserted as text nodes.
 */
(function () {
  'use strict';

  var PAGE = 20;
  var SNIPPET = 160;
  var TOP_TAGS = 12;
  var self = document.currentScript;
  var results = document.getElementById('search-results');
  if (!self || !results) return;

  var root = self.src.replace(/assets\/search\.js(?:[?#].*)?$/, '');
  var inputs = document.querySelectorAll('input[name=q]');
  var input = document.querySelector('[data-search-input]') || inputs[inputs.length - 1];
  if (!input) return;

  var data = new Map();
  var waiting = new Map();
  window.__sgSearch = {
    add: function (name, value) {
      data.set(name, value);
      var w = waiting.get(name);
      if (w) w.resolve();
    }
  };

  function script(src, onload, onerror) {
    var el = document.createElement('script');
    el.src = src;
    el.async = true;
    el.onload = onload;
    el.onerror = onerror;
    document.head.appendChild(el);
  }

  function load(name) {
    if (data.has(name)) return Promise.resolve();
    var w = waiting.get(name);
    if (!w) {
      w = {};
      w.promise = new Promise(function (resolve, reject) {
        w.resolve = resolve;
        script(root + 'search/' + name + '.js', function () {
          if (!data.has(name)) reject(new Error('search file did not register: ' + name));
        }, function () {
          waiting.delete(name);
          reject(new Error('cannot load search file ' + name));
        });
      });
      waiting.set(name, w);
    }
    return w.promise;
  }

  var engineReady = new Promise(function (resolve, reject) {
    script(root + 'assets/search-engine.js', resolve, function () { reject(new Error('cannot load the search engine')); });
  });
  var engine = null;
  var state = { q: '', topic: '', tag: '' };
  var shown = PAGE;
  var active = -1;
  var run = 0;

  function readUrl() {
    var p = new URLSearchParams(location.search);
    state = { q: p.get('q') || '', topic: p.get('topic') || '', tag: p.get('tag') || '' };
    input.value = state.q;
  }

  function writeUrl(push) {
    var p = new URLSearchParams();
    if (state.q) p.set('q', state.q);
    if (state.topic) p.set('topic', state.topic);
    if (state.tag) p.set('tag', state.tag);
    var query = p.toString();
    var url = location.pathname + (query ? '?' + query : '') + location.hash;
    try {
      history[push ? 'pushState' : 'replaceState'](null, '', url);
    } catch (e) {
      // Some browsers refuse history changes on file:// pages; the search still works without them.
      results.setAttribute('data-history', 'unavailable');
    }
  }

  function search() {
    var mine = ++run;
    return engineReady.then(function () {
      if (!engine) engine = new window.SgSearchEngine.Engine({ get: function (n) { return data.get(n); } });
      return settle(mine);
    }).catch(function (error) {
      if (mine === run) showError(error);
    });
  }

  function settle(mine) {
    var r = engine.search(state.q, state);
    if (r.missing) return Promise.all(r.missing.map(load)).then(function () { return mine === run && settle(mine); });
    var hits = r.hits.slice(0, shown);
    var files = hits.map(function (h) { return engine.cardFile(h.doc); });
    return Promise.all(files.filter(unique).map(load)).then(function () {
      if (mine !== run) return;
      render(r, hits);
      snippets(r, hits, mine);
    });
  }

  function unique(x, i, all) {
    return all.indexOf(x) === i;
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.appendChild(document.createTextNode(text));
    return e;
  }

  function marked(tag, className, text, pattern) {
    var e = el(tag, className);
    var at = 0;
    window.SgSearchEngine.marks(text, pattern).forEach(function (range) {
      e.appendChild(document.createTextNode(text.slice(at, range[0])));
      e.appendChild(el('mark', null, text.slice(range[0], range[1])));
      at = range[1];
    });
    e.appendChild(document.createTextNode(text.slice(at)));
    return e;
  }

  function render(r, hits) {
    var facets = data.get('docs');
    var pattern = window.SgSearchEngine.highlighter(r.terms);
    var box = document.createDocumentFragment();
    box.appendChild(status(r));
    if (r.total > 0 || state.topic || state.tag) box.appendChild(filters(r, facets));
    if (r.total === 0) box.appendChild(empty(facets));
    var list = el('ol', 'search-hits');
    list.setAttribute('aria-label', '搜索结果');
    list.id = 'search-hits';
    hits.forEach(function (hit, i) {
      var card = engine.card(hit.doc);
      var item = el('li', 'search-hit' + (hit.all ? '' : ' search-hit-partial'));
      item.id = 'search-hit-' + i;
      var link = el('a', 'search-hit-title');
      link.href = root + card[1];
      if (!/[\u3400-\u9fff]/.test(card[2])) link.lang = 'en';
      link.appendChild(marked('span', null, card[2], pattern));
      item.appendChild(link);
      item.appendChild(marked('p', 'search-snippet', card[3], pattern));
      var f = facets.docs[hit.doc];
      var meta = el('p', 'search-hit-meta', facets.topics[f[0]]);
      f[1].forEach(function (t) { meta.appendChild(el('span', 'search-hit-tag', '#' + facets.tags[t][1])); });
      item.appendChild(meta);
      list.appendChild(item);
    });
    box.appendChild(list);
    if (r.total > hits.length) {
      var more = el('button', 'search-more', '显示更多 (' + (r.total - hits.length) + ')');
      more.type = 'button';
      more.addEventListener('click', function () {
        shown += PAGE;
        search();
      });
      box.appendChild(more);
    }
    results.replaceChildren(box);
    active = -1;
    input.setAttribute('aria-controls', 'search-hits');
  }

  function status(r) {
    var text;
    if (r.segments === 0 && !state.topic && !state.tag) text = '输入方法名、关键词或中文短语,例如 GuardSpace、LoRA 微调、安全对齐。';
    else if (r.total === 0) text = '没有找到论文';
    else if (r.segments > 1 && r.complete < r.total) text = '共 ' + r.total + ' 篇论文,其中 ' + r.complete + ' 篇匹配全部关键词';
    else text = '共 ' + r.total + ' 篇论文';
    var p = el('p', 'search-status', text);
    p.setAttribute('role', 'status');
    return p;
  }

  function filterButton(label, count, pressed, onClick) {
    var b = el('button', 'search-filter', label);
    b.type = 'button';
    b.setAttribute('aria-pressed', pressed ? 'true' : 'false');
    if (count !== null) b.appendChild(el('span', 'search-filter-count', String(count)));
    b.addEventListener('click', onClick);
    return b;
  }

  function setFilter(key, value) {
    state[key] = state[key] === value ? '' : value;
    shown = PAGE;
    writeUrl(true);
    search();
  }

  function filters(r, facets) {
    var box = el('div', 'search-filters');
    if (r.total === 0) return box;
    var topics = el('div', 'search-facet', '主题 ');
    sortedCounts(r.topicCounts).forEach(function (e) {
      var name = facets.topics[e[0]];
      topics.appendChild(filterButton(name, e[1], state.topic === name, function () { setFilter('topic', name); }));
    });
    box.appendChild(topics);
    var tags = el('div', 'search-facet', '标签 ');
    var top = sortedCounts(r.tagCounts).slice(0, TOP_TAGS);
    var chosen = facets.tags.findIndex(function (t) { return t[0] === state.tag; });
    if (chosen >= 0 && !top.some(function (e) { return e[0] === chosen; })) top.unshift([chosen, r.tagCounts.get(chosen) || 0]);
    top.forEach(function (e) {
      var tag = facets.tags[e[0]];
      tags.appendChild(filterButton('#' + tag[1], e[1], state.tag === tag[0], function () { setFilter('tag', tag[0]); }));
    });
    box.appendChild(tags);
    return box;
  }

  function sortedCounts(counts) {
    return Array.from(counts.entries()).sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
  }

  function empty(facets) {
    var box = el('div', 'search-empty');
    if (state.q) box.appendChild(el('p', null, '没有论文同时包含这些关键词:“' + state.q + '”。'));
    var tips = el('ul');
    if (state.topic || state.tag) {
      var all = el('button', 'search-filter', '在全部主题和标签中搜索');
      all.type = 'button';
      all.addEventListener('click', function () {
        state.topic = '';
        state.tag = '';
        writeUrl(true);
        search();
      });
      var li = el('li');
      li.appendChild(all);
      tips.appendChild(li);
    }
    if (state.q.trim().indexOf(' ') > 0) tips.appendChild(el('li', null, '试试更少的关键词,或只输入方法名。'));
    tips.appendChild(el('li', null, '中文短语按原文精确匹配,英文按整词匹配;最后一个词可以只输入开头。'));
    box.appendChild(tips);
    var browse = el('div', 'search-facet', '按主题浏览 ');
    facets.topics.forEach(function (name) {
      browse.appendChild(filterButton(name, null, false, function () { setFilter('topic', name); }));
    });
    box.appendChild(browse);
    return box;
  }

  function snippets(r, hits, mine) {
    var pattern = window.SgSearchEngine.highlighter(r.terms);
    if (!pattern) return;
    var files = hits.map(function (h) { return engine.textFile(h.doc); }).filter(unique);
    files.forEach(function (file) {
      load(file).then(function () {
        if (mine !== run) return;
        hits.forEach(function (hit, i) {
          if (engine.textFile(hit.doc) !== file) return;
          var text = engine.text(hit.doc).join('\n');
          var s = window.SgSearchEngine.snippet(text, pattern, SNIPPET);
          var old = document.querySelector('#search-hit-' + i + ' .search-snippet');
          if (!old || s.ranges.length === 0) return;
          old.replaceWith(marked('p', 'search-snippet', s.text, pattern));
        });
      }).catch(function () {
        // A missing text chunk only costs the snippet: the card's TL;DR stays.
      });
    });
  }

  function showError(error) {
    results.replaceChildren(el('p', 'search-error', '搜索暂时不可用:' + error.message));
  }

  // The results are a plain list of links (links inside listbox options would nest interactive
  // controls): the arrows only mark a result for Enter, and screen readers tab through the links.
  function move(delta) {
    var items = results.querySelectorAll('.search-hit');
    if (items.length === 0) return;
    if (active >= 0 && items[active]) {
      items[active].classList.remove('is-active');
      items[active].removeAttribute('aria-current');
    }
    active = Math.max(0, Math.min(items.length - 1, active + delta));
    var item = items[active];
    item.classList.add('is-active');
    item.setAttribute('aria-current', 'true');
    item.scrollIntoView({ block: 'nearest' });
  }

  input.setAttribute('autocomplete', 'off');
  input.addEventListener('input', function () {
    state.q = input.value;
    shown = PAGE;
    writeUrl(false);
    search();
  });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      move(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      var link = results.querySelectorAll('.search-hit a')[active];
      if (link) location.href = link.href;
    }
  });
  if (input.form) {
    input.form.addEventListener('submit', function (e) {
      e.preventDefault();
      state.q = input.value;
      writeUrl(true);
      search();
    });
  }
  window.addEventListener('popstate', function () {
    readUrl();
    shown = PAGE;
    search();
  });

  readUrl();
  search();
})();
