// The tag index's filter box: hides the tags whose name and spellings do not contain what is typed, as it is
// typed, and keeps the text in the address (?q=) so a filtered list can be shared or reloaded. Without this
// script the box stays hidden and every tag is listed.
(function () {
  "use strict";
  var form = document.querySelector("[data-tag-filter]");
  if (!form) {
    return;
  }
  var input = form.querySelector("input");
  var status = document.getElementById("tag-filter-status");
  var items = Array.prototype.slice.call(document.querySelectorAll("li[data-tag]"));
  var singletons = document.querySelector("[data-tag-singletons]");
  var empty = document.querySelector("[data-tag-empty]");
  var openBefore = singletons ? singletons.open : false;

  function apply(query) {
    var q = query.trim().toLowerCase();
    var shown = 0;
    var shownSingle = 0;
    items.forEach(function (li) {
      var match = q === "" || li.getAttribute("data-tag").indexOf(q) >= 0;
      li.hidden = !match;
      if (match) {
        shown++;
        if (singletons && singletons.contains(li)) {
          shownSingle++;
        }
      }
    });
    if (singletons) {
      // Filtering opens the single-paper tags when they hold a match; clearing restores what the reader chose.
      singletons.open = q === "" ? openBefore : shownSingle > 0;
    }
    if (empty) {
      empty.hidden = q === "" || shown - shownSingle > 0;
    }
    status.textContent = q === "" ? "" : "匹配 " + shown + " 个标签";
  }

  function remember(query) {
    var url = new URL(window.location.href);
    if (query.trim() === "") {
      url.searchParams.delete("q");
    } else {
      url.searchParams.set("q", query);
    }
    window.history.replaceState(null, "", url.toString());
  }

  form.hidden = false;
  form.addEventListener("submit", function (event) {
    event.preventDefault();
  });
  if (singletons) {
    singletons.addEventListener("toggle", function () {
      if (input.value.trim() === "") {
        openBefore = singletons.open;
      }
    });
  }
  input.addEventListener("input", function () {
    apply(input.value);
    remember(input.value);
  });
  var initial = new URLSearchParams(window.location.search).get("q") || "";
  input.value = initial;
  apply(initial);
})();
