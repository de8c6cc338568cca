// Quality evaluations: "comment at current time" takes the recording player's time as mm:ss and
// adds a comment row (focused, so the supervisor types straight away); a comment's time on an
// evaluation's page seeks the player there. Delegated: the scoring panel arrives later by htmx.
(function () {
  'use strict';

  let rows = 0;

  function mmss(seconds) {
    const whole = Math.floor(seconds || 0);
    const minutes = Math.floor(whole / 60);
    const rest = whole % 60;
    return String(minutes).padStart(2, '0') + ':' + String(rest).padStart(2, '0');
  }

  function addComment() {
    const template = document.getElementById('comment-row');
    const list = document.getElementById('quality-comments');
    const player = document.getElementById('player');
    if (!template || !list) {
      return;
    }
    rows += 1;
    const row = template.content.firstElementChild.cloneNode(true);
    row.querySelectorAll('[data-id]').forEach(function (field) {
      field.id = 'comment-new-' + field.dataset.id + '-' + rows;
    });
    row.querySelectorAll('label[data-for]').forEach(function (label) {
      label.htmlFor = 'comment-new-' + label.dataset.for + '-' + rows;
    });
    row.querySelector('input[name=commentAt]').value = mmss(player ? player.currentTime : 0);
    list.appendChild(row);
    row.querySelector('textarea').focus();
  }

  document.addEventListener('click', function (event) {
    const target = event.target;
    if (target.closest('[data-comment-now]')) {
      addComment();
    } else if (target.closest('[data-remove-comment]')) {
      const row = target.closest('li');
      const add = document.getElementById('comment-now');
      row.remove();
      if (add) {
        add.focus();
      }
    } else if (target.closest('[data-seek]')) {
      const player = document.getElementById('player');
      if (player) {
        player.currentTime = Number(target.closest('[data-seek]').dataset.seek);
        player.focus();
      }
    }
  });
}());
