/* lingo's live editor: lint as you type (debounced), highlight behind the text,
   explain the finding under the cursor, apply a rewrite, copy the fixed text.
   Offsets from the server are UTF-16 code units, as JavaScript strings count. */
(function () {
  "use strict";

  var DEBOUNCE_MS = 250;
  var RULES = JSON.parse(document.getElementById("rules").textContent);
  var CLASSES = { "jargon": "cj", "say-no": "cs", "passive-voice": "cp" };
  var BANDS = { "readability/hard-sentence": "bh", "readability/very-hard-sentence": "bv" };
  var CATEGORY = { "jargon": "Jargon", "say-no": "Say-no", "passive-voice": "Passive voice", "readability": "Hard sentence" };
  var SAFETY = { "safe": "Safe fix", "unsafe": "Review first", "hint": "Hint" };

  var textarea = document.getElementById("text");
  var backdrop = document.getElementById("backdrop");
  var highlights = document.getElementById("highlights");
  var status = document.getElementById("status");
  var profile = document.getElementById("profile");
  var syntax = document.getElementById("syntax");
  var sent = 0; // number of the latest request
  var checked = null; // {version, text, findings, report}
  var timer = null;
  var shownAt = null; // the caret offset the explanation is for
  window.lingoTimings = []; // {debounced, answered, drawn, server} per check, for benchmarks

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === "text") { node.textContent = attrs[key]; }
      else if (key === "cls") { node.className = attrs[key]; }
      else { node.setAttribute(key, attrs[key]); }
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function isBand(f) { return Object.prototype.hasOwnProperty.call(BANDS, f.rule); }
  function label(category) { return CATEGORY[category] || category; }

  /* ---- checking ---- */

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      credentials: "same-origin"
    }).then(function (response) {
      return response.json().then(function (data) {
        if (!response.ok) { throw new Error(data.error || response.statusText); }
        return data;
      });
    });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(check, DEBOUNCE_MS);
  }

  function check() {
    clearTimeout(timer);
    var version = ++sent;
    var text = textarea.value;
    var started = performance.now();
    post("/api/check", { text: text, profile: profile.value, syntax: syntax.value })
      .then(function (report) {
        if (version !== sent) { return; } // a newer check is on its way
        var answered = performance.now();
        checked = { version: version, text: text, findings: report.findings, report: report };
        draw();
        noteProfile();
        var drawn = performance.now();
        window.lingoTimings.push({
          debounced: started, answered: answered, drawn: drawn, server: report.ms,
          latency: drawn - started, chars: text.length
        });
        highlights.setAttribute("data-version", String(version));
        status.textContent = report.findings.length
          ? report.findings.length + (report.findings.length === 1 ? " finding" : " findings") +
            " (checked in " + Math.round(drawn - started) + " ms)"
          : (text.trim() ? "Nothing to fix." : "");
      })
      .catch(function (error) {
        if (version === sent) { status.textContent = "Not checked: " + error.message; }
      });
  }

  /* ---- highlights behind the text ---- */

  function draw() {
    var text = checked.text;
    var findings = checked.findings;
    var cuts = [0, text.length];
    findings.forEach(function (f) { cuts.push(f.start, f.end); });
    cuts = cuts.filter(function (c, i, all) { return all.indexOf(c) === i; })
      .sort(function (a, b) { return a - b; });
    highlights.textContent = "";
    for (var k = 0; k + 1 < cuts.length; k++) {
      var a = cuts[k], b = cuts[k + 1];
      if (b <= a) { continue; }
      var piece = document.createTextNode(text.slice(a, b));
      var node = piece;
      var marks = [], bands = [];
      findings.forEach(function (f, i) {
        if (f.start < b && f.end > a) { (isBand(f) ? bands : marks).push(i); }
      });
      if (marks.length) {
        marks.sort(function (x, y) {
          return (findings[y].end - findings[y].start) - (findings[x].end - findings[x].start);
        });
        var cls = CLASSES[findings[marks[0]].category] || "co";
        node = el("mark", { cls: cls + (marks.length > 1 ? " multi" : ""), "data-f": marks.join(" ") }, [node]);
      }
      if (bands.length) {
        node = el("span", { cls: BANDS[findings[bands[0]].rule], "data-f": bands.join(" ") }, [node]);
      }
      highlights.appendChild(node);
    }
    if (text.slice(-1) === "\n") { highlights.appendChild(document.createTextNode(" ")); }
    backdrop.scrollTop = textarea.scrollTop;
    drawCard();
    drawList();
    shownAt = null;
    explainAtCaret();
  }

  function drawCard() {
    var report = checked.report;
    var r = report.readability;
    var grade = document.getElementById("grade");
    // No grade for a text with no prose yet, or one that is not English.
    grade.textContent = report.grade || "-";
    grade.className = "grade g-" + (report.grade || "none");
    document.getElementById("score").textContent =
      report.grade ? Math.round(report.score) + "/100" : (report.language ? "not English" : "no text yet");
    var figures = document.getElementById("figures");
    figures.textContent = "";
    [["Words", r.words], ["Sentences", r.sentences],
     ["Reading grade", r.flesch_kincaid_grade.toFixed(1) + " (target " + Math.round(r.target_grade) + ")"],
     ["Reading ease", r.flesch_reading_ease.toFixed(0)]].forEach(function (pair) {
      figures.appendChild(el("div", null, [el("dt", { text: pair[0] }), el("dd", { text: String(pair[1]) })]));
    });
  }

  function drawList() {
    var list = document.getElementById("findings");
    list.textContent = "";
    document.getElementById("count").textContent = "(" + checked.findings.length + ")";
    checked.findings.forEach(function (f, i) {
      list.appendChild(el("li", null, [el("button", {
        type: "button", cls: "finding-button", "data-f": String(i),
        text: label(f.category) + ": " + f.text.replace(/\s+/g, " ").slice(0, 60)
      })]));
    });
  }

  /* ---- explanations and rewrites ---- */

  function findingsAt(offset) {
    if (!checked || checked.text !== textarea.value) { return []; }
    var found = [];
    checked.findings.forEach(function (f, i) {
      if (f.start <= offset && offset <= f.end && f.end > f.start) { found.push(i); }
    });
    // words before the sentences around them
    found.sort(function (x, y) { return isBand(checked.findings[x]) - isBand(checked.findings[y]); });
    return found;
  }

  function explainAtCaret() {
    if (document.activeElement !== textarea && shownAt !== null) { return; }
    var at = textarea.selectionStart;
    if (at === shownAt) { return; }
    shownAt = at;
    var found = findingsAt(at);
    if (found.length) { explain(found); }
  }

  function explain(indexes) {
    var body = document.getElementById("explain-body");
    body.textContent = "";
    Array.prototype.forEach.call(highlights.querySelectorAll(".active"), function (node) {
      node.classList.remove("active");
    });
    indexes.forEach(function (i) {
      Array.prototype.forEach.call(highlights.querySelectorAll('[data-f~="' + i + '"]'), function (node) {
        node.classList.add("active");
      });
      body.appendChild(card(i));
    });
  }

  function card(i) {
    var f = checked.findings[i];
    var rule = RULES[f.rule] || { title: f.rule, why: "" };
    var box = el("div", { cls: "finding sev-" + f.severity });
    box.appendChild(el("p", { cls: "kind", text: label(f.category) + " \u00b7 " + f.severity }));
    box.appendChild(el("h3", { text: rule.title }));
    box.appendChild(el("p", { cls: "flagged" }, [el("q", { text: f.text.replace(/\s+/g, " ") })]));
    box.appendChild(el("p", { text: f.message }));
    if (rule.why) { box.appendChild(el("p", { cls: "why" }, [el("strong", { text: "Why it matters: " }), rule.why])); }
    f.suggestions.forEach(function (s, n) {
      var item = el("div", { cls: "suggestion" }, [
        el("span", { cls: "safety", text: SAFETY[s.safety] + ": " }), s.text
      ]);
      if (s.edits.length) {
        item.appendChild(el("button", {
          type: "button", cls: "apply", "data-f": String(i), "data-s": String(n),
          text: s.safety === "safe" ? "Apply" : "Apply rewrite"
        }));
      }
      box.appendChild(item);
    });
    return box;
  }

  function applyEdits(edits) {
    textarea.focus();
    edits.slice().sort(function (x, y) { return y.start - x.start; }).forEach(function (e) {
      textarea.setSelectionRange(e.start, e.end);
      // insertText keeps the browser's undo history; setRangeText where it is missing
      if (!document.execCommand || !document.execCommand("insertText", false, e.replacement)) {
        textarea.setRangeText(e.replacement, e.start, e.end, "end");
      }
    });
    check();
  }

  function replaceAll(text) {
    textarea.focus();
    textarea.select();
    if (!document.execCommand || !document.execCommand("insertText", false, text)) {
      textarea.value = text;
    }
    check();
  }

  function fixed() {
    return post("/api/fix", { text: textarea.value, profile: profile.value, syntax: syntax.value });
  }

  /* ---- events ---- */

  textarea.addEventListener("input", schedule);
  textarea.addEventListener("scroll", function () { backdrop.scrollTop = textarea.scrollTop; });
  ["click", "keyup", "select", "focus"].forEach(function (name) {
    textarea.addEventListener(name, explainAtCaret);
  });
  profile.addEventListener("change", function () { check(); noteProfile(); });
  syntax.addEventListener("change", check);

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) { return; }
    var apply = target.closest("button.apply");
    if (apply) {
      if (!checked || checked.text !== textarea.value) {
        status.textContent = "The text changed; checking again before rewriting.";
        check();
        return;
      }
      var f = checked.findings[Number(apply.getAttribute("data-f"))];
      applyEdits(f.suggestions[Number(apply.getAttribute("data-s"))].edits);
      return;
    }
    var button = target.closest(".finding-button");
    if (button) {
      var i = Number(button.getAttribute("data-f"));
      var f2 = checked.findings[i];
      textarea.focus();
      textarea.setSelectionRange(f2.start, f2.end);
      shownAt = f2.start;
      explain([i].concat(findingsAt(f2.start).filter(function (j) { return j !== i; })));
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && document.activeElement !== textarea) { textarea.focus(); }
  });

  document.getElementById("fix-all").addEventListener("click", function () {
    fixed().then(function (answer) {
      replaceAll(answer.text);
      status.textContent = answer.applied + (answer.applied === 1 ? " fix" : " fixes") + " applied.";
    }).catch(function (error) { status.textContent = "Not fixed: " + error.message; });
  });

  document.getElementById("copy-fixed").addEventListener("click", function () {
    fixed().then(function (answer) {
      return navigator.clipboard.writeText(answer.text).then(function () {
        status.textContent = "Copied the text with " + answer.applied +
          (answer.applied === 1 ? " safe fix" : " safe fixes") + " applied.";
      });
    }).catch(function (error) { status.textContent = "Not copied: " + error.message; });
  });

  function noteProfile() {
    var option = profile.options[profile.selectedIndex];
    var note = option ? option.title : "";
    var read = checked && checked.report && checked.report.profile;
    if (option && option.value === "auto" && read) {
      var chosen = profile.querySelector('option[value="' + read + '"]');
      note = "Read as: " + (chosen ? chosen.textContent : read) + ". " + note;
    }
    document.getElementById("profile-note").textContent = note;
  }

  noteProfile();
  if (textarea.value) { check(); }
  document.documentElement.setAttribute("data-ready", "true");
})();
