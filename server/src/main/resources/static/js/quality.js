// Quality evaluations: "comment at current time" (Alt+Shift+M) takes the recording player's time
// as mm:ss and adds a comment row (focused, so the supervisor types straight away); Alt+Shift+O
// pauses and resumes the player; the weighted total is shown as soon as every criterion is scored;
// a comment's time on an evaluation's page seeks the player there. Delegated: the scoring panel
// arrives later by htmx.
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

  // the same weighting as the server's: sum(weight * points) / (5 * sum(weight)), one decimal
  function showTotal() {
    const out = document.getElementById('live-total');
    if (!out) {
      return;
    }
    let earned = 0;
    let best = 0;
    let complete = true;
    document.querySelectorAll('#score-form [data-weight]').forEach(function (criterion) {
      const weight = Number(criterion.dataset.weight);
      const chosen = criterion.querySelector('input[type=radio]:checked');
      if (chosen) {
        earned += weight * Number(chosen.value);
      } else {
        complete = false;
      }
      best += weight * 5;
    });
    if (!complete || best === 0) {
      out.textContent = '';
      return;
    }
    const percent = Math.round(earned * 1000 / best) / 10;
    out.textContent = out.dataset.template.replace('{0}', percent.toLocaleString(document.documentElement.lang || 'pl'));
  }

  document.addEventListener('change', function (event) {
    if (event.target.closest('#score-form [data-weight]')) {
      showTotal();
    }
  });

  document.addEventListener('htmx:afterSwap', showTotal);

  document.addEventListener('keydown', function (event) {
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) {
      return;
    }
    const key = event.key.toUpperCase();
    const player = document.getElementById('player');
    if (key === 'M' && document.getElementById('comment-now')) {
      event.preventDefault();
      addComment();
    } else if (key === 'O' && player && document.getElementById('score-form')) {
      event.preventDefault();
      if (player.paused) {
        player.play();
      } else {
        player.pause();
      }
    }
  });

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
