// glia serve's live reload, added only to pages the preview server sends (never to `glia
// build` output): it reloads the page after each successful build, keeping the scroll
// position, and shows a failed build's diagnostics over the last good page.
(function () {
  "use strict";
  var key = "glia-scroll:" + location.pathname;
  var saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    window.addEventListener("load", function () { window.scrollTo(0, Number(saved)); });
  }
  var changed = sessionStorage.getItem("glia-changed");
  if (changed !== null) {
    sessionStorage.removeItem("glia-changed");
    window.addEventListener("load", function () { changesNote(Number(changed)); });
  }

  // After a rebuild that changed figures or numbers: a note linking to the changes page.
  function changesNote(count) {
    var note = document.createElement("aside");
    note.setAttribute("aria-label", "What changed");
    note.style.cssText = "position:fixed;right:1rem;bottom:1rem;z-index:999;background:#1f4e8c;" +
      "color:#fff;padding:.6rem .9rem;border-radius:8px;font:15px/1.4 system-ui,sans-serif;" +
      "box-shadow:0 4px 16px rgba(0,0,0,.3)";
    var link = document.createElement("a");
    link.href = "/changes.html";
    link.style.color = "#fff";
    link.textContent = count + (count === 1 ? " change" : " changes") + " in this build: see what changed";
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "×";
    close.setAttribute("aria-label", "Dismiss");
    close.style.cssText = "margin-left:.6rem;background:none;border:0;color:#fff;font-size:18px;cursor:pointer";
    close.onclick = function () { note.remove(); };
    note.appendChild(link);
    note.appendChild(close);
    document.body.appendChild(note);
  }

  function overlay(lines) {
    var box = document.getElementById("glia-build-errors");
    if (!lines) {
      if (box) box.remove();
      return;
    }
    if (!box) {
      box = document.createElement("section");
      box.id = "glia-build-errors";
      box.setAttribute("role", "alert");
      box.setAttribute("aria-label", "Build errors");
      box.style.cssText = "position:fixed;inset:auto 1rem 1rem 1rem;max-height:60vh;overflow:auto;" +
        "z-index:1000;background:#fff5f5;color:#5a0000;border:2px solid #b00020;border-radius:8px;" +
        "padding:1rem;font:14px/1.45 ui-monospace,monospace;box-shadow:0 4px 24px rgba(0,0,0,.3)";
      document.body.appendChild(box);
    }
    box.textContent = "";
    var title = document.createElement("strong");
    title.textContent = "glia: the build failed; this page is the last good one.";
    var text = document.createElement("pre");
    text.style.cssText = "white-space:pre-wrap;margin:.5rem 0 0";
    text.textContent = lines.join("\n");
    box.appendChild(title);
    box.appendChild(text);
  }

  function connect() {
    var socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") +
      location.host + "/__glia/live");
    var first = true;
    socket.onmessage = function (event) {
      var message = JSON.parse(event.data);
      if (message.type === "reload") {
        sessionStorage.setItem(key, String(window.scrollY));
        if (message.changed) sessionStorage.setItem("glia-changed", String(message.changed));
        location.reload();
      } else if (message.type === "errors") {
        overlay(message.diagnostics);
      } else if (message.type === "ok" && first) {
        overlay(null);
      }
      first = false;
    };
    socket.onclose = function () { setTimeout(connect, 1000); };
  }
  connect();
})();
