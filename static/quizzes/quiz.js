// Quiz pages: answer with the keyboard (1–5, Enter) and watch the exam clock.
// Everything here is a convenience: the pages work as plain forms without it,
// and the server alone decides when an exam's time is up.
(function () {
  "use strict";

  function isTyping(target) {
    return target.closest("input[type=text], input[type=search], textarea, select, [contenteditable]");
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) {
      return;
    }
    var options = document.querySelectorAll(".question-form input[name=choice]");
    if (/^[1-5]$/.test(event.key) && options.length) {
      var input = options[Number(event.key) - 1];
      if (input) {
        event.preventDefault();
        input.focus();
        input.click(); // a click, so the change event (and the exam's autosave) follows
      }
      return;
    }
    if (event.key === "Enter" && !event.target.closest("button, a, summary")) {
      var primary = document.querySelector("[data-primary]");
      if (primary) {
        event.preventDefault();
        primary.click();
      }
    }
  });

  // After a practice answer Next has the focus (autofocus), which alone would leave the verdict
  // and the student's choice above the screen on a phone: show the whole block, then focus Next.
  function showVerdict() {
    var block = document.getElementById("verdict-block");
    if (block) {
      block.scrollIntoView({ block: "start" });
      var next = block.querySelector("[autofocus]");
      if (next) {
        next.focus({ preventScroll: true });
      }
    }
  }
  document.addEventListener("htmx:afterSettle", function () {
    window.requestAnimationFrame(showVerdict); // the feedback swapped in, laid out
  });
  showVerdict(); // the feedback page loaded whole (the answer sent before htmx had loaded)

  var timer = document.querySelector("[data-remaining-seconds]");
  if (timer) {
    var value = timer.querySelector(".timer-value");
    // One second of slack, so the page never asks for results before the server's deadline.
    var endsAt = Date.now() + (Number(timer.dataset.remainingSeconds) + 1) * 1000;
    var tick = function () {
      var left = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000) - 1);
      var minutes = Math.floor(left / 60);
      var seconds = left % 60;
      value.textContent = minutes + ":" + String(seconds).padStart(2, "0");
      timer.classList.toggle("timer-low", left <= 300);
      if (Date.now() >= endsAt) {
        window.location.assign(timer.dataset.expiredUrl);
        return;
      }
      window.setTimeout(tick, 250);
    };
    tick();
  }
})();
