/* Live reload for `site-gen serve` (injected into served pages only): reload after a rebuild, show a failed rebuild's error. */
(function () {
  'use strict';
  var me = document.currentScript;
  var source = new EventSource(me.getAttribute('data-events'));
  var overlay = null;
  source.addEventListener('reload', function () { location.reload(); });
  source.addEventListener('build-error', function (e) {
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.setAttribute('role', 'alert');
      overlay.id = 'sitegen-build-error';
      overlay.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;z-index:99999;' +
        'margin:0;padding:1em;background:#300;color:#fff;font:14px/1.4 ui-monospace,monospace;white-space:pre-wrap';
      document.body.appendChild(overlay);
    }
    overlay.textContent = 'site-gen: the last edit did not build; still showing the last good site.\n\n' + e.data;
  });
})();
