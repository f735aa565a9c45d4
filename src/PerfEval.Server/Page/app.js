// The live page: a form generated from the chosen rule set, scored by the service as you type.
// Figures travel as the text typed (never through a JavaScript number), so the service scores them exactly.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const NUMBER = /^-?\d+(\.\d+)?$/;
  const INTEGER = /^-?\d+$/;
  const state = { form: null, sequence: 0, pending: null, timer: 0, card: null };

  // ---- the service -------------------------------------------------------------------------------------------
  function base(ruleSet) {
    return "rulesets/" + encodeURIComponent(ruleSet.id) + "/" + encodeURIComponent(ruleSet.version);
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await response.json();
    if (!response.ok) {
      throw new Error((body.diagnostics || []).map((d) => d.message).join(" ") || response.statusText);
    }
    return body;
  }

  // ---- start: the rule sets ----------------------------------------------------------------------------------
  async function start() {
    let list;
    try {
      list = await getJson("rulesets");
    } catch (e) {
      showStatus("无法读取指标体系：" + e.message, true);
      return;
    }

    const select = $("ruleset");
    select.innerHTML = "";
    for (const r of list) {
      const option = document.createElement("option");
      option.value = r.id + "@" + r.version;
      option.textContent = r.title + "（" + r.version + "）";
      option.dataset.id = r.id;
      option.dataset.version = r.version;
      select.appendChild(option);
    }

    const wanted = new URLSearchParams(location.search).get("rules");
    if (wanted && list.some((r) => r.id + "@" + r.version === wanted)) {
      select.value = wanted;
    }

    select.addEventListener("change", () => choose(select.selectedOptions[0]));
    $("subject").addEventListener("input", schedule);
    $("export-json").addEventListener("click", exportJson);
    $("export-xlsx").addEventListener("click", exportXlsx);
    $("import-json").addEventListener("change", importJson);
    $("clear").addEventListener("click", () => { fill({ values: {}, judgements: {} }); schedule(); });
    if (select.options.length > 0) {
      await choose(select.selectedOptions[0]);
    } else {
      showStatus("服务中没有指标体系。", true);
    }
  }

  async function choose(option) {
    let form;
    try {
      form = await getJson("rulesets/" + encodeURIComponent(option.dataset.id) + "/" + encodeURIComponent(option.dataset.version));
    } catch (e) {
      showStatus("无法载入该指标体系：" + e.message, true);
      return;
    }

    state.form = form;
    $("ruleset-caption").textContent = [form.jurisdiction, form.fiscalYear ? form.fiscalYear + "年度" : null, form.id + "@" + form.version].filter(Boolean).join(" · ");
    $("total-of").textContent = "/ " + fixed(form.totalPoints, form.decimals);
    $("grade-bands").textContent = form.grades.map((g) => g.label + (g.lower === null ? "" : (g.lowerInclusive ? " ≥ " : " > ") + g.lower)).join("　");
    buildInputs(form);
    buildJudgements(form);
    clearResult();
    schedule();
  }

  // ---- the form ----------------------------------------------------------------------------------------------
  function buildInputs(form) {
    const box = $("inputs");
    box.innerHTML = "";
    for (const input of form.inputs) {
      const field = element("label", "field");
      field.dataset.name = input.name;
      const label = element("span", "label", input.label);
      if (input.required) {
        label.appendChild(element("span", "req", "*"));
      }
      label.title = input.name + (input.note ? "：" + input.note : "");
      field.appendChild(label);

      const entry = element("span", "entry");
      let control;
      if (input.type === "boolean") {
        control = select([["", "请选择"], ["true", "是"], ["false", "否"]]);
      } else if (input.type === "choice") {
        control = select([["", "请选择"]].concat(input.choices.map((c) => [c, c])));
      } else {
        control = document.createElement("input");
        control.type = "text";
        control.autocomplete = "off";
        if (input.type === "decimal" || input.type === "integer") {
          control.inputMode = input.type === "integer" ? "numeric" : "decimal";
        }
      }
      control.id = "v-" + input.name;
      control.name = input.name;
      control.addEventListener("input", schedule);
      control.addEventListener("change", schedule);
      entry.appendChild(control);
      const unit = input.type === "boolean" ? null : unitText(input.unit);
      if (unit) {
        entry.appendChild(element("span", "unit", unit));
      }
      field.appendChild(entry);
      field.appendChild(element("span", "hint", rangeText(input)));
      box.appendChild(field);
    }
    $("inputs-count").textContent = "共 " + form.inputs.length + " 项，* 为必填";
  }

  function buildJudgements(form) {
    const box = $("judgements");
    box.innerHTML = "";
    for (const j of form.judgements) {
      const row = element("div", "judgement");
      row.dataset.id = j.id;
      const text = element("div");
      text.appendChild(element("div", "name", j.name));
      text.appendChild(element("div", "path", j.path + (j.conditional ? "（仅在考核时填写）" : "")));
      if (j.criteria) {
        text.appendChild(element("div", "criteria", j.criteria));
      }
      row.appendChild(text);

      const score = element("span", "score");
      const input = document.createElement("input");
      input.type = "text";
      input.inputMode = "decimal";
      input.autocomplete = "off";
      input.id = "j-" + j.id + "-score";
      input.setAttribute("aria-label", j.name + " 得分");
      input.addEventListener("input", schedule);
      score.appendChild(input);
      score.appendChild(element("span", "unit", "/ " + fixed(j.weight, form.decimals) + " 分"));
      row.appendChild(score);

      const reason = document.createElement("textarea");
      reason.id = "j-" + j.id + "-reason";
      reason.rows = 2;
      reason.placeholder = "评分理由";
      reason.setAttribute("aria-label", j.name + " 评分理由");
      reason.addEventListener("input", () => { grow(reason); schedule(); });
      row.appendChild(reason);
      row.appendChild(element("span", "hint", ""));
      box.appendChild(row);
    }
    $("judgements-count").textContent = form.judgements.length === 0 ? "（本指标体系无定性指标）" : "共 " + form.judgements.length + " 项，得分 0 至分值";
  }

  function unitText(unit) {
    if (!unit) {
      return null;
    }
    return unit === "ratio" ? "比率" : unit;
  }

  function rangeText(input) {
    const parts = [];
    if (input.type === "integer") {
      parts.push("整数");
    }
    if (input.min !== null && input.max !== null) {
      parts.push(input.min + " 至 " + input.max);
    } else if (input.min !== null) {
      parts.push("≥ " + input.min);
    } else if (input.max !== null) {
      parts.push("≤ " + input.max);
    }
    if (input.unit === "ratio") {
      parts.push("如 0.9657 即 96.57%");
    }
    if (!input.required) {
      parts.push("选填");
    }
    return parts.join("，");
  }

  // ---- the input as JSON -------------------------------------------------------------------------------------
  /** The current input as JSON text; figures written as typed. Fields that cannot be sent are marked. */
  function inputJson(mark) {
    const form = state.form;
    const values = [];
    for (const input of form.inputs) {
      const control = $("v-" + input.name);
      const raw = control.value.trim();
      let problem = "";
      let json = null;
      if (raw === "") {
        json = input.required ? undefined : "null";
      } else if (input.type === "decimal") {
        if (NUMBER.test(raw)) { json = raw; } else { problem = "请填写数字，如 2774.62"; }
      } else if (input.type === "integer") {
        if (INTEGER.test(raw)) { json = raw; } else { problem = "请填写整数"; }
      } else if (input.type === "boolean") {
        json = raw;
      } else {
        json = JSON.stringify(raw);
      }
      if (mark) {
        markField(control.closest(".field"), problem, rangeText(input));
      }
      if (json !== undefined && json !== null) {
        values.push("    " + JSON.stringify(input.name) + ": " + json);
      }
    }

    const judgements = [];
    for (const j of form.judgements) {
      const score = $("j-" + j.id + "-score").value.trim();
      const reason = $("j-" + j.id + "-reason").value;
      let problem = "";
      if (score !== "" && !NUMBER.test(score)) {
        problem = "得分请填写数字";
      }
      if (mark) {
        markField($("j-" + j.id + "-score").closest(".judgement"), problem, "");
      }
      if (score !== "" && !problem) {
        judgements.push("    " + JSON.stringify(j.id) + ": { \"score\": " + score + ", \"reason\": " + JSON.stringify(reason) + " }");
      }
    }

    return "{\n  \"subject\": " + JSON.stringify($("subject").value.trim()) + ",\n"
      + "  \"values\": {\n" + values.join(",\n") + (values.length ? "\n" : "") + "  },\n"
      + "  \"judgements\": {\n" + judgements.join(",\n") + (judgements.length ? "\n" : "") + "  }\n}\n";
  }

  function markField(field, problem, hint) {
    if (!field) {
      return;
    }
    field.classList.toggle("invalid", problem !== "");
    const note = field.querySelector(".hint");
    if (note) {
      note.textContent = problem || hint;
    }
  }

  // ---- scoring as you type -----------------------------------------------------------------------------------
  function schedule() {
    clearTimeout(state.timer);
    state.timer = setTimeout(score, 180);
  }

  async function score() {
    if (!state.form) {
      return;
    }
    const body = inputJson(true);
    const sequence = ++state.sequence;
    if (state.pending) {
      state.pending.abort();
    }
    const controller = new AbortController();
    state.pending = controller;
    showStatus("计算中……", false);
    let response;
    let answer;
    try {
      response = await fetch(base(state.form) + "/score?lang=zh", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: body,
        signal: controller.signal,
      });
      answer = await response.json();
    } catch (e) {
      if (e.name !== "AbortError" && sequence === state.sequence) {
        showStatus("无法连接计分服务：" + e.message, true);
      }
      return;
    }
    if (sequence !== state.sequence) {
      return;
    }
    state.pending = null;
    if (response.ok) {
      showCard(answer);
      reach(body, sequence);
    } else {
      $("reach").hidden = true;
      showProblems(answer.diagnostics || []);
    }
  }

  function showCard(card) {
    state.card = card;
    const d = state.form.decimals;
    document.querySelector(".summary").classList.remove("stale");
    $("total").textContent = fixed(card.total, d);
    const grade = $("grade");
    grade.textContent = card.grade.label;
    grade.className = "grade " + card.grade.code;
    showStatus(card.subject ? card.subject + " · 已按 " + card.ruleSet.title + " 计分" : "已计分", false);
    $("problems").innerHTML = "";
    for (const field of document.querySelectorAll(".field.invalid, .judgement.invalid")) {
      if (!field.querySelector(".hint").textContent.startsWith("请")) {
        field.classList.remove("invalid");
      }
    }

    const body = $("breakdown");
    body.innerHTML = "";
    const walk = (indicators) => {
      for (const i of indicators) {
        const row = document.createElement("tr");
        row.className = "level-" + i.level + (i.pointsLost > 0 ? " lost" : "") + (i.status === "not_assessed" ? " not-assessed" : "");
        row.dataset.id = i.id;
        const name = element("td", "name", i.name);
        name.style.paddingLeft = (8 + (i.level - 1) * 16) + "px";
        row.appendChild(name);
        row.appendChild(element("td", "num", fixed(i.effectiveWeight, d)));
        row.appendChild(element("td", "num score", i.status === "not_assessed" ? "不考核" : fixed(i.score, d)));
        const why = [i.explanation, i.reason].filter(Boolean).join(" ");
        row.appendChild(element("td", "why", why));
        body.appendChild(row);
        walk(i.children || []);
      }
    };
    walk(card.indicators);

    const warnings = $("warnings");
    warnings.innerHTML = "";
    for (const w of card.warnings || []) {
      warnings.appendChild(element("li", null, "提示：" + w.message));
    }
  }

  /** The "reach 优" panel: what it would take to reach the top grade, from the service's reach. */
  async function reach(body, sequence) {
    const top = state.form.grades.find((g) => g.code === "excellent");
    const panel = $("reach");
    if (!top) {
      panel.hidden = true;
      return;
    }
    let answer;
    try {
      const response = await fetch(base(state.form) + "/reach?grade=excellent&lang=zh", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: body,
      });
      if (!response.ok) {
        return;
      }
      answer = await response.json();
    } catch (e) {
      return;
    }
    if (sequence !== state.sequence) {
      return;
    }
    const d = state.form.decimals;
    panel.innerHTML = "";
    panel.hidden = false;
    if (answer.isReached) {
      panel.appendChild(element("h2", null, "已达到“" + top.label + "”"));
      panel.appendChild(element("p", "none", "总分 " + fixed(answer.total, d) + "，不低于“" + top.label + "”的 " + fixed(answer.targetTotal, d) + " 分。"));
      return;
    }
    panel.appendChild(element("h2", null, "达到“" + top.label + "”还差 " + fixed(answer.pointsNeeded, d) + " 分"));
    if (answer.plan) {
      panel.appendChild(element("p", "none", "改动最少指标的方案（改后 " + fixed(answer.plan.total, d) + " 分，" + answer.plan.grade.label + "）："));
      const list = element("ul");
      for (const option of answer.plan.changes) {
        list.appendChild(element("li", null, describe(option)));
      }
      panel.appendChild(list);
    } else {
      panel.appendChild(element("p", "none", "在各项数据的取值范围内无法达到。"));
    }
    const others = answer.indicators.filter((i) => i.options.length > 0).slice(0, 6);
    if (others.length > 0) {
      panel.appendChild(element("p", "none", "各失分指标单独挽回："));
      const list = element("ul");
      for (const i of others) {
        list.appendChild(element("li", null, i.name + "（失 " + fixed(i.pointsLost, d) + " 分）：" + describe(i.options[0])));
      }
      panel.appendChild(list);
    }
  }

  function describe(option) {
    const c = option.change;
    const label = c.isJudgement ? nameOfIndicator(c.name) + " 评分" : labelOf(c.name);
    const unit = c.isJudgement ? " 分" : (c.unit && c.unit !== "ratio" ? " " + c.unit : "");
    const delta = c.delta === null ? "" : "（" + (c.delta > 0 ? "+" : "") + c.delta + unit + "）";
    return label + "：" + (c.before === null ? "未填" : String(c.before)) + " → " + String(c.after) + unit + delta
      + "，得分 +" + fixed(option.pointsRecovered, state.form.decimals)
      + (option.withinRange ? "" : "（超出取值范围 " + option.range + "）")
      + (option.sideEffects.length ? "；同时影响 " + option.sideEffects.map((e) => e.name + " " + (e.delta > 0 ? "+" : "") + e.delta).join("、") : "");
  }

  function labelOf(name) {
    const input = state.form.inputs.find((i) => i.name === name);
    return input ? input.label : name;
  }

  function nameOfIndicator(id) {
    const j = state.form.judgements.find((x) => x.id === id);
    return j ? j.name : id;
  }

  function showProblems(diagnostics) {
    document.querySelector(".summary").classList.add("stale");
    const errors = diagnostics.filter((x) => x.severity === "error");
    const missing = errors.filter((x) => x.code === "PE0402" || x.code === "PE0406").length;
    showStatus(missing > 0 ? "尚缺 " + missing + " 项数据，填齐后自动计分" : "有 " + errors.length + " 处需要修改，改正后自动计分", true);
    const list = $("problems");
    list.innerHTML = "";
    for (const x of errors.slice(0, 60)) {
      list.appendChild(element("li", null, x.message));
      const named = /'([A-Za-z_][A-Za-z0-9_]*)'/.exec(x.message);
      const field = named ? document.querySelector('.field[data-name="' + named[1] + '"]') : null;
      const judged = x.indicator ? document.querySelector('.judgement[data-id="' + x.indicator + '"]') : null;
      if (field && x.code !== "PE0402") {
        markField(field, x.message, "");
      } else if (judged && x.code !== "PE0406") {
        markField(judged, x.message, "");
      }
    }
  }

  function clearResult() {
    $("reach").hidden = true;
    $("total").textContent = "—";
    $("grade").textContent = "—";
    $("grade").className = "grade";
    $("breakdown").innerHTML = "";
    $("problems").innerHTML = "";
    $("warnings").innerHTML = "";
  }

  function showStatus(text, error) {
    const status = $("status");
    status.textContent = text;
    status.classList.toggle("error", !!error);
  }

  // ---- export and import -------------------------------------------------------------------------------------
  function exportJson() {
    if (!state.form) {
      return;
    }
    const name = ($("subject").value.trim() || state.form.id) + "-" + state.form.fiscalYear + "-input.json";
    download(new Blob([inputJson(false)], { type: "application/json" }), name);
  }

  /** The input workbook (输入 and 评价 sheets) pre-filled with what is typed, from the service. */
  async function exportXlsx() {
    if (!state.form) {
      return;
    }
    const response = await fetch(base(state.form) + "/workbook?lang=zh", { method: "POST", headers: { "Content-Type": "application/json" }, body: inputJson(false) });
    if (!response.ok) {
      const answer = await response.json();
      showStatus("无法导出 Excel：" + (answer.diagnostics || []).map((x) => x.message).join(" "), true);
      return;
    }
    const name = ($("subject").value.trim() || state.form.id) + "-" + state.form.fiscalYear + "-input.xlsx";
    download(await response.blob(), name);
  }

  function download(blob, name) {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  }

  function importJson(event) {
    const file = event.target.files[0];
    if (!file) {
      return;
    }
    file.text().then((text) => {
      try {
        fill(parseInput(text));
        schedule();
      } catch (e) {
        showStatus("无法读取 " + file.name + "：" + e.message, true);
      }
      event.target.value = "";
    });
  }

  function fill(input) {
    $("subject").value = input.subject ? input.subject.text : "";
    const values = input.values || {};
    for (const definition of state.form.inputs) {
      const value = values[definition.name];
      $("v-" + definition.name).value = value === undefined || value === null ? "" : value.text;
    }
    const judgements = input.judgements || {};
    for (const j of state.form.judgements) {
      const given = judgements[j.id];
      $("j-" + j.id + "-score").value = given && given.score ? given.score.text : "";
      $("j-" + j.id + "-reason").value = given && given.reason ? given.reason.text : "";
      grow($("j-" + j.id + "-reason"));
    }
  }

  /**
   * Reads an input file as the service does (JSON with // and /* comments), keeping every number as the text written,
   * so 2679.48 stays 2679.48 however many digits it has. Scalars come back as { text }, objects as plain objects.
   */
  function parseInput(text) {
    let at = 0;
    const fail = (what) => { throw new Error(what + "（第 " + (text.slice(0, at).split("\n").length) + " 行）"); };
    const skip = () => {
      for (;;) {
        while (at < text.length && /\s/.test(text[at])) { at++; }
        if (text.startsWith("//", at)) { while (at < text.length && text[at] !== "\n") { at++; } continue; }
        if (text.startsWith("/*", at)) { const end = text.indexOf("*/", at + 2); if (end < 0) { fail("注释未结束"); } at = end + 2; continue; }
        return;
      }
    };
    const value = () => {
      skip();
      const c = text[at];
      if (c === "{") {
        at++;
        const object = {};
        skip();
        if (text[at] === "}") { at++; return object; }
        for (;;) {
          skip();
          if (text[at] !== "\"") { fail("此处应为名称"); }
          const key = string();
          skip();
          if (text[at] !== ":") { fail("此处应为冒号"); }
          at++;
          object[key] = value();
          skip();
          if (text[at] === ",") { at++; continue; }
          if (text[at] === "}") { at++; return object; }
          fail("此处应为逗号或 }");
        }
      }
      if (c === "[") { fail("此处不应为数组"); }
      if (c === "\"") { return { text: string() }; }
      const match = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(at));
      if (!match) { fail("无法识别的值"); }
      at += match[0].length;
      return match[0] === "null" ? null : { text: match[0] };
    };
    const string = () => {
      const rest = text.slice(at);
      const match = /^"(?:[^"\\]|\\.)*"/.exec(rest);
      if (!match) { fail("字符串未结束"); }
      at += match[0].length;
      return JSON.parse(match[0]);
    };
    const result = value();
    skip();
    if (at < text.length) { fail("文件末尾有多余内容"); }
    return result;
  }

  // ---- small helpers -----------------------------------------------------------------------------------------
  /** A reason box as tall as its text, so a long reason reads whole. */
  function grow(box) {
    box.style.height = "auto";
    box.style.height = box.scrollHeight + 2 + "px";
  }

  function element(tag, className, text) {
    const e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function select(options) {
    const s = document.createElement("select");
    for (const [value, label] of options) {
      const o = document.createElement("option");
      o.value = value;
      o.textContent = label;
      s.appendChild(o);
    }
    return s;
  }

  /** Display only: the service's figures already have the rule set's decimals. */
  function fixed(n, decimals) {
    return typeof n === "number" ? n.toFixed(decimals) : String(n);
  }

  start();
})();
