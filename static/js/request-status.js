// Says so when an htmx request fails (server error, no network, timeout): htmx
// itself swaps nothing then, so a tap that went nowhere would look like one
// that worked. One region for the whole site (#request-status, in base.html);
// the message goes once the page gets through again.
(function () {
  "use strict";

  // "read" while a poll or a look-up failed, "write" while something sent was lost.
  var failed = null;

  function region() {
    return document.getElementById("request-status");
  }

  function say(text, kind) {
    var status = region();
    if (!status) return;
    failed = kind;
    // Setting the same words again would make screen readers repeat them every poll.
    if (status.textContent !== text) status.textContent = text;
  }

  function clear() {
    var status = region();
    failed = null;
    if (status && status.textContent) status.textContent = "";
  }

  function describe(detail, problem) {
    var verb = (detail.requestConfig && detail.requestConfig.verb) || "get";
    var trigger = (detail.elt && detail.elt.getAttribute("hx-trigger")) || "";
    if (trigger.indexOf("every") !== -1) {
      say("This page is not up to date: " + problem + ". Trying again…", "read");
    } else {
      // An answer, an autosave, a check as you type: whatever it was, it needs doing again.
      say("Your last action did not go through: " + problem + ". Please try again.",
        verb === "get" ? "read" : "write");
    }
  }

  document.addEventListener("htmx:responseError", function (event) {
    var code = event.detail.xhr.status;
    describe(event.detail, "the server answered with an error (" + code + ")");
  });
  document.addEventListener("htmx:sendError", function (event) {
    describe(event.detail, "the server could not be reached");
  });
  document.addEventListener("htmx:timeout", function (event) {
    describe(event.detail, "the server took too long to answer");
  });

  document.addEventListener("htmx:afterRequest", function (event) {
    if (!event.detail.successful) return;
    var verb = event.detail.requestConfig && event.detail.requestConfig.verb;
    // A poll that only says "nothing changed" (204) does not undo a lost answer:
    // that message stays until something is sent, or new content arrives.
    if (failed === "write" && verb === "get" && event.detail.xhr.status === 204) return;
    clear();
  });
})();
