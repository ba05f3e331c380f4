// Progressive enhancement: without this script every form still works through the build's own
// progress page. With it, a build's progress is shown beside its button, each change of state is
// announced once through the page's aria-live region, and the file downloads when it is ready.
"use strict";

document.documentElement.classList.add("js");

function announce(text) {
  const region = document.getElementById("build-status");
  if (region && region.textContent !== text) {
    region.textContent = text;
  }
}

function fileList(files) {
  const list = document.createElement("ul");
  list.className = "files";
  for (const file of files) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = file.url;
    link.textContent = file.name;
    link.setAttribute("download", "");
    item.appendChild(link);
    list.appendChild(item);
  }
  return list;
}

function showProgress(box, status) {
  box.hidden = false;
  box.className = "progress" + (status.state === "failed" ? " failed" : "") +
    (status.state === "ready" ? " ready" : "");
  box.replaceChildren();
  const line = document.createElement("p");
  if (status.state !== "ready" && status.state !== "failed") {
    const bar = document.createElement("progress");
    bar.setAttribute("aria-label", "Build in progress");
    let sofar = status.seconds + " seconds so far.";
    if (status.estimate) {
      // the estimate is the last build's time: the bar stops just short of full until it ends
      bar.max = status.estimate;
      bar.value = Math.min(status.seconds, status.estimate * 0.95);
      const left = status.estimate - status.seconds;
      sofar = left > 5 ? "About " + left + " seconds to go." : "Nearly done.";
    }
    line.appendChild(bar);
    line.appendChild(document.createTextNode(" " + status.message + " " + sofar));
    box.appendChild(line);
    return;
  }
  line.textContent = status.message;
  box.appendChild(line);
  if (status.files && status.files.length) {
    box.appendChild(fileList(status.files));
  }
  if (status.problems && status.problems.length) {
    const problems = document.createElement("ul");
    problems.className = "problems";
    for (const problem of status.problems) {
      const item = document.createElement("li");
      item.textContent = problem;
      problems.appendChild(item);
    }
    box.appendChild(problems);
  }
}

function clearWrongFields(form) {
  for (const input of form.querySelectorAll("[aria-invalid=true]")) {
    const error = document.getElementById(input.id + "-error");
    if (error) {
      error.remove();
    }
    const rest = (input.getAttribute("aria-describedby") || "").split(" ")
      .filter((id) => id && id !== input.id + "-error");
    input.setAttribute("aria-describedby", rest.join(" "));
    input.removeAttribute("aria-invalid");
    input.closest(".field").classList.remove("field-wrong");
  }
}

function labelled(field) {
  // a blank's label in the leaflet's own language is marked so, as the page's labels are, so a
  // screen reader reads an Urdu label in its Urdu voice
  const label = document.createElement("span");
  label.textContent = field.label;
  if (field.lang && field.lang.split("-")[0].toLowerCase() !== "en") {
    label.lang = field.lang;
    label.dir = field.dir || "auto";
  }
  return [label, ": " + field.says];
}

function markWrongFields(form, fields) {
  // each refused blank is marked and says what to write, its message read with its label; the
  // list under the button links to each, so a keyboard goes straight to the box to correct
  const list = document.createElement("ul");
  list.className = "problems";
  for (const field of fields) {
    const input = form.elements.namedItem(field.name);
    const item = document.createElement("li");
    list.appendChild(item);
    if (!input || !input.id) {
      item.append(...labelled(field));
      continue;
    }
    const error = document.createElement("p");
    error.className = "field-error";
    error.id = input.id + "-error";
    const hidden = document.createElement("span");
    hidden.className = "visually-hidden";
    hidden.textContent = "Error: ";
    error.append(hidden, field.says);
    input.before(error);
    input.setAttribute("aria-invalid", "true");
    const described = (input.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
    input.setAttribute("aria-describedby", [error.id, ...described].join(" "));
    input.closest(".field").classList.add("field-wrong");
    const link = document.createElement("a");
    link.href = "#" + input.id;
    link.append(...labelled(field));
    link.addEventListener("click", (event) => {
      event.preventDefault();
      input.focus();
      input.scrollIntoView({ block: "center" });
    });
    item.appendChild(link);
  }
  return list;
}

async function follow(statusUrl, onChange) {
  let status;
  for (;;) {
    const response = await fetch(statusUrl, { headers: { Accept: "application/json" } });
    status = await response.json();
    if (!response.ok) {
      status.state = "failed";
    }
    onChange(status);
    if (status.state === "ready" || status.state === "failed") {
      return status;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

function showOutcome(box, status) {
  // the outcome is shown where the action was taken and takes focus, so nobody is left
  // wondering whether anything happened, whether they look or listen
  showProgress(box, status);
  box.focus({ preventScroll: true });
  box.scrollIntoView({ block: "center" });
}

function finish(status) {
  if (status.state === "ready" && status.download_url && !status.problems.length) {
    window.location.assign(status.download_url);
  }
}

async function submitBuild(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const button = form.querySelector("button[type=submit]");
  if (button.getAttribute("aria-disabled") === "true") {
    return;
  }
  const box = document.getElementById(form.dataset.progress);
  button.setAttribute("aria-disabled", "true");
  clearWrongFields(form);
  try {
    const response = await fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    });
    let status = await response.json();
    if (!response.ok) {
      status = { state: "failed", message: status.message || "That could not be done.",
                 files: [], problems: [], fields: status.fields || [] };
    }
    if (status.fields && status.fields.length) {
      showProgress(box, status);
      box.appendChild(markWrongFields(form, status.fields));
      box.focus({ preventScroll: true });
      box.scrollIntoView({ block: "center" });
      announce(status.message);
      return;
    }
    if (status.state === "ready" && !status.status_url) {
      const ready = form.dataset.format + " is ready: the download has started.";
      showOutcome(box, { state: "ready", message: ready, files: [], problems: [] });
      announce(ready);
      window.location.assign(status.download_url);
      return;
    }
    if (status.state === "failed") {
      showOutcome(box, status);
      announce(status.message);
      return;
    }
    showProgress(box, status);
    box.scrollIntoView({ block: "nearest" });
    announce(status.message);
    const last = await follow(status.status_url, (now) => {
      showProgress(box, now);
      announce(now.message);
    });
    showOutcome(box, last);
    finish(last);
  } catch (error) {
    const lost = "The page lost touch with the server. Reload the page and try again.";
    showOutcome(box, { state: "failed", message: lost, files: [], problems: [] });
    announce(lost);
  } finally {
    button.removeAttribute("aria-disabled");
  }
}

function followJobPage(job) {
  const elapsed = job.querySelector(".elapsed");
  const result = job.querySelector(".job-result");
  follow(job.dataset.jobStatus, (now) => {
    announce(now.message);
    if (elapsed) {
      elapsed.textContent = now.seconds + " seconds so far.";
    }
  }).then((last) => {
    const bar = job.querySelector(".progress-line");
    if (bar) {
      bar.remove();
    }
    if (last.files && last.files.length && !result.querySelector("ul")) {
      const heading = document.createElement("h2");
      heading.textContent = "Files";
      result.appendChild(heading);
      result.appendChild(fileList(last.files));
    }
    finish(last);
  });
}

document.addEventListener("DOMContentLoaded", () => {
  for (const form of document.querySelectorAll("form.build-form")) {
    form.addEventListener("submit", submitBuild);
  }
  const job = document.querySelector(".job[data-job-status]");
  if (job && !job.querySelector(".job-result ul")) {
    followJobPage(job);
  }
});
