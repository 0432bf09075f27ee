// The editor's desk: paste or drop a draft, read its report, keep editing.
//
// The report itself is the standalone HTML report page (the same templates as
// `quoteaudit audit --format html`), shown in a sandboxed, same-origin frame: it keeps its
// own strict Content-Security-Policy and runs no script. This script only sends the draft,
// swaps in the new report without moving the reader's place, and explains a passage
// when it is clicked. Text from the draft or the server is only ever set as textContent.
//
// Source material the editor adds (transcripts, releases) is kept on the server as one
// set for this page (POST /api/evidence); every audit names the set, so the draft's quotes
// are checked against it until a file is removed. The page keeps the files too, to add
// them again if the server has dropped the set.
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
  let lastUpload = null;     // a Word draft, sent again when the source material changes
  let evidenceSet = null;    // id of this page's set of source material on the server
  const evidenceFiles = new Map();  // name -> File, to add again if the set was dropped
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
      $("evidence-file").accept = health.evidence_extensions.join(",");
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
    lastUpload = null;
    send(() => {
      const request = { text: draft.value, format: format.value, id: draftName };
      if (evidenceSet) request.evidence = evidenceSet;
      return { body: JSON.stringify(request), headers: { "Content-Type": "application/json" } };
    });
  }

  function upload(file) {
    const dot = file.name.lastIndexOf(".");
    const ext = dot >= 0 ? file.name.slice(dot).toLowerCase() : "";
    lastUpload = TEXT_FORMATS[ext] ? null : file;
    if (TEXT_FORMATS[ext]) {
      // the editor can go on editing the file's text here; later checks keep its name
      file.text().then((text) => {
        draft.value = text;
        format.value = TEXT_FORMATS[ext];
        draftName = file.name;
      });
    }
    send(() => {
      const form = new FormData();
      form.append("file", file, file.name);
      if (evidenceSet) form.append("evidence", evidenceSet);
      return { body: form, headers: {} };
    });
  }

  // the draft again, after the source material changed
  function recheck() {
    if (lastUpload) upload(lastUpload);
    else if (draft.value.trim()) checkText();
  }

  // `make` builds the request each time it is sent: a retry names the new set of source
  // material when the server had dropped the old one
  async function send(make, retried) {
    const mine = ++sequence;
    if (inFlight) inFlight.abort();
    inFlight = new AbortController();
    setStatus("Checking…", "busy");
    const started = performance.now();
    const { body, headers } = make();
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
    if (response.status === 404 && evidenceSet && !retried) {
      evidenceSet = null;  // the server dropped this page's set: add its files again
      if (!evidenceFiles.size || (await addEvidence([], true))) send(make, true);
      return;
    }
    if (!response.ok) {
      let message = data && data.error ? data.error : "The server answered " + response.status + ".";
      if (response.status === 503) {
        const wait = parseInt(response.headers.get("Retry-After") || "2", 10);
        message += " Trying again in " + wait + " s.";
        if (!lastUpload) schedule(wait * 1000);
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
      const against = evidenceFiles.size ? "; quotes checked against " + (evidenceFiles.size === 1 ? "1 file" : evidenceFiles.size + " files") + " of source material" : "";
      setStatus("Checked at " + new Date().toLocaleTimeString() + " (" + (elapsed / 1000).toFixed(1) + " s)" + against, "done");
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

  // --- source material beside the draft ------------------------------------------------

  async function postEvidence(files) {
    const form = new FormData();
    for (const file of files) form.append("file", file, file.name);
    const url = evidenceSet ? "/api/evidence/" + encodeURIComponent(evidenceSet) : "/api/evidence";
    const response = await fetch(url, { method: "POST", body: form, credentials: "same-origin" });
    return { response, data: await response.json().catch(() => null) };
  }

  // Add `files` to this page's set (a new set when there is none, or the server dropped
  // it: then every file the page holds goes again). True when the set holds them.
  async function addEvidence(files, quiet) {
    let answer;
    try {
      if (!quiet) setStatus("Reading the source material…", "busy");
      answer = await postEvidence(evidenceSet ? files : [...evidenceFiles.values(), ...files]);
      if (answer.response.status === 404 && evidenceSet) {
        evidenceSet = null;
        answer = await postEvidence([...evidenceFiles.values(), ...files]);
      }
    } catch (err) {
      setStatus("The server cannot be reached: is quoteaudit serve still running?", "error");
      return false;
    }
    if (!answer.response.ok) {
      setStatus(answer.data && answer.data.error ? answer.data.error : "The server answered " + answer.response.status + ".", "error");
      return false;
    }
    evidenceSet = answer.data.id;
    for (const file of files) evidenceFiles.set(file.name, file);
    showEvidence(answer.data.files);
    return true;
  }

  async function removeEvidence(name) {
    evidenceFiles.delete(name);
    if (evidenceSet) {
      const url = "/api/evidence/" + encodeURIComponent(evidenceSet) + "/files/" + encodeURIComponent(name);
      const response = await fetch(url, { method: "DELETE", credentials: "same-origin" }).catch(() => null);
      if (response && response.ok) {
        showEvidence((await response.json()).files);
      } else {
        evidenceSet = null;  // the server dropped the set: the next check adds the rest again
        showEvidence([...evidenceFiles.keys()].map((n) => ({ name: n })));
        if (evidenceFiles.size && !(await addEvidence([], true))) return;
      }
    }
    recheck();
  }

  function describeFile(file) {
    const parts = [];
    if (file.format) parts.push(file.transcript ? "transcript" : file.format);
    if (file.speakers && file.speakers.length) parts.push(file.speakers.length === 1 ? "1 speaker" : file.speakers.length + " speakers");
    if (file.records > 1) parts.push(file.records + " records");
    if (file.bytes !== undefined) parts.push(file.bytes < 1024 ? file.bytes + " bytes" : (file.bytes / 1024).toFixed(1) + " kB");
    return parts.join(" · ");
  }

  function showEvidence(files) {
    const list = $("evidence-list");
    list.textContent = "";
    if (!files.length) {
      const none = document.createElement("li");
      none.className = "none";
      none.textContent = "None: quotes are not checked against a source.";
      list.append(none);
      return;
    }
    for (const file of files) {
      const item = document.createElement("li");
      const name = document.createElement("span");
      name.className = "name";
      name.textContent = file.name;
      const what = document.createElement("span");
      what.className = "what";
      what.textContent = describeFile(file);
      if (file.speakers && file.speakers.length) what.title = file.speakers.join(", ");
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "remove";
      remove.textContent = "Remove";
      remove.setAttribute("aria-label", "Remove " + file.name);
      remove.addEventListener("click", () => removeEvidence(file.name));
      item.append(name, what, remove);
      list.append(item);
    }
  }

  async function chooseEvidence(fileList) {
    const files = Array.from(fileList);
    if (files.length && (await addEvidence(files))) {
      if (lastUpload || draft.value.trim()) recheck();
      else setStatus("Source material added: paste or open the draft to check its quotes.", "done");
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
  $("evidence-file").addEventListener("change", (event) => {
    chooseEvidence(event.target.files);
    event.target.value = "";
  });
  // files dropped on a box: the draft (one file) or the source material (any number)
  function dropZone(zone, take) {
    zone.addEventListener("dragover", (event) => {
      event.preventDefault();
      zone.classList.add("over");
    });
    zone.addEventListener("dragleave", () => zone.classList.remove("over"));
    zone.addEventListener("drop", (event) => {
      event.preventDefault();
      zone.classList.remove("over");
      take(event.dataTransfer.files);
    });
  }
  dropZone($("drop"), (files) => { if (files[0]) upload(files[0]); });
  dropZone($("evidence"), chooseEvidence);

  showEvidence([]);
  start();
})();
