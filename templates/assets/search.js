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
  var CARD_TAGS = 4;
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
  var shownPartial = 0;
  var filtersOpen = false;
  var rendered = false;
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
    var complete = r.hits.slice(0, r.complete);
    var partial = r.hits.slice(r.complete);
    // With no complete match the partial ones are the results, shown at once under their own heading.
    var partialShown = r.complete === 0 ? shownPartial || PAGE : shownPartial;
    var hits = complete.slice(0, shown).concat(partial.slice(0, partialShown));
    var files = hits.map(function (h) { return engine.cardFile(h.doc); });
    var suggestion = r.complete === 0 && state.q ? suggest(mine) : Promise.resolve(null);
    return Promise.all(files.filter(unique).map(load).concat([suggestion])).then(function (done) {
      if (mine !== run) return;
      render(r, complete.slice(0, shown), partial.slice(0, partialShown), done[done.length - 1]);
      snippets(r, hits, mine);
    });
  }

  /** The did-you-mean query for a search without complete matches, or null. */
  function suggest(mine) {
    var s = engine.suggest(state.q);
    if (s.missing) return Promise.all(s.missing.map(load)).then(function () { return mine === run ? suggest(mine) : null; });
    return Promise.resolve(s.query);
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

  /** A link to this page with the given state (and nothing of the current query). */
  function stateHref(next) {
    var p = new URLSearchParams();
    Object.keys(next).forEach(function (k) { if (next[k]) p.set(k, next[k]); });
    var query = p.toString();
    return location.pathname + (query ? '?' + query : '');
  }

  function render(r, complete, partial, suggestion) {
    var facets = data.get('docs');
    var pattern = window.SgSearchEngine.highlighter(r.terms);
    var box = document.createDocumentFragment();
    box.appendChild(status(r));
    var searching = r.segments > 0 || state.topic || state.tag;
    if (r.complete === 0 && searching) box.appendChild(empty(facets, suggestion));
    if (r.total === 0) {
      results.replaceChildren(box);
      active = -1;
      return;
    }
    var body = el('div', 'search-body' + (filtersOpen ? ' is-open' : ''));
    body.appendChild(filterToggle(r));
    body.appendChild(filters(r, facets));
    var main = el('div', 'search-main');
    if (complete.length) {
      main.appendChild(hitList(complete, 0, facets, pattern, '搜索结果'));
      if (r.complete > complete.length) main.appendChild(moreButton('显示更多', r.complete - complete.length, function () { shown += PAGE; }));
    }
    var partialTotal = r.total - r.complete;
    if (partialTotal > 0) {
      var section = el('section', 'search-partial');
      section.setAttribute('aria-labelledby', 'search-partial-title');
      var title = el('h2', 'search-partial-title', r.complete === 0 ? '只包含部分关键词的论文' : '另有 ' + partialTotal + ' 篇论文只包含部分关键词');
      title.id = 'search-partial-title';
      section.appendChild(title);
      if (partial.length) {
        section.appendChild(hitList(partial, complete.length, facets, pattern, '部分匹配的论文'));
        if (partialTotal > partial.length) section.appendChild(moreButton('显示更多', partialTotal - partial.length, function () { shownPartial = (shownPartial || PAGE) + PAGE; }));
      } else {
        section.appendChild(moreButton('显示这些论文', partialTotal, function () { shownPartial = PAGE; }));
      }
      main.appendChild(section);
    }
    body.appendChild(main);
    box.appendChild(body);
    results.replaceChildren(box);
    active = -1;
    input.setAttribute('aria-controls', 'search-hits');
    // Marks when the first results are on screen, so what was fetched before can be measured.
    if (!rendered && performance.mark) performance.mark('search-results');
    rendered = true;
  }

  function hitList(hits, first, facets, pattern, label) {
    var list = el('ol', 'search-hits');
    list.setAttribute('aria-label', label);
    if (first === 0) list.id = 'search-hits';
    else list.start = 1;
    hits.forEach(function (hit, k) {
      var i = first + k;
      var card = engine.card(hit.doc);
      var item = el('li', 'search-hit');
      item.id = 'search-hit-' + i;
      item.setAttribute('data-doc', String(hit.doc));
      var heading = el('h3', 'search-hit-heading');
      var link = el('a', 'search-hit-title');
      link.href = root + card[1];
      if (!/[\u3400-\u9fff]/.test(card[2])) link.lang = 'en';
      link.appendChild(marked('span', null, card[2], pattern));
      heading.appendChild(link);
      item.appendChild(heading);
      item.appendChild(marked('p', 'search-summary', card[3], pattern));
      var f = facets.docs[hit.doc];
      var chips = el('ul', 'search-chips');
      chips.setAttribute('aria-label', '主题与标签');
      chips.appendChild(el('li', 'search-chip search-chip-topic', facets.topics[f[0]]));
      f[1].slice(0, CARD_TAGS).forEach(function (t) { chips.appendChild(el('li', 'search-chip', '#' + facets.tags[t][1])); });
      item.appendChild(chips);
      list.appendChild(item);
    });
    return list;
  }

  function moreButton(label, count, onClick) {
    var more = el('button', 'search-more', label + ' ');
    more.appendChild(el('span', 'search-count', String(count)));
    more.type = 'button';
    more.addEventListener('click', function () {
      onClick();
      search();
    });
    return more;
  }

  function status(r) {
    var p = el('p', 'search-status');
    p.setAttribute('role', 'status');
    if (r.segments === 0 && !state.topic && !state.tag) {
      p.appendChild(document.createTextNode('输入方法名、关键词或中文短语,例如 GuardSpace、LoRA 微调、投机解码。'));
    } else if (r.total === 0) {
      p.appendChild(document.createTextNode('没有找到论文'));
    } else if (r.complete === 0) {
      p.appendChild(document.createTextNode('没有论文包含全部关键词'));
    } else {
      p.appendChild(el('strong', null, String(r.complete)));
      p.appendChild(document.createTextNode(r.concepts > 1 ? ' 篇论文包含全部关键词' : ' 篇论文'));
    }
    return p;
  }

  function filterButton(label, count, pressed, onClick) {
    var b = el('button', 'search-filter', label);
    b.type = 'button';
    b.setAttribute('aria-pressed', pressed ? 'true' : 'false');
    if (count !== null) {
      // The count is set apart for the eye and for screen readers ("强化学习, 81 篇").
      b.appendChild(el('span', 'visually-hidden', ','));
      b.appendChild(el('span', 'search-count', String(count)));
      b.appendChild(el('span', 'visually-hidden', '篇'));
    }
    b.addEventListener('click', onClick);
    return b;
  }

  function setFilter(key, value) {
    state[key] = state[key] === value ? '' : value;
    shown = PAGE;
    shownPartial = 0;
    writeUrl(true);
    search();
  }

  /** The button that folds the filters away on a narrow screen (CSS hides it on a wide one). */
  function filterToggle(r) {
    var chosen = (state.topic ? 1 : 0) + (state.tag ? 1 : 0);
    var b = el('button', 'search-filters-toggle', chosen ? '筛选 · 已选 ' + chosen + ' 项' : '按主题或标签筛选');
    b.type = 'button';
    b.setAttribute('aria-expanded', filtersOpen ? 'true' : 'false');
    b.setAttribute('aria-controls', 'search-filters');
    b.addEventListener('click', function () {
      filtersOpen = !filtersOpen;
      b.setAttribute('aria-expanded', filtersOpen ? 'true' : 'false');
      b.parentNode.classList.toggle('is-open', filtersOpen);
    });
    return b;
  }

  function facetGroup(id, title) {
    var group = el('div', 'search-facet');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-labelledby', id);
    var heading = el('h2', 'search-facet-title', title);
    heading.id = id;
    group.appendChild(heading);
    return group;
  }

  function filters(r, facets) {
    var box = el('div', 'search-filters');
    box.id = 'search-filters';
    var topics = facetGroup('search-facet-topics', '主题');
    sortedCounts(r.topicCounts).forEach(function (e) {
      var name = facets.topics[e[0]];
      topics.appendChild(filterButton(name, e[1], state.topic === name, function () { setFilter('topic', name); }));
    });
    box.appendChild(topics);
    var tags = facetGroup('search-facet-tags', '标签');
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

  function empty(facets, suggestion) {
    var box = el('div', 'search-empty');
    if (state.q) {
      var said = el('p', 'search-empty-lead', '没有论文同时包含这些关键词:');
      said.appendChild(el('q', null, state.q));
      box.appendChild(said);
    }
    if (suggestion) {
      var dym = el('p', 'search-suggestion', '你是不是要找 ');
      var a = el('a', null, suggestion);
      a.href = stateHref({ q: suggestion, topic: state.topic, tag: state.tag });
      dym.appendChild(a);
      dym.appendChild(document.createTextNode('?'));
      box.appendChild(dym);
    }
    var tips = el('ul', 'search-tips');
    if (state.topic || state.tag) {
      var li = el('li');
      var all = el('a', null, '在全部主题和标签中搜索');
      all.href = stateHref({ q: state.q });
      li.appendChild(all);
      tips.appendChild(li);
    }
    if (state.q.trim().indexOf(' ') > 0) tips.appendChild(el('li', null, '试试更少的关键词,或只输入方法名。'));
    tips.appendChild(el('li', null, '中文短语按原文匹配,英文词也匹配它的其他词形(tokenizer 与 tokenization);最后一个词可以只输入开头。'));
    box.appendChild(tips);
    var browse = el('nav', 'search-browse');
    browse.setAttribute('aria-labelledby', 'search-browse-title');
    var heading = el('h2', 'search-facet-title', '按主题浏览');
    heading.id = 'search-browse-title';
    browse.appendChild(heading);
    var list = el('ul', 'search-chips');
    facets.topics.forEach(function (name) {
      var item = el('li');
      var link = el('a', 'search-chip search-chip-link', name);
      link.href = stateHref({ topic: name });
      item.appendChild(link);
      list.appendChild(item);
    });
    browse.appendChild(list);
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
          var item = document.getElementById('search-hit-' + i);
          // The summary line shows the start of the summary: the snippet shows the abstract, or the rest
          // of the summary when the summary line itself has no match.
          var texts = engine.text(hit.doc);
          var summaryMarked = item && item.querySelector('.search-summary mark');
          var text = texts[1] + (summaryMarked ? '' : '\n' + texts[0]);
          var s = window.SgSearchEngine.snippet(text, pattern, SNIPPET);
          if (!item || s.ranges.length === 0 || item.querySelector('.search-snippet')) return;
          item.querySelector('.search-summary').after(marked('p', 'search-snippet', s.text, pattern));
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
    shownPartial = 0;
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
    shownPartial = 0;
    search();
  });

  readUrl();
  search();
})();
