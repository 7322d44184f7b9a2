// SinoRussia.Dataset static site: filtering and sorting the meetings table, searching the quotes, and the
// timeline's hover card. Every page reads without this script; it only adds these controls.
(function () {
  "use strict";

  function params() { return new URLSearchParams(window.location.search); }

  // The meetings table: the filter form is hidden until this runs; each row carries its officials, year,
  // format and topics as data attributes (space-separated ids).
  function setUpFilters() {
    var form = document.getElementById("meeting-filters");
    var table = document.getElementById("meetings-table");
    if (!form || !table) { return; }
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var count = document.getElementById("meeting-count");
    var fields = { official: "officials", year: "year", format: "format", topic: "topics" };
    var query = params();
    Object.keys(fields).forEach(function (name) {
      var value = query.get(name);
      if (value) { form.elements[name].value = value; }
    });
    function apply() {
      var shown = 0;
      rows.forEach(function (row) {
        var match = Object.keys(fields).every(function (name) {
          var wanted = form.elements[name].value;
          return !wanted || (row.getAttribute("data-" + fields[name]) || "").split(" ").indexOf(wanted) >= 0;
        });
        row.hidden = !match;
        if (match) { shown++; }
      });
      count.textContent = shown + " of " + rows.length + " meetings shown";
    }
    form.addEventListener("change", apply);
    form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.hidden = false;
    apply();
  }

  // Sortable tables: each header with data-sort gets a button; aria-sort says the order.
  function setUpSorting() {
    Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
      var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
      headers.forEach(function (th, column) {
        if (!th.hasAttribute("data-sort")) { return; }
        var button = document.createElement("button");
        button.type = "button";
        button.className = "sort";
        button.textContent = th.textContent;
        th.textContent = "";
        th.appendChild(button);
        button.addEventListener("click", function () {
          var ascending = th.getAttribute("aria-sort") !== "ascending";
          headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
          th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
          var numeric = th.getAttribute("data-sort") === "number";
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = key(a.cells[column]), y = key(b.cells[column]);
            var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
            return ascending ? order : -order;
          });
          rows.forEach(function (row) { body.appendChild(row); });
        });
      });
    });
    function key(cell) { return cell.getAttribute("data-key") || cell.textContent.trim(); }
  }

  // The quotes page: every word of the query must occur in the quote's text or speaker.
  function setUpSearch() {
    var form = document.getElementById("quote-search");
    var list = document.getElementById("quote-list");
    if (!form || !list) { return; }
    var input = document.getElementById("quote-query");
    var count = document.getElementById("quote-count");
    var items = Array.prototype.slice.call(list.children);
    function apply() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (item) {
        var text = item.getAttribute("data-search") || "";
        var match = words.every(function (w) { return text.indexOf(w) >= 0; });
        item.hidden = !match;
        if (match) { shown++; }
      });
      count.textContent = words.length ? shown + " of " + items.length + " quotes match" : items.length + " quotes";
    }
    input.value = params().get("q") || "";
    input.addEventListener("input", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.hidden = false;
    apply();
  }

  // The timeline: a card with the meeting's title and date follows the pointer or the keyboard focus.
  function setUpTimelineCard() {
    var box = document.querySelector(".timeline-scroll");
    if (!box) { return; }
    var card = document.createElement("div");
    card.className = "timeline-card";
    card.setAttribute("role", "status");
    card.hidden = true;
    box.parentNode.insertBefore(card, box.nextSibling);
    function show(event) {
      var link = event.target.closest && event.target.closest("a");
      if (!link || !box.contains(link)) { return; }
      var title = link.querySelector("title");
      var date = link.getAttribute("data-date");
      card.textContent = (title ? title.textContent : "") + (date ? " (" + date + ")" : "");
      var rect = link.getBoundingClientRect(), outer = box.parentNode.getBoundingClientRect();
      card.style.left = Math.max(0, rect.left - outer.left - 120) + "px";
      card.style.top = (rect.bottom - outer.top + 6) + "px";
      card.hidden = false;
    }
    box.addEventListener("mouseover", show);
    box.addEventListener("focusin", show);
    box.addEventListener("mouseleave", function () { card.hidden = true; });
    box.addEventListener("focusout", function () { card.hidden = true; });
  }

  function start() { setUpFilters(); setUpSorting(); setUpSearch(); setUpTimelineCard(); }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
