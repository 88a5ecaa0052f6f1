/*
 * Runs on every page. Keyboard shortcuts ("/" search, j/k for the next/previous paper of the topic, "s" to
 * star the current paper, "?" for help; the arrow keys are left to scrolling) and the reading list: star
 * buttons keep papers in localStorage, and the reading-list page shows, exports and clears them (with undo). Links are stored as paths from the site
 * root and resolved against the page's data-root, so they work from file://, a sub-path or any page depth.
 */
(function () {
  'use strict';
  var KEY = 'sitegen.reading-list';
  var root = document.body.getAttribute('data-root') || '';

  function load() {
    try {
      var list = JSON.parse(window.localStorage.getItem(KEY) || '[]');
      return Array.isArray(list) ? list.filter(function (p) { return p && typeof p.id === 'string'; }) : [];
    } catch (err) {
      return [];
    }
  }

  function save(list) {
    window.localStorage.setItem(KEY, JSON.stringify(list));
  }

  function storageWorks() {
    try {
      window.localStorage.setItem(KEY + '.probe', '1');
      window.localStorage.removeItem(KEY + '.probe');
      return true;
    } catch (err) {
      return false;
    }
  }

  function has(list, id) {
    return list.some(function (p) { return p.id === id; });
  }

  function toggle(button) {
    var id = button.getAttribute('data-star');
    var list = load();
    if (has(list, id)) {
      list = list.filter(function (p) { return p.id !== id; });
    } else {
      list.push({ id: id, title: button.getAttribute('data-title'), topic: button.getAttribute('data-topic') || '',
        summary: summaryFor(button), path: button.getAttribute('data-path'), added: new Date().toISOString() });
    }
    save(list);
    refresh();
  }

  /** The one-line summary shown next to the button: the card's, or on a paper page its description. */
  function summaryFor(button) {
    var item = button.closest('li');
    var shown = item && item.querySelector('.summary');
    if (shown) return shown.textContent.trim();
    var meta = button.classList.contains('star-big') && document.querySelector('meta[name=description]');
    return meta ? meta.getAttribute('content') : '';
  }

  function showStars() {
    var list = load();
    document.querySelectorAll('[data-star]').forEach(function (button) {
      var on = has(list, button.getAttribute('data-star'));
      button.hidden = false;
      button.setAttribute('aria-pressed', on ? 'true' : 'false');
      var icon = button.querySelector('.star-icon');
      if (icon) icon.textContent = on ? '★' : '☆';
    });
  }

  function absolute(path) {
    return new URL(root + path, window.location.href).href;
  }

  function download(name, type, text) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  function exportList(format) {
    var list = load();
    if (format === 'json') {
      download('reading-list.json', 'application/json', JSON.stringify({
        exported: new Date().toISOString(),
        papers: list.map(function (p) {
          return { id: p.id, title: p.title, topic: p.topic || '', summary: p.summary || '', url: absolute(p.path),
            added: p.added };
        })
      }, null, 2) + '\n');
    } else {
      // One item per paper: linked title, its topic, and the summary on an indented line of the same item.
      var lines = ['# 收藏夹', ''].concat(list.map(function (p) {
        var item = '- [' + p.title.replace(/([\[\]\\])/g, '\\$1') + '](' + absolute(p.path) + ')'
          + (p.topic ? '（' + p.topic + '）' : '');
        var summary = (p.summary || '').replace(/\s+/g, ' ').trim();
        return summary ? item + '\n  ' + summary : item;
      }));
      download('reading-list.md', 'text/markdown', lines.join('\n') + '\n');
    }
  }

  function renderList(box) {
    var list = load();
    var items = box.querySelector('[data-reading-list-items]');
    var status = box.querySelector('[data-reading-list-status]');
    items.replaceChildren();
    list.forEach(function (p) {
      var li = document.createElement('li');
      li.className = 'card';
      var h = document.createElement('h2');
      h.className = 'card-title';
      var a = document.createElement('a');
      a.href = root + p.path;
      if (!/[\u3400-\u9fff]/.test(p.title)) a.lang = 'en';
      a.textContent = p.title;
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'star';
      remove.setAttribute('data-star', p.id);
      remove.setAttribute('data-title', p.title);
      remove.setAttribute('data-path', p.path);
      remove.setAttribute('aria-label', '收藏：' + p.title);
      remove.title = '取消收藏';
      var icon = document.createElement('span');
      icon.className = 'star-icon';
      icon.setAttribute('aria-hidden', 'true');
      remove.appendChild(icon);
      h.append(a, remove);
      li.appendChild(h);
      if (p.summary) {
        var summary = document.createElement('p');
        summary.className = 'summary card-summary';
        summary.textContent = p.summary;
        li.appendChild(summary);
      }
      if (p.topic) {
        var topic = document.createElement('p');
        topic.className = 'card-topic';
        topic.textContent = p.topic;
        li.appendChild(topic);
      }
      items.appendChild(li);
    });
    status.textContent = list.length ? '共 ' + list.length + ' 篇收藏的论文。' : '还没有收藏论文。';
    box.querySelectorAll('[data-export], [data-clear]').forEach(function (b) { b.disabled = !list.length; });
  }

  /** Clearing is one click, and the list can be brought back from the notice it leaves until the page closes. */
  function clearWithUndo(box) {
    var cleared = load();
    save([]);
    refresh();
    var notice = box.querySelector('[data-undo]');
    notice.hidden = false;
    notice.querySelector('[data-undo-text]').textContent = '已清空 ' + cleared.length + ' 篇。';
    var undo = notice.querySelector('button');
    undo.onclick = function () {
      var now = load();
      save(cleared.concat(now.filter(function (p) { return !has(cleared, p.id); })));
      notice.hidden = true;
      refresh();
    };
    undo.focus();
  }

  function refresh() {
    var box = document.querySelector('[data-reading-list]');
    if (box) renderList(box);
    showStars();
  }

  function setUpReadingList() {
    var box = document.querySelector('[data-reading-list]');
    if (!storageWorks()) {
      if (box) {
        var note = document.createElement('p');
        note.className = 'notice';
        note.textContent = '这个浏览器不允许网页保存数据（localStorage），所以无法收藏论文。';
        box.before(note);
      }
      return;
    }
    if (box) {
      box.hidden = false;
      box.addEventListener('click', function (e) {
        var b = e.target.closest('[data-export], [data-clear]');
        if (!b) return;
        if (b.hasAttribute('data-clear')) {
          clearWithUndo(box);
        } else {
          exportList(b.getAttribute('data-export'));
        }
      });
    }
    document.addEventListener('click', function (e) {
      var star = e.target.closest('[data-star]');
      if (star) toggle(star);
    });
    window.addEventListener('storage', function (e) {
      if (e.key === KEY) refresh();
    });
    refresh();
  }

  function setUpHelp() {
    var dialog = document.getElementById('shortcuts');
    if (!dialog || typeof dialog.showModal !== 'function') return null;
    var opener = null;
    dialog.addEventListener('close', function () {
      if (opener && document.contains(opener)) opener.focus();
    });
    document.querySelectorAll('[data-shortcuts-open]').forEach(function (b) {
      b.hidden = false;
      b.addEventListener('click', function () { open(); });
    });
    function open() {
      opener = document.activeElement;
      dialog.showModal();
      dialog.querySelector('button').focus();
    }
    return function toggleHelp() {
      if (dialog.open) dialog.close(); else open();
    };
  }

  function isTyping(t) {
    return t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  }

  function follow(rel) {
    var link = document.querySelector('.prev-next a[rel="' + rel + '"]');
    if (link) window.location.href = link.href;
  }


  /*
   * The list filter of a topic page: text, one tag and a sort, kept in the URL (?q=&tag=&sort=title) so a
   * filtered list can be shared and survives reload. Without this script the form stays hidden and the
   * full list shows.
   */
  function setUpListFilter() {
    var form = document.querySelector('[data-list-filter]');
    var list = document.querySelector('[data-list]');
    if (!form || !list) return;
    var cards = Array.prototype.slice.call(list.children);
    var entries = cards.map(function (card, i) {
      var link = card.querySelector('.card-title a');
      var tags = (card.getAttribute('data-tags') || '').split('|');
      return { card: card, order: i, title: link ? link.textContent : '', tags: tags,
        text: card.textContent.toLowerCase() };
    });
    var input = form.querySelector('input[name=q]');
    var sort = form.querySelector('select[name=sort]');
    var chips = Array.prototype.slice.call(form.querySelectorAll('[data-filter-tag]'));
    var status = form.querySelector('[data-list-status]');
    var params = new URLSearchParams(window.location.search);
    var tag = params.get('tag') || '';
    input.value = params.get('q') || '';
    sort.value = params.get('sort') === 'title' ? 'title' : '';
    var chipBox = form.querySelector('.filter-tags');
    if (tag && chipBox && !chips.some(function (c) { return c.getAttribute('data-filter-tag') === tag; })) {
      // A tag from a shared link that is not among the top tags still gets a chip, so it can be switched off.
      var extra = document.createElement('button');
      extra.type = 'button';
      extra.className = 'chip';
      extra.setAttribute('data-filter-tag', tag);
      extra.textContent = tag;
      chipBox.prepend(extra);
      chips.unshift(extra);
    }

    function apply() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      entries.forEach(function (e) {
        var ok = (!tag || e.tags.indexOf(tag) >= 0) && words.every(function (w) { return e.text.indexOf(w) >= 0; });
        e.card.hidden = !ok;
        if (ok) shown++;
      });
      var sorted = entries.slice().sort(sort.value === 'title'
        ? function (a, b) { return a.title.localeCompare(b.title) || a.order - b.order; }
        : function (a, b) { return a.order - b.order; });
      sorted.forEach(function (e) { list.appendChild(e.card); });
      chips.forEach(function (c) { c.setAttribute('aria-pressed', c.getAttribute('data-filter-tag') === tag ? 'true' : 'false'); });
      status.textContent = shown === entries.length ? '共 ' + shown + ' 篇' : '显示 ' + shown + ' / ' + entries.length + ' 篇';
      var next = new URLSearchParams();
      if (input.value.trim()) next.set('q', input.value.trim());
      if (tag) next.set('tag', tag);
      if (sort.value) next.set('sort', sort.value);
      var query = next.toString();
      window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : '') + window.location.hash);
    }

    form.hidden = false;
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    input.addEventListener('input', apply);
    sort.addEventListener('change', apply);
    chips.forEach(function (c) {
      c.addEventListener('click', function () {
        var t = c.getAttribute('data-filter-tag');
        tag = tag === t ? '' : t;
        apply();
      });
    });
    apply();
  }


  /*
   * The paper map: ?p=<paper id> marks that paper's dot and names it above the map; on a touch screen a first
   * tap on a dot shows its title (and a link) instead of opening the paper blind, a second tap opens it.
   */
  function setUpMap() {
    var map = document.querySelector('svg.paper-map');
    var preview = document.querySelector('[data-map-preview]');
    if (!map || !preview) return;
    var marked = null;
    function mark(dot, lead) {
      if (marked) marked.classList.remove('marked');
      marked = dot;
      dot.classList.add('marked');
      dot.parentNode.appendChild(dot); // drawn last, so on top of its neighbours
      var title = dot.querySelector('title');
      var link = document.createElement('a');
      link.href = dot.getAttribute('href');
      link.textContent = title ? title.textContent : link.href;
      preview.replaceChildren(document.createTextNode(lead), link);
      preview.hidden = false;
    }
    var id = new URLSearchParams(window.location.search).get('p');
    if (id && /^[A-Za-z0-9_-]+$/.test(id)) {
      var dot = map.querySelector('a[href$="/' + id + '/index.html"]');
      if (dot) {
        mark(dot, '已标出：');
        dot.querySelector('circle').scrollIntoView({ block: 'center' });
      }
    }
    var focused = focusTopic(map, preview, new URLSearchParams(window.location.search).get('topic'), !marked);
    var frame = map.parentNode;
    if (!marked && frame.scrollWidth > frame.clientWidth) {
      // on a phone the map scrolls inside its frame: start from the middle of the highlighted topic's dots
      // (their mean, as a few outliers make the group's box as wide as the map), else of the map
      var dots = (focused || map).querySelectorAll('circle');
      var sum = 0;
      dots.forEach(function (c) { var r = c.getBoundingClientRect(); sum += r.left + r.width / 2; });
      var centre = dots.length ? sum / dots.length : 0;
      frame.scrollLeft += centre - frame.getBoundingClientRect().left - frame.clientWidth / 2;
    }
    var touch = false;
    map.addEventListener('pointerdown', function (e) { touch = e.pointerType === 'touch'; });
    map.addEventListener('click', function (e) {
      var dot = e.target.closest('a');
      if (!dot || !touch || dot === marked) return;
      e.preventDefault();
      mark(dot, '再点一次打开：');
    });
  }

  /*
   * ?topic=<slug> on the map: that topic's dots stay, the others fade (CSS), its legend entry is marked and
   * the note above the map names it with a way back to all topics. Says so only if no paper was marked.
   * Returns the topic's group, or null.
   */
  function focusTopic(map, preview, slug, announce) {
    if (!slug || !/^[A-Za-z0-9_-]+$/.test(slug)) return null;
    var group = map.querySelector('g[data-topic="' + slug + '"]');
    var entry = document.querySelector('.legend li[data-topic="' + slug + '"]');
    if (!group) return null;
    map.classList.add('focusing');
    group.classList.add('focused');
    if (entry) entry.classList.add('focused');
    if (!announce) return group;
    var name = entry ? entry.querySelector('a').textContent : slug;
    var all = document.createElement('a');
    all.href = window.location.pathname;
    all.textContent = '显示全部主题';
    preview.replaceChildren(document.createTextNode('突出显示：' + name + '（' +
      group.querySelectorAll('a').length + ' 篇）。'), all);
    preview.hidden = false;
    return group;
  }

  var toggleHelp = setUpHelp();
  setUpReadingList();
  setUpListFilter();
  setUpMap();

  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTyping(e.target)) return;
    var help = document.getElementById('shortcuts');
    if (help && help.open && e.key !== '?') return;
    if (e.key === '/') {
      var box = document.querySelector('[data-search-input]') || document.querySelector('input[name=q]');
      if (!box) return;
      e.preventDefault();
      box.focus();
      box.select();
    } else if (e.key === '?' && toggleHelp) {
      e.preventDefault();
      toggleHelp();
    } else if (e.key === 'j') {
      follow('next');
    } else if (e.key === 'k') {
      follow('prev');
    } else if (e.key === 's') {
      var star = document.querySelector('.star-big[data-star]');
      if (star && !star.hidden) {
        e.preventDefault();
        toggle(star);
      }
    }
  });
})();
