// Live pages: an element with data-live-stream="/live/..." opens a server-sent event stream; each
// signal fires a "live" event on <body>, which htmx regions use as a trigger
// (hx-trigger="live from:body"). Elements with data-since="<epoch millis>" show the time since then
// as m:ss (or h:mm:ss), counted up every second.
(function () {
  'use strict';

  function openStream(element) {
    const source = new EventSource(element.dataset.liveStream);
    source.addEventListener('changed', function () {
      document.body.dispatchEvent(new CustomEvent('live'));
    });
  }

  function twoDigits(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function elapsed(since) {
    const seconds = Math.max(0, Math.floor((Date.now() - since) / 1000));
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    return (h > 0 ? h + ':' + twoDigits(m) : m) + ':' + twoDigits(s);
  }

  function tick() {
    document.querySelectorAll('[data-since]').forEach(function (element) {
      element.textContent = elapsed(Number(element.dataset.since));
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-live-stream]').forEach(openStream);
    tick();
    setInterval(tick, 1000);
  });
  document.addEventListener('htmx:afterSwap', tick);
}());
