// Patient files in the browser: the viewer's zoom (wheel, buttons, keys), pan (drag) and adjustments (brightness,
// contrast, a negative for X-rays) as CSS on the picture, which stays as uploaded; and the upload dialog's drop zone,
// which lists the files chosen and holds back a file over the largest limit before it is sent, and closes once they are stored. No inline scripts (CSP).
(function () {
  'use strict';

  var MIN_SCALE = 1;
  var MAX_SCALE = 10;
  var STEP = 1.25;
  var states = new WeakMap();

  function stateOf(stage) {
    var state = states.get(stage);
    if (!state) {
      state = { scale: 1, x: 0, y: 0, brightness: 100, contrast: 100, invert: false };
      states.set(stage, state);
    }
    return state;
  }

  function viewerOf(element) {
    var main = element.closest('.file-viewer__main');
    return main ? main.querySelector('[data-viewer]') : null;
  }

  function clamp(value, low, high) {
    return Math.min(high, Math.max(low, value));
  }

  // the picture may be pulled aside, never out of sight: at most half of it beyond the stage's centre
  function keepInSight(stage, state) {
    var width = stage.clientWidth * state.scale / 2;
    var height = stage.clientHeight * state.scale / 2;
    state.x = clamp(state.x, -width, width);
    state.y = clamp(state.y, -height, height);
  }

  function apply(stage) {
    var state = stateOf(stage);
    var image = stage.querySelector('[data-viewer-image]');
    if (!image) {
      return;
    }
    image.style.transform = 'translate(' + state.x + 'px, ' + state.y + 'px) scale(' + state.scale + ')';
    image.style.filter = 'brightness(' + state.brightness + '%) contrast(' + state.contrast + '%)' + (state.invert ? ' invert(1)' : '');
    stage.setAttribute('data-zoom', state.scale.toFixed(2));
    var main = stage.closest('.file-viewer__main');
    var zoom = main && main.querySelector('[data-viewer-zoom]');
    if (zoom) {
      zoom.textContent = Math.round(state.scale * 100) + '%';
    }
  }

  // zooms by factor keeping the point (clientX, clientY) of the picture where it is; without a point, the stage's centre
  function zoom(stage, factor, clientX, clientY) {
    var state = stateOf(stage);
    var box = stage.getBoundingClientRect();
    var pointX = clientX === undefined ? 0 : clientX - (box.left + box.width / 2);
    var pointY = clientY === undefined ? 0 : clientY - (box.top + box.height / 2);
    var scale = clamp(state.scale * factor, MIN_SCALE, MAX_SCALE);
    var applied = scale / state.scale;
    state.x = pointX - (pointX - state.x) * applied;
    state.y = pointY - (pointY - state.y) * applied;
    state.scale = scale;
    if (scale === MIN_SCALE) {
      state.x = 0;
      state.y = 0;
    }
    keepInSight(stage, state);
    apply(stage);
  }

  function fit(stage) {
    var state = stateOf(stage);
    state.scale = 1;
    state.x = 0;
    state.y = 0;
    apply(stage);
  }

  function reset(stage) {
    var state = stateOf(stage);
    state.brightness = 100;
    state.contrast = 100;
    state.invert = false;
    var main = stage.closest('.file-viewer__main');
    main.querySelectorAll('[data-viewer-filter]').forEach(function (slider) { slider.value = 100; });
    var invert = main.querySelector('[data-viewer-action="invert"]');
    if (invert) {
      invert.setAttribute('aria-pressed', 'false');
    }
    fit(stage);
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-viewer-action]');
    var stage = button && viewerOf(button);
    if (!stage) {
      return;
    }
    var action = button.getAttribute('data-viewer-action');
    if (action === 'zoom-in') {
      zoom(stage, STEP);
    }
    else if (action === 'zoom-out') {
      zoom(stage, 1 / STEP);
    }
    else if (action === 'fit') {
      fit(stage);
    }
    else if (action === 'reset') {
      reset(stage);
    }
    else if (action === 'invert') {
      var state = stateOf(stage);
      state.invert = !state.invert;
      button.setAttribute('aria-pressed', String(state.invert));
      apply(stage);
    }
  });

  document.addEventListener('input', function (event) {
    var slider = event.target;
    var stage = slider.matches && slider.matches('[data-viewer-filter]') ? viewerOf(slider) : null;
    if (stage) {
      stateOf(stage)[slider.getAttribute('data-viewer-filter')] = Number(slider.value);
      apply(stage);
    }
  });

  document.addEventListener('wheel', function (event) {
    var stage = event.target.closest && event.target.closest('[data-viewer]');
    if (stage) {
      event.preventDefault();
      zoom(stage, Math.exp(-event.deltaY * 0.0015), event.clientX, event.clientY);
    }
  }, { passive: false });

  document.addEventListener('dblclick', function (event) {
    var stage = event.target.closest && event.target.closest('[data-viewer]');
    if (stage) {
      fit(stage);
    }
  });

  document.addEventListener('keydown', function (event) {
    var stage = event.target.matches && event.target.matches('[data-viewer]') ? event.target : null;
    if (!stage) {
      return;
    }
    var state = stateOf(stage);
    var moves = { ArrowLeft: [40, 0], ArrowRight: [-40, 0], ArrowUp: [0, 40], ArrowDown: [0, -40] };
    if (event.key === '+' || event.key === '=') {
      zoom(stage, STEP);
    }
    else if (event.key === '-') {
      zoom(stage, 1 / STEP);
    }
    else if (event.key === '0') {
      fit(stage);
    }
    else if (moves[event.key]) {
      state.x += moves[event.key][0];
      state.y += moves[event.key][1];
      keepInSight(stage, state);
      apply(stage);
    }
    else {
      return;
    }
    event.preventDefault();
  });

  // panning: the stage follows the pointer while a button is held
  document.addEventListener('pointerdown', function (event) {
    var stage = event.target.closest && event.target.closest('[data-viewer]');
    if (!stage || event.button !== 0) {
      return;
    }
    var state = stateOf(stage);
    var last = { x: event.clientX, y: event.clientY };
    stage.setPointerCapture(event.pointerId);
    stage.classList.add('is-panning');
    function move(moved) {
      state.x += moved.clientX - last.x;
      state.y += moved.clientY - last.y;
      last = { x: moved.clientX, y: moved.clientY };
      keepInSight(stage, state);
      apply(stage);
    }
    function stop() {
      stage.classList.remove('is-panning');
      stage.removeEventListener('pointermove', move);
      stage.removeEventListener('pointerup', stop);
      stage.removeEventListener('pointercancel', stop);
    }
    stage.addEventListener('pointermove', move);
    stage.addEventListener('pointerup', stop);
    stage.addEventListener('pointercancel', stop);
  });
})();

// The upload dialog's drop zone: the files chosen (or dropped on the input) are listed with their sizes; one larger than
// the largest limit is marked, and the upload is not sent while it is chosen.
(function () {
  'use strict';

  function size(zone, bytes) {
    var language = document.documentElement.lang || undefined;
    if (bytes < 1024 * 1024) {
      return zone.getAttribute('data-kb').replace('{0}', Math.max(1, Math.round(bytes / 1024)).toLocaleString(language));
    }
    return zone.getAttribute('data-mb').replace('{0}', (bytes / 1048576).toLocaleString(language, { maximumFractionDigits: 1 }));
  }

  function list(zone, input) {
    var items = zone.querySelector('[data-dropzone-list]');
    var chosen = zone.querySelector('[data-dropzone-chosen]');
    var largest = Number(zone.getAttribute('data-max-bytes'));
    items.textContent = '';
    Array.prototype.forEach.call(input.files, function (file) {
      var item = document.createElement('li');
      var name = document.createElement('span');
      name.textContent = file.name;
      var bytes = document.createElement('span');
      bytes.className = 'muted';
      bytes.textContent = size(zone, file.size);
      item.append(name, bytes);
      if (file.size > largest) {
        item.className = 'is-too-large';
        item.title = zone.getAttribute('data-too-large').replace('{0}', file.name);
      }
      items.appendChild(item);
    });
    chosen.hidden = input.files.length === 0;
    chosen.textContent = zone.getAttribute('data-chosen').replace('{0}', input.files.length);
  }

  document.addEventListener('change', function (event) {
    var zone = event.target.closest && event.target.closest('[data-dropzone]');
    if (zone && event.target.type === 'file') {
      zone.classList.remove('is-dragging');
      list(zone, event.target);
    }
  });

  ['dragenter', 'dragover'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var zone = event.target.closest && event.target.closest('[data-dropzone]');
      if (zone) {
        zone.classList.add('is-dragging');
      }
    });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var zone = event.target.closest && event.target.closest('[data-dropzone]');
      if (zone) {
        zone.classList.remove('is-dragging');
      }
    });
  });

  // the upload is stored and the gallery behind the dialog redrawn: the dialog has done its work
  document.addEventListener('files-uploaded', function () {
    var dialog = document.getElementById('file-upload-dialog');
    if (dialog) {
      dialog.close();
    }
  });

  // a new choice of files replaces the refusals of the files chosen before
  document.addEventListener('change', function (event) {
    if (event.target.type === 'file' && event.target.closest('[data-dropzone]')) {
      var refusals = event.target.form && event.target.form.querySelector('[data-error-for="file"]');
      if (refusals) {
        refusals.remove();
      }
    }
  });

  document.addEventListener('htmx:beforeRequest', function (event) {
    var zone = event.detail.elt.querySelector && event.detail.elt.querySelector('[data-dropzone]');
    var tooLarge = zone && zone.querySelector('.is-too-large');
    if (tooLarge) {
      event.preventDefault();
      document.dispatchEvent(new CustomEvent('toast', { detail: { level: 'error', text: tooLarge.title } }));
    }
  });
})();
