// Keyboard shortcuts on the item page (a accept, r reject, e edit, j/k next/previous) and "select all" on the
// queue. No inline script anywhere: the Content-Security-Policy allows scripts from /static only.
(function () {
  "use strict";
  function typing(target) {
    return target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT" ||
      target.isContentEditable);
  }
  function click(id) {
    var el = document.getElementById(id);
    if (el) { el.click(); return true; }
    return false;
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) { return; }
    var nav = document.querySelector(".itemnav");
    switch (event.key) {
      case "a": if (click("accept")) { event.preventDefault(); } break;
      case "r": if (click("reject")) { event.preventDefault(); } break;
      case "e": {
        var box = document.getElementById("edit-box");
        if (box) { box.open = true; document.getElementById("edit-message").focus(); event.preventDefault(); }
        break;
      }
      case "j": if (nav && nav.dataset.next) { window.location.href = nav.dataset.next; } break;
      case "k": if (nav && nav.dataset.prev) { window.location.href = nav.dataset.prev; } break;
      default: break;
    }
  });
  document.addEventListener("DOMContentLoaded", function () {
    var all = document.getElementById("select-all");
    if (all) {
      all.addEventListener("change", function () {
        document.querySelectorAll("input[name=item_id]").forEach(function (box) { box.checked = all.checked; });
      });
    }
  });
}());
