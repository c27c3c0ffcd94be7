(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("minutes-data").textContent);
  var marks = data.marks;  // [start, end, kind, path, label, {name: value}, page]
  var text = document.getElementById("text");
  var info = document.getElementById("info");
  var infoBody = document.getElementById("info-body");
  var entries = Array.prototype.slice.call(document.querySelectorAll("#panel a.entry"));
  var entryOf = {};
  var current = -1;
  entries.forEach(function (a, i) { entryOf[a.getAttribute("data-h")] = i; });

  function fragments(h) { return text.querySelectorAll('[data-h="' + h + '"]'); }

  function flash(h) {
    fragments(h).forEach(function (el) {
      el.classList.remove("flash");
      void el.offsetWidth;  // restart the animation
      el.classList.add("flash");
    });
  }

  function reveal(h) {
    var el = document.getElementById("h" + h);
    if (!el) { return; }
    var tall = el.getBoundingClientRect().height > window.innerHeight * 0.6;
    el.scrollIntoView({ block: tall ? "start" : "center", inline: "nearest" });
    flash(h);
    showInfo(el);
  }

  function select(i) {
    if (!entries.length) { return; }
    current = Math.max(0, Math.min(entries.length - 1, i));
    var a = entries[current];
    entries.forEach(function (e) { e.classList.remove("active"); });
    a.classList.add("active");
    var details = a.closest("details");
    if (details) { details.open = true; }
    a.focus({ preventScroll: true });
    a.scrollIntoView({ block: "nearest" });
    reveal(a.getAttribute("data-h"));
  }

  function shown(value) {
    if (value === true || value === false) { return value ? "yes" : "no"; }
    if (Array.isArray(value)) { return value.map(shown).join(", "); }
    if (value !== null && typeof value === "object") {
      return Object.keys(value).filter(function (k) { return value[k] !== null; })
        .map(function (k) { return k + ": " + shown(value[k]); }).join(", ");
    }
    return String(value);
  }

  function block(el, outer) {
    var m = marks[Number(el.getAttribute("data-h"))];
    var frag = document.createDocumentFragment();
    var h3 = document.createElement("h3");
    if (outer) { h3.className = "outer"; }
    h3.textContent = m[4];
    frag.appendChild(h3);
    var dl = document.createElement("dl");
    var rows = [["highlight", data.kinds[m[2]]]];
    Object.keys(m[5]).forEach(function (k) {
      var v = m[5][k];
      if (v !== null && !(Array.isArray(v) && !v.length)) { rows.push([k, shown(v)]); }
    });
    rows.push(["span", "[" + m[0] + ", " + m[1] + "]" + (m[6] === null ? "" : " · page " + m[6])]);
    rows.forEach(function (row) {
      var dt = document.createElement("dt");
      var dd = document.createElement("dd");
      dt.textContent = row[0];
      dd.textContent = row[1];
      dl.appendChild(dt);
      dl.appendChild(dd);
    });
    frag.appendChild(dl);
    return frag;
  }

  function showInfo(el) {
    text.querySelectorAll(".picked").forEach(function (p) { p.classList.remove("picked"); });
    infoBody.textContent = "";
    var chain = [];
    for (var node = el; node && node !== text; node = node.parentElement) {
      if (node.classList.contains("hl")) { chain.push(node); }
    }
    chain.forEach(function (node, i) { infoBody.appendChild(block(node, i > 0)); });
    fragments(el.getAttribute("data-h")).forEach(function (f) { f.classList.add("picked"); });
    info.hidden = false;
    place(el);
  }

  function place(el) {  // beside the evidence: below it when there is room, else above it
    var r = el.getBoundingClientRect();
    var h = info.offsetHeight;
    var top = r.bottom + 8 + h <= window.innerHeight ? r.bottom + 8 : Math.max(8, r.top - h - 8);
    info.style.top = top + "px";
    info.style.bottom = "auto";
  }

  document.getElementById("panel").addEventListener("click", function (ev) {
    var a = ev.target.closest("a.entry");
    if (!a) { return; }
    ev.preventDefault();
    select(entryOf[a.getAttribute("data-h")]);
  });

  text.addEventListener("click", function (ev) {
    var el = ev.target.closest(".hl");
    if (!el) { return; }
    var h = el.getAttribute("data-h");
    showInfo(el);
    if (h in entryOf) {
      current = entryOf[h];
      entries.forEach(function (e) { e.classList.remove("active"); });
      entries[current].classList.add("active");
      entries[current].scrollIntoView({ block: "nearest" });
    }
  });

  document.getElementById("info-close").addEventListener("click", function () { info.hidden = true; });

  document.querySelector(".legend").addEventListener("click", function (ev) {
    var b = ev.target.closest("button.kind");
    if (!b) { return; }
    var shown = b.getAttribute("aria-pressed") !== "true";
    b.setAttribute("aria-pressed", shown ? "true" : "false");
    document.body.classList.toggle("hide-" + b.getAttribute("data-kind"), !shown);
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) { return; }
    var inPanel = document.activeElement && document.activeElement.closest("#panel");
    if (ev.key === "j" || (inPanel && ev.key === "ArrowDown")) {
      ev.preventDefault();
      select(current + 1);
    } else if (ev.key === "k" || (inPanel && ev.key === "ArrowUp")) {
      ev.preventDefault();
      select(current - 1);
    } else if (ev.key === "Escape") {
      info.hidden = true;
    }
  });

  if (location.hash && /^#h\d+$/.test(location.hash)) { reveal(location.hash.slice(2)); }
})();
