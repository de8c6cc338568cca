// The consultant's desk: refreshes the call controls and wrap-up only when the call's phase
// changes (so that typing in them is not lost to a live refresh), keyboard shortcuts
// (Alt+Shift+letter, listed on the page), and "summary to notes" for an opened article.
(function () {
  'use strict';

  let phase = null;

  function currentPhase() {
    const card = document.querySelector('#desk-call [data-phase]');
    return card ? card.dataset.phase : null;
  }

  function focusOrClick(id, click) {
    const element = document.getElementById(id);
    if (!element) {
      return;
    }
    if (click) {
      element.click();
    } else {
      element.focus();
    }
  }

  const shortcuts = {
    D: ['go-available', true],
    P: ['go-break', true],
    W: ['hold', true],
    T: ['transfer-target', false],
    R: ['hangup', true],
    N: ['recording', true],
    K: ['kb-q', false],
    Z: ['wrapup-topic', false]
  };

  document.addEventListener('keydown', function (event) {
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) {
      return;
    }
    const shortcut = shortcuts[event.key.toUpperCase()];
    if (shortcut) {
      event.preventDefault();
      focusOrClick(shortcut[0], shortcut[1]);
    }
  });

  document.addEventListener('htmx:afterSwap', function (event) {
    if (event.detail.target && event.detail.target.id === 'desk-call') {
      const now = currentPhase();
      if (now !== phase) {
        phase = now;
        document.body.dispatchEvent(new CustomEvent('work'));
      }
    }
    if (event.detail.target && event.detail.target.id === 'kb-article') {
      event.detail.target.focus();
    }
  });

  document.addEventListener('htmx:afterRequest', function (event) {
    // an action changed something: controls and wrap-up follow at once
    const path = event.detail.requestConfig && event.detail.requestConfig.path;
    if (path && /\/desk\/(hold|recording|hangup|transfer|consult|wrapup|state)/.test(path)) {
      document.body.dispatchEvent(new CustomEvent('work'));
    }
  });

  document.addEventListener('click', function (event) {
    if (event.target && event.target.id === 'summary-to-notes') {
      const notes = document.getElementById('notes');
      if (notes) {
        notes.value = (notes.value ? notes.value + '\n' : '') + event.target.dataset.summary;
        notes.focus();
      } else {
        document.getElementById('desk-message').textContent = event.target.dataset.noNotes || '';
      }
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    phase = currentPhase();
  });
}());
