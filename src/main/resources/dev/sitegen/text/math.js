// Renders the math spans written by dev.sitegen.text.RichText with KaTeX (window.katex, loaded first).
// Markup: <span class="math[ display]" data-tex="TeX">readable fallback</span>; the fallback stays if KaTeX is absent.
(function () {
  "use strict";
  function renderAll(root) {
    if (!window.katex) {
      return;
    }
    var spans = (root || document).querySelectorAll(".math[data-tex]");
    for (var i = 0; i < spans.length; i++) {
      var el = spans[i];
      try {
        window.katex.render(el.getAttribute("data-tex"), el, {
          // trust stays false (the default), so \href and \url inside TeX never become links.
          throwOnError: false,
          displayMode: el.classList.contains("display")
        });
      } catch (e) {
        // Keep the readable fallback text; throwOnError:false makes this rare (e.g. non-string input).
        el.title = String(e && e.message ? e.message : e);
      }
    }
  }
  window.sitegenRenderMath = renderAll;
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { renderAll(document); });
  } else {
    renderAll(document);
  }
})();
