// The editor's desk: paste or drop a draft, read its report, keep editing.
//
// The report itself is the standalone HTML report page (the same templates as
// `quoteaudit audit --format html`), shown in a sandboxed, same-origin frame: it keeps its
// own strict Content-Security-Policy and runs no script. This script only sends the draft,
// swaps in the new report without moving the reader's place, and explains a passage
// when it is clicked. Text from the draft or the server is only ever set as textContent.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const draft = $("draft");
  const format = $("format");
  const statusLine = $("status");
  const summary = $("summary");
  const frames = [$("frame-a"), $("frame-b")];
  const DEBOUNCE_MS = 500;
  const TEXT_FORMATS = { ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown", ".html": "html", ".htm": "html", ".xhtml": "html" };

  let current = -1;          // index of the frame on show, -1 before the first report
  let sequence = 0;          // the latest request; older answers are dropped
  let inFlight = null;       // AbortController of the request in flight
  let timer = null;
  let draftName = "draft";   // the uploaded file's name while its text is edited here
  let downloads = ["html", "json"];
  const rules = {};          // code -> rule from /api/rules (label, how to fix, why)
  const audits = {};         // report id -> its quoteaudit/2 document

  function setStatus(text, kind) {
    statusLine.textContent = text;
    statusLine.className = "status" + (kind ? " " + kind : "");
  }

  async function getJSON(url) {
    const response = await fetch(url, { credentials: "same-origin" });
    if (!response.ok) throw new Error(url + ": " + response.status);
    return response.json();
  }

  async function start() {
    try {
      const health = await getJSON("/api/health");
      $("config-path").textContent = health.config || "built-in defaults (no quoteaudit.toml found)";
      downloads = health.downloads;
      $("file").accept = health.upload_extensions.concat([".docx"]).join(",");
      const list = await getJSON("/api/rules");
      for (const rule of list.rules) rules[rule.code] = rule;
    } catch (err) {
      setStatus("The server cannot be reached: is quoteaudit serve still running?", "error");
    }
  }

  // --- sending the draft ---------------------------------------------------------------

  function schedule(delay) {
    clearTimeout(timer);
    timer = setTimeout(checkText, delay === undefined ? DEBOUNCE_MS : delay);
  }

  function checkText() {
    clearTimeout(timer);
    if (!draft.value.trim()) {
      if (draftName === "draft") clearReport();
      return;
    }
    const body = JSON.stringify({ text: draft.value, format: format.value, id: draftName });
    send(body, { "Content-Type": "application/json" });
  }

  function upload(file) {
    const dot = file.name.lastIndexOf(".");
    const ext = dot >= 0 ? file.name.slice(dot).toLowerCase() : "";
    const form = new FormData();
    form.append("file", file, file.name);
    if (TEXT_FORMATS[ext]) {
      // the editor can go on editing the file's text here; later checks keep its name
      file.text().then((text) => {
        draft.value = text;
        format.value = TEXT_FORMATS[ext];
        draftName = file.name;
      });
    }
    send(form, {});
  }

  async function send(body, headers) {
    const mine = ++sequence;
    if (inFlight) inFlight.abort();
    inFlight = new AbortController();
    setStatus("Checking…", "busy");
    const started = performance.now();
    let response;
    let data = null;
    try {
      response = await fetch("/api/audit", { method: "POST", body, headers, signal: inFlight.signal, credentials: "same-origin" });
      data = await response.json().catch(() => null);
    } catch (err) {
      if (err.name === "AbortError") return;
      setStatus("The server cannot be reached: is quoteaudit serve still running?", "error");
      return;
    }
    if (mine !== sequence) return;
    if (!response.ok) {
      let message = data && data.error ? data.error : "The server answered " + response.status + ".";
      if (response.status === 503) {
        const wait = parseInt(response.headers.get("Retry-After") || "2", 10);
        message += " Trying again in " + wait + " s.";
        if (typeof body === "string") schedule(wait * 1000);
      }
      setStatus(message, "error");
      return;
    }
    const id = response.headers.get("X-Quoteaudit-Report");
    const doc = data.documents[0];
    audits[id] = doc;
    const verdict = {status: response.headers.get("X-Quoteaudit-Verdict"), text: response.headers.get("X-Quoteaudit-Verdict-Text")};
    showReport(id, doc, verdict, mine, performance.now() - started);
  }

  // --- showing the report --------------------------------------------------------------

  function clearReport() {
    sequence++;
    for (const frame of frames) {
      frame.classList.remove("current");
      frame.removeAttribute("src");
    }
    current = -1;
    $("empty").hidden = false;
    summary.textContent = "";
    for (const kind of ["html", "json", "docx"]) $("download-" + kind).hidden = true;
    $("finding").hidden = true;
    setStatus("", "");
  }

  // The new report loads in the hidden frame, scrolled to where the reader is in the
  // visible one, and only then takes its place: no flash, no jump, no page reload.
  function showReport(id, doc, verdict, mine, elapsed) {
    const next = current === 0 ? 1 : 0;
    const back = frames[next];
    const front = current >= 0 ? frames[current] : null;
    back.onload = () => {
      if (mine !== sequence) return;
      const win = back.contentWindow;
      if (front && front.contentWindow) win.scrollTo(front.contentWindow.scrollX, front.contentWindow.scrollY);
      back.contentDocument.addEventListener("click", (event) => explain(event, id));
      back.classList.add("current");
      if (front) front.classList.remove("current");
      back.dataset.report = id;
      current = next;
      $("empty").hidden = true;
      showSummary(doc, verdict);
      showDownloads(id);
      setStatus("Checked at " + new Date().toLocaleTimeString() + " (" + (elapsed / 1000).toFixed(1) + " s)", "done");
    };
    back.src = "/reports/" + encodeURIComponent(id) + ".html";
  }

  // the report's own verdict (passes / needs work / fails) and words, sent by the server
  function showSummary(doc, verdict) {
    summary.textContent = "";
    const shown = document.createElement("span");
    shown.id = "verdict";
    shown.className = (verdict.status || "").replace(" ", "-");
    shown.textContent = verdict.text || "";
    const grade = document.createElement("span");
    grade.id = "grade";
    grade.textContent = doc.grade ? "Attribution grade " + doc.grade : "No attribution grade";
    const findings = document.createElement("span");
    findings.id = "finding-count";
    const n = doc.findings.length;
    findings.textContent = n === 1 ? "1 finding" : n + " findings";
    summary.append(shown, " · ", grade, " · ", findings);
  }

  function showDownloads(id) {
    for (const kind of ["html", "json", "docx"]) {
      const link = $("download-" + kind);
      link.hidden = !downloads.includes(kind);
      link.href = "/reports/" + encodeURIComponent(id) + "." + kind + "?download=1";
    }
  }

  // --- a passage clicked in the report: its finding and how to fix it --------------------

  function normalised(text) {
    return text.replace(/\s+/g, " ").trim();
  }

  function explain(event, id) {
    const target = event.target;
    if (!target || !target.closest) return;
    if (target.closest("a")) return;  // links in the report do their own job
    const passage = target.closest("[data-rule]");
    if (!passage) return;
    const doc = audits[id];
    const code = passage.getAttribute("data-rule");
    const shown = normalised(passage.textContent);
    let best = null;
    let bestScore = -1;
    for (const finding of doc.findings) {
      if (finding.rule !== code) continue;
      const span = normalised(doc.text.slice(finding.start, finding.end));
      let score = 0;
      while (score < span.length && score < shown.length && span[score] === shown[score]) score++;
      if (score > bestScore) { best = finding; bestScore = score; }
    }
    if (!best) return;
    const rule = rules[code] || {};
    $("finding-label").textContent = (rule.label || best.name) + " (" + code + ", " + best.severity + ")";
    $("finding-message").textContent = best.message;
    $("finding-fix").textContent = rule.how_to_fix || "";
    $("finding-why").textContent = rule.why_it_matters || "";
    $("finding").hidden = false;
  }

  // --- wiring --------------------------------------------------------------------------

  draft.addEventListener("input", () => {
    if (!draft.value.trim()) draftName = "draft";
    schedule();
  });
  draft.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) checkText();
  });
  format.addEventListener("change", () => schedule(0));
  $("check").addEventListener("click", checkText);
  $("file").addEventListener("change", (event) => {
    const file = event.target.files[0];
    if (file) upload(file);
    event.target.value = "";
  });
  $("finding-close").addEventListener("click", () => { $("finding").hidden = true; });
  const drop = $("drop");
  drop.addEventListener("dragover", (event) => {
    event.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("over");
    const file = event.dataTransfer.files[0];
    if (file) upload(file);
  });

  start();
})();
