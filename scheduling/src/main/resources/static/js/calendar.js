// The calendar's behaviour on top of htmx: a click on an empty slot books there, a click on an appointment opens it,
// drag and drop moves it (to another time, doctor, chair or day), its lower edge resizes it; the "now" line follows the
// clock; the live stream refreshes the board when anyone changes the calendar. Positions are minutes from the board's
// start; --ppm (pixels per minute) comes from the stylesheet.
(function () {
  'use strict';

  var SNAP = 5;          // the booking grid, minutes
  var CLICK_SNAP = 15;   // a click on an empty slot books on the quarter hour
  var dragging = null;
  var refreshPending = false;

  function board() { return document.getElementById('calendar-board'); }
  function grid() { return document.querySelector('.grid-board'); }
  // an appointment's address: the board's base plus its id (not repeated on each of hundreds of cards)
  function appointmentUrl(card) {
    return board().getAttribute('data-appointments-url') + '/' + card.getAttribute('data-appointment');
  }

  function ppm() {
    var value = parseFloat(getComputedStyle(grid()).getPropertyValue('--ppm'));
    return value > 0 ? value : 1.6;
  }

  function minutesOf(time) {
    var parts = time.split(':');
    return parseInt(parts[0], 10) * 60 + parseInt(parts[1], 10);
  }

  function timeOf(minutes) {
    var hours = Math.floor(minutes / 60);
    var rest = minutes % 60;
    return (hours < 10 ? '0' : '') + hours + ':' + (rest < 10 ? '0' : '') + rest;
  }

  function refresh() {
    if (dragging || document.querySelector('#modal-root dialog[open]')) {
      refreshPending = true;
      return;
    }
    refreshPending = false;
    if (board()) {
      htmx.trigger(document.body, 'calendar-changed');
    }
  }

  // --- a click: details of an appointment, or the booking form on an empty slot --------------------------------------
  document.addEventListener('click', function (event) {
    var column = event.target.closest('.grid-board__column');
    if (!column || event.target.closest('.appointment')) {
      return;
    }
    var section = board();
    if (!section || section.getAttribute('data-may-book') !== 'true') {
      return;
    }
    var offset = event.clientY - column.getBoundingClientRect().top;
    var minute = Math.floor(offset / ppm() / CLICK_SNAP) * CLICK_SNAP;
    var opens = minutesOf(grid().getAttribute('data-opens'));
    var params = new URLSearchParams({ date: column.getAttribute('data-date'), time: timeOf(opens + minute) });
    if (column.getAttribute('data-doctor')) { params.set('doctor', column.getAttribute('data-doctor')); }
    if (column.getAttribute('data-chair')) { params.set('chair', column.getAttribute('data-chair')); }
    var waiting = document.querySelector('[data-booking-patient]');
    if (waiting) { params.set('patient', waiting.getAttribute('data-booking-patient')); }
    // from a treatment plan's stage: the stage's services come with the patient
    var planned = document.querySelector('[data-booking-services]');
    if (planned) {
      planned.getAttribute('data-booking-services').split(',').forEach(function (service) { params.append('services', service); });
    }
    htmx.ajax('GET', section.getAttribute('data-new-url') + '?' + params.toString(), { target: '#modal-root', swap: 'innerHTML' });
  });

  document.addEventListener('click', function (event) {
    var waiting = event.target.closest('[data-open-appointment]');
    if (waiting) {
      htmx.ajax('GET', waiting.getAttribute('data-open-appointment'), { target: '#modal-root', swap: 'innerHTML' });
    }
  });

  document.addEventListener('keydown', function (event) {
    var card = event.target.closest && event.target.closest('.appointment');
    if (card && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      openDetails(card);
    }
  });

  function openDetails(card) {
    htmx.ajax('GET', appointmentUrl(card), { target: '#modal-root', swap: 'innerHTML' });
  }

  // --- drag and drop, resize ---------------------------------------------------------------------------------------
  document.addEventListener('pointerdown', function (event) {
    var card = event.target.closest('.appointment');
    if (!card || event.button !== 0) {
      return;
    }
    var movable = card.classList.contains('is-movable');
    dragging = {
      card: card,
      resize: movable && !!event.target.closest('.appointment__resize'),
      movable: movable,
      x: event.clientX,
      y: event.clientY,
      top: parseInt(card.style.getPropertyValue('--top'), 10),
      height: parseInt(card.style.getPropertyValue('--height'), 10),
      column: card.parentElement,
      moved: false
    };
    if (movable) {
      card.setPointerCapture(event.pointerId);
    }
  });

  document.addEventListener('pointermove', function (event) {
    if (!dragging || !dragging.movable) {
      return;
    }
    var dy = event.clientY - dragging.y;
    var dx = event.clientX - dragging.x;
    if (!dragging.moved && Math.abs(dy) < 4 && Math.abs(dx) < 4) {
      return;
    }
    dragging.moved = true;
    dragging.card.classList.add('is-dragging');
    var delta = Math.round(dy / ppm() / SNAP) * SNAP;
    var total = parseInt(getComputedStyle(grid()).getPropertyValue('--minutes'), 10);
    if (dragging.resize) {
      var height = Math.max(SNAP * 2, Math.min(dragging.height + delta, total - dragging.top));
      dragging.card.style.setProperty('--height', height);
      return;
    }
    var top = Math.max(0, Math.min(dragging.top + delta, total - dragging.height));
    dragging.card.style.setProperty('--top', top);
    dragging.card.style.setProperty('--lane', 0);
    dragging.card.style.setProperty('--lanes', 1);
    var under = document.elementsFromPoint(event.clientX, event.clientY)
      .map(function (element) { return element.closest('.grid-board__column'); })
      .filter(function (element) { return element; })[0];
    if (under && under !== dragging.card.parentElement) {
      under.appendChild(dragging.card);
    }
  });

  document.addEventListener('pointerup', function () {
    if (!dragging) {
      return;
    }
    var drag = dragging;
    dragging = null;
    if (!drag.moved) {
      openDetails(drag.card);
      return;
    }
    drag.card.classList.remove('is-dragging');
    var section = board();
    var column = drag.card.parentElement;
    var opens = minutesOf(grid().getAttribute('data-opens'));
    var top = parseInt(drag.card.style.getPropertyValue('--top'), 10);
    var values = {
      version: drag.card.getAttribute('data-version'),
      start: column.getAttribute('data-date') + 'T' + timeOf(opens + top),
      minutes: drag.card.style.getPropertyValue('--height').trim(),
      doctor: drag.card.getAttribute('data-doctor'),
      chair: drag.card.getAttribute('data-chair')
    };
    if (section.getAttribute('data-view') === 'day') {
      var by = section.getAttribute('data-by');
      if (by === 'doctor' && column.getAttribute('data-doctor')) { values.doctor = column.getAttribute('data-doctor'); }
      if (by === 'chair' && column.getAttribute('data-chair')) { values.chair = column.getAttribute('data-chair'); }
    }
    htmx.ajax('POST', appointmentUrl(drag.card) + '/move', { target: '#calendar-undo', swap: 'innerHTML', values: values })
      .then(function () { if (refreshPending) { refresh(); } });
  });

  // --- the "now" line -------------------------------------------------------------------------------------------
  var loadedAt = Date.now();
  function moveNowLine() {
    var line = document.querySelector('.grid-board__now');
    var holder = grid();
    if (!line || !holder) {
      return;
    }
    var minute = parseInt(holder.getAttribute('data-now'), 10) + Math.floor((Date.now() - loadedAt) / 60000);
    var total = parseInt(getComputedStyle(holder).getPropertyValue('--minutes'), 10);
    line.hidden = minute >= total;
    line.style.setProperty('--top', minute);
  }
  setInterval(moveNowLine, 30000);

  // --- after every swap of the board: keep open filter menus open, scroll to now on first sight ------------------
  var openFilters = [];
  document.addEventListener('htmx:beforeSwap', function (event) {
    if (event.detail.target && event.detail.target.id === 'calendar-board') {
      openFilters = Array.prototype.map.call(document.querySelectorAll('details.filter[open]'),
        function (details) { return details.getAttribute('data-filter'); });
    }
  });
  document.addEventListener('htmx:afterSettle', function (event) {
    if (event.detail.target && event.detail.target.id === 'calendar-board' || event.detail.elt && event.detail.elt.id === 'calendar-board') {
      loadedAt = Date.now();
      openFilters.forEach(function (name) {
        var details = document.querySelector('details.filter[data-filter="' + name + '"]');
        if (details) { details.open = true; }
      });
    }
  });
  document.addEventListener('click', function (event) {
    document.querySelectorAll('details.filter[open]').forEach(function (details) {
      if (!details.contains(event.target)) { details.open = false; }
    });
  });
  document.addEventListener('close', function () { if (refreshPending) { setTimeout(refresh, 50); } }, true);

  // --- the booking dialog: patient picker, quick registration, duration from the services ------------------------
  document.addEventListener('click', function (event) {
    var picker = event.target.closest('[data-patient-picker]');
    if (!picker) {
      return;
    }
    var pick = event.target.closest('[data-pick-patient]');
    if (pick) {
      picker.querySelector('[data-picked-id]').value = pick.getAttribute('data-id');
      picker.querySelector('[data-picked-name]').value = pick.getAttribute('data-name');
      picker.querySelector('[data-picked-label]').textContent = pick.getAttribute('data-name');
      picker.querySelector('[data-new-patient]').value = 'false';
      show(picker, '[data-picked]', true); show(picker, '[data-search]', false); show(picker, '[data-new-fields]', false);
    }
    else if (event.target.closest('[data-unpick]') || event.target.closest('[data-back-to-search]')) {
      picker.querySelector('[data-picked-id]').value = '';
      picker.querySelector('[data-new-patient]').value = 'false';
      show(picker, '[data-picked]', false); show(picker, '[data-search]', true); show(picker, '[data-new-fields]', false);
      picker.querySelector('input[type="search"]').focus();
    }
    else if (event.target.closest('[data-quick-register]')) {
      picker.querySelector('[data-picked-id]').value = '';
      picker.querySelector('[data-new-patient]').value = 'true';
      show(picker, '[data-search]', false); show(picker, '[data-new-fields]', true);
      picker.querySelector('[data-new-fields] input').focus();
    }
  });

  function show(root, selector, visible) {
    var element = root.querySelector(selector);
    if (element) { element.classList.toggle('is-hidden', !visible); }
  }

  // the services' durations add up in the length field's placeholder, also for services the form came with
  function showDurations(select) {
    var total = Array.prototype.reduce.call(select.selectedOptions,
      function (sum, option) { return sum + parseInt(option.getAttribute('data-minutes') || '0', 10); }, 0);
    var minutes = select.form.querySelector('[name="minutes"]');
    if (minutes) { minutes.placeholder = total > 0 ? String(total) : ''; }
  }

  document.addEventListener('change', function (event) {
    if (event.target.matches('[data-durations]')) {
      showDurations(event.target);
    }
  });

  document.addEventListener('htmx:load', function (event) {
    if (event.detail.elt.querySelectorAll) {
      event.detail.elt.querySelectorAll('[data-durations]').forEach(showDurations);
    }
  });

  // the reschedule form posts one "start" from its date and time fields
  document.addEventListener('htmx:configRequest', function (event) {
    var form = event.detail.elt.closest && event.detail.elt.closest('[data-reschedule]');
    if (form) {
      event.detail.parameters.start = form.querySelector('[data-reschedule-date]').value + 'T'
        + form.querySelector('[data-reschedule-time]').value;
    }
  });
  // a new action on an appointment (its details opened, a status step) makes the last move's way back stale
  document.addEventListener('htmx:beforeRequest', function (event) {
    var target = event.detail.target;
    var undo = document.getElementById('calendar-undo');
    if (undo && target && (target.id === 'modal-root' || target.id === 'appointment-dialog')) {
      undo.innerHTML = '';
    }
  });

  var undoTimer = null;
  document.addEventListener('htmx:afterSwap', function (event) {
    if (event.detail.target && event.detail.target.id === 'calendar-undo') {
      // the way back is offered for a while, then the bar steps aside
      clearTimeout(undoTimer);
      undoTimer = setTimeout(function () { event.detail.target.innerHTML = ''; }, 15000);
      var dialog = document.querySelector('#appointment-dialog');
      if (dialog && dialog.open) { dialog.close(); }
    }
  });

  // --- live: every other open calendar shows a change within a moment --------------------------------------------
  var timer = null;
  function connect() {
    var section = board();
    if (!section || !window.EventSource) {
      return;
    }
    var source = new EventSource(section.getAttribute('data-stream'));
    source.addEventListener('changed', function () {
      clearTimeout(timer);
      timer = setTimeout(refresh, 150);
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    connect();
    moveNowLine();
    var line = document.querySelector('.grid-board__now');
    if (line) { line.scrollIntoView({ block: 'center' }); }
  });
})();
