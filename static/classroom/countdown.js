// Counts the live quiz clock down between polls. The server decides when a
// question closes; this only keeps the number on screen moving smoothly.
(function () {
  "use strict";
  function tick() {
    document.querySelectorAll("[data-countdown]").forEach(function (clock) {
      var left = Math.max(0, parseInt(clock.dataset.countdown, 10) - 1);
      clock.dataset.countdown = String(left);
      var number = clock.querySelector(".countdown-number");
      if (number) number.textContent = String(left);
    });
  }
  setInterval(tick, 1000);
})();
