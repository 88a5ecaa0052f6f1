/* Keyboard shortcuts on every page: "/" focuses the search box (unless the reader is typing somewhere). */
(function () {
  'use strict';
  document.addEventListener('keydown', function (e) {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    var boxes = document.querySelectorAll('input[name=q]');
    var box = document.querySelector('[data-search-input]') || boxes[0];
    if (!box) return;
    e.preventDefault();
    box.focus();
    box.select();
  });
})();
