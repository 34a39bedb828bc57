/* lingo's HTML report: the file list, documents built on demand, and explanations.
   Each document lives in its own JSON block and is built only when it is opened.
   Document HTML was written and escaped by lingo; the page's Content-Security-Policy
   lets no other script run. Nothing here fetches anything. */
(function () {
  "use strict";

  var meta = JSON.parse(document.getElementById("lingo-meta").textContent);
  var S = meta.s;
  var RULES = meta.rules; // [id, category, title, why, fix]
  var FILES = meta.files; // [path, grade, score, words, findings]
  var SEVERITY = ["info", "warning", "error"];
  var SAFETY = ["Hint", "Review first", "Safe fix"];
  var CATEGORY = {
    "jargon": "Jargon", "say-no": "Say-no", "passive-voice": "Passive voice",
    "readability": "Hard sentence", "suppression": "Unused suppression"
  };
  var PAGE_SIZE = 50;
  var sections = ["overview", "files", "doc", "changes"];
  var current = null; // {index, data}
  var opener = null; // the element that opened the explanation
  var fileState = { filter: "", sort: "score", page: 0 };

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (key) {
        if (key === "text") { node.textContent = attrs[key]; }
        else if (key === "cls") { node.className = attrs[key]; }
        else { node.setAttribute(key, attrs[key]); }
      });
    }
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function categoryLabel(category) {
    return CATEGORY[category] || category.charAt(0).toUpperCase() + category.slice(1);
  }

  function show(name) {
    sections.forEach(function (id) {
      var section = document.getElementById(id);
      if (section) { section.hidden = id !== name; }
    });
    var links = document.querySelectorAll(".top nav a");
    Array.prototype.forEach.call(links, function (a) {
      if (a.getAttribute("href") === "#" + name) { a.setAttribute("aria-current", "page"); }
      else { a.removeAttribute("aria-current"); }
    });
  }

  /* ---- the file list ---- */

  function density(row) { return row[3] ? 1000 * row[4] / row[3] : 0; }

  function sortedFiles() {
    var needle = fileState.filter.toLowerCase();
    var rows = [];
    FILES.forEach(function (row, i) {
      if (!needle || row[0].toLowerCase().indexOf(needle) >= 0) { rows.push(i); }
    });
    var key = fileState.sort;
    rows.sort(function (a, b) {
      var x = FILES[a], y = FILES[b];
      if (key === "path") { return x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0; }
      if (key === "score") { return scoreOf(x) - scoreOf(y) || density(y) - density(x); }
      if (key === "density") { return density(y) - density(x); }
      if (key === "findings") { return y[4] - x[4]; }
      return y[3] - x[3];
    });
    return rows;
  }

  // A file with nothing to grade (no prose, or not English) has a null grade and score.
  function scoreOf(row) { return row[2] === null ? 101 : row[2]; }

  function gradeCell(row) {
    if (row[1] === null) { return [el("span", { cls: "grade g-none", text: "-" })]; }
    return [el("span", { cls: "grade g-" + row[1], text: row[1] }), " " + Math.round(row[2])];
  }

  function renderFiles() {
    var rows = sortedFiles();
    var pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
    fileState.page = Math.min(fileState.page, pages - 1);
    var body = document.getElementById("file-rows");
    body.textContent = "";
    rows.slice(fileState.page * PAGE_SIZE, (fileState.page + 1) * PAGE_SIZE).forEach(function (i) {
      var row = FILES[i];
      body.appendChild(el("tr", null, [
        el("td", null, [el("a", { href: "#doc-" + i, text: row[0] })]),
        el("td", null, gradeCell(row)),
        el("td", { text: row[3].toLocaleString("en") }),
        el("td", { text: row[4].toLocaleString("en") }),
        el("td", { text: density(row).toFixed(1) })
      ]));
    });
    document.getElementById("file-count").textContent =
      rows.length.toLocaleString("en") + " of " + FILES.length.toLocaleString("en") + " files";
    document.getElementById("page-at").textContent = "Page " + (fileState.page + 1) + " of " + pages;
    document.getElementById("page-prev").disabled = fileState.page === 0;
    document.getElementById("page-next").disabled = fileState.page >= pages - 1;
  }

  /* ---- one document ---- */

  function loadDocument(index) {
    if (current && current.index === index) { return current; }
    var block = document.getElementById("d" + index);
    if (!block) { return null; }
    current = { index: index, data: JSON.parse(block.textContent) };
    current.data.h = document.getElementById("h" + index).textContent;
    return current;
  }

  function figure(label, value, note) {
    return el("div", { cls: "figure" }, [
      el("dt", { text: label }), el("dd", { text: value + (note ? " " + note : "") })
    ]);
  }

  function legend() {
    var items = [
      ["mark", "cj", "Jargon"], ["mark", "cs", "Say-no"],
      ["mark", "cp", "Passive voice"], ["mark", "co", "Other"],
      ["span", "bh", "Hard sentence"], ["span", "bv", "Very hard sentence"]
    ];
    return el("ul", { cls: "legend", "aria-label": "What the highlights mean" }, items.map(function (item) {
      return el("li", null, [el(item[0], { cls: item[1], text: item[2] })]);
    }));
  }

  function findingLine(data, i) {
    var f = data.f[i];
    var rule = RULES[f[0]];
    return f[2] + ":" + f[3] + " " + categoryLabel(rule[1]) + ": " + S[f[4]];
  }

  function renderDocument(index, focusFinding) {
    var doc = loadDocument(index);
    var section = document.getElementById("doc");
    if (!doc) {
      section.textContent = "";
      section.appendChild(el("h2", { id: "doc-title", text: "No such document" }));
      show("doc");
      return;
    }
    var data = doc.data;
    var row = FILES[index];
    var r = data.r;
    section.textContent = "";
    section.appendChild(el("p", { cls: "crumbs" }, [el("a", { href: "#files", text: "All files" }), " / "]));
    section.appendChild(el("h2", { id: "doc-title", text: row[0] }));
    var card = el("div", { cls: "doc-card" }, [
      el("div", { cls: "card" }, [
        el("span", { cls: "big" }, [el("span", { cls: "grade g-" + (row[1] || "none"), text: row[1] || "-" })]),
        el("span", { text: row[1] ? "Report card " + Math.round(row[2]) + "/100" : "No grade: no English prose" })
      ]),
      el("dl", { cls: "figures" }, [
        figure("Words", r[0].toLocaleString("en")),
        figure("Sentences", r[1].toLocaleString("en")),
        figure("Findings", data.f.length.toLocaleString("en")),
        figure("Flesch reading ease", r[2].toFixed(1), "(60-70 is plain English)"),
        figure("Flesch-Kincaid grade", r[3].toFixed(1), "(target " + Math.round(r[9]) + ")"),
        figure("Gunning fog", r[4].toFixed(1)),
        figure("SMOG index", r[5].toFixed(1))
      ])
    ]);
    section.appendChild(card);
    section.appendChild(legend());
    var text = el("article", { cls: "doc-text", id: "doc-text", "aria-label": "The text of " + row[0] });
    text.innerHTML = data.h; // written and escaped by lingo; see the module comment
    Array.prototype.forEach.call(text.querySelectorAll("mark[tabindex]"), function (mark) {
      mark.setAttribute("role", "button");
    });
    Array.prototype.forEach.call(text.querySelectorAll("button.chip"), function (chip) {
      var rule = RULES[data.f[Number(chip.getAttribute("data-f"))][0]];
      chip.setAttribute("type", "button");
      chip.setAttribute("aria-label", rule[2] + ": show the explanation");
    });
    var list = el("ol", { cls: "finding-list" });
    data.f.forEach(function (f, i) {
      list.appendChild(el("li", null, [
        el("button", { type: "button", cls: "finding-button", "data-f": String(i), text: findingLine(data, i) })
      ]));
    });
    var side = el("div", { cls: "doc-findings" }, [
      el("h3", { text: "Findings (" + data.f.length + ")" }), list
    ]);
    if (data.u.length) {
      side.appendChild(el("p", { cls: "note",
        text: data.u.length + " of them are in text a reader does not see in the page " +
          "(such as an image's title or a form's placeholder); they are in this list only." }));
    }
    section.appendChild(el("div", { cls: "doc-body" }, [text, side]));
    show("doc");
    if (focusFinding !== null && focusFinding < data.f.length) {
      var target = text.querySelector('[tabindex][data-f~="' + focusFinding + '"], .chip[data-f="' + focusFinding + '"]') ||
        list.querySelector('[data-f="' + focusFinding + '"]');
      if (target) {
        target.scrollIntoView({ block: "center" });
        target.focus();
        openExplanation([focusFinding], target);
      }
    } else {
      section.querySelector("h2").setAttribute("tabindex", "-1");
      section.querySelector("h2").focus();
    }
  }

  /* ---- explanations ---- */

  function card(i) {
    var f = current.data.f[i];
    var rule = RULES[f[0]];
    var box = el("section", { cls: "finding sev-" + SEVERITY[f[1]], "aria-label": rule[2] });
    box.appendChild(el("p", { cls: "kind" }, [
      el("span", { cls: "badge", text: categoryLabel(rule[1]) }), " " + SEVERITY[f[1]] + " \u00b7 line " + f[2] + ", column " + f[3]
    ]));
    box.appendChild(el("h3", { text: rule[2] }));
    box.appendChild(el("p", { cls: "flagged" }, [el("q", { text: S[f[5]] })]));
    box.appendChild(el("p", { text: S[f[4]] }));
    if (rule[3]) {
      box.appendChild(el("p", { cls: "why" }, [el("strong", { text: "Why it matters: " }), rule[3]]));
    }
    if (f[6].length) {
      var items = f[6].map(function (s) {
        return el("li", null, [el("span", { cls: "safety s" + s[1], text: SAFETY[s[1]] + ": " }), S[s[0]]]);
      });
      box.appendChild(el("h4", { text: f[6].length > 1 ? "Suggestions" : "Suggestion" }));
      box.appendChild(el("ul", { cls: "suggestions" }, items));
    }
    box.appendChild(el("p", { cls: "more" }, ["More: ", el("code", { text: "lingo explain " + rule[0] })]));
    return box;
  }

  function openExplanation(indexes, from) {
    var panel = document.getElementById("explain");
    var body = document.getElementById("explain-body");
    body.textContent = "";
    indexes.forEach(function (i) { body.appendChild(card(i)); });
    document.getElementById("explain-title").textContent =
      indexes.length > 1 ? indexes.length + " findings here" : "Finding";
    opener = from;
    panel.hidden = false;
    Array.prototype.forEach.call(document.querySelectorAll(".active"), function (node) {
      node.classList.remove("active");
    });
    indexes.forEach(function (i) {
      Array.prototype.forEach.call(document.querySelectorAll('#doc-text [data-f~="' + i + '"]'), function (node) {
        node.classList.add("active");
      });
    });
    document.getElementById("explain-title").focus();
  }

  function closeExplanation() {
    var panel = document.getElementById("explain");
    if (panel.hidden) { return; }
    panel.hidden = true;
    if (opener && document.body.contains(opener)) { opener.focus(); }
    opener = null;
  }

  function indexesOf(node) {
    return node.getAttribute("data-f").split(" ").map(Number);
  }

  /* the innermost highlight under the pointer, and every band or mark around it */
  function findingsAt(target) {
    var marks = [];
    var node = target;
    while (node && node.id !== "doc-text") {
      if (node.hasAttribute && node.hasAttribute("data-f")) {
        indexesOf(node).forEach(function (i) { if (marks.indexOf(i) < 0) { marks.push(i); } });
      }
      node = node.parentNode;
    }
    return marks;
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) { return; }
    if (target.closest("#explain-close")) { closeExplanation(); return; }
    var button = target.closest(".finding-button");
    if (button) {
      var i = Number(button.getAttribute("data-f"));
      var place = document.querySelector('#doc-text [data-f~="' + i + '"]');
      if (place) { place.scrollIntoView({ block: "center" }); }
      openExplanation([i], button);
      return;
    }
    if (target.closest("#doc-text") && target.closest("[data-f]")) {
      var found = findingsAt(target.closest("[data-f]"));
      var focusable = target.closest("#doc-text [tabindex], #doc-text .chip") ||
        target.closest("[data-f]");
      openExplanation(found, focusable);
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { closeExplanation(); return; }
    var target = event.target;
    if ((event.key === "Enter" || event.key === " ") && target instanceof Element &&
        target.matches("#doc-text mark[tabindex]")) {
      event.preventDefault();
      openExplanation(findingsAt(target), target);
    }
  });

  /* ---- routing ---- */

  function route() {
    var hash = decodeURIComponent(location.hash.slice(1));
    closeExplanation();
    var match = /^doc-(\d+)(?:\/(\d+))?$/.exec(hash);
    if (match) {
      renderDocument(Number(match[1]), match[2] === undefined ? null : Number(match[2]));
    } else if (hash === "files") {
      renderFiles();
      show("files");
    } else if (hash === "changes" && document.getElementById("changes").children.length) {
      show("changes");
    } else {
      show("overview");
    }
  }

  document.getElementById("file-filter").addEventListener("input", function (event) {
    fileState.filter = event.target.value;
    fileState.page = 0;
    renderFiles();
  });
  document.getElementById("file-sort").addEventListener("change", function (event) {
    fileState.sort = event.target.value;
    renderFiles();
  });
  document.getElementById("page-prev").addEventListener("click", function () {
    fileState.page -= 1;
    renderFiles();
  });
  document.getElementById("page-next").addEventListener("click", function () {
    fileState.page += 1;
    renderFiles();
  });
  window.addEventListener("hashchange", route);
  route();
  document.documentElement.setAttribute("data-ready", "true");
  if (window.performance && performance.mark) { performance.mark("lingo-ready"); }
})();
