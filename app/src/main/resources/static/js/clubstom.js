// The shell's behaviour on top of htmx: CSRF on every htmx request, toasts, and a translated message when a request
// fails. No inline scripts (the Content-Security-Policy allows only files from this origin).
(function () {
  'use strict';

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  // Spring Security checks the CSRF token on every state-changing request, htmx ones included.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = meta('_csrf');
    var header = meta('_csrf_header');
    if (token && header) {
      event.detail.headers[header] = token;
    }
  });

  function text(key) {
    var holder = document.getElementById('shell-texts');
    return holder ? holder.getAttribute('data-' + key) : key;
  }

  function toast(level, message) {
    var region = document.getElementById('toasts');
    if (!region || !message) {
      return;
    }
    var item = document.createElement('div');
    item.className = 'toast toast--' + level;
    item.setAttribute('role', level === 'error' ? 'alert' : 'status');
    var icon = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    icon.setAttribute('class', 'icon');
    icon.setAttribute('aria-hidden', 'true');
    var use = document.createElementNS('http://www.w3.org/2000/svg', 'use');
    use.setAttribute('href', region.getAttribute('data-icons') + (level === 'error' ? '#alert' : '#check'));
    icon.appendChild(use);
    var body = document.createElement('span');
    body.textContent = message;
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'toast__close';
    close.setAttribute('aria-label', text('close'));
    close.textContent = '\u00d7';
    close.addEventListener('click', function () { item.remove(); });
    item.append(icon, body, close);
    region.appendChild(item);
    setTimeout(function () { item.remove(); }, level === 'error' ? 8000 : 4000);
  }

  // The server asks for a toast with the HX-Trigger header: {"toast": {"level": "success", "text": "..."}}
  document.addEventListener('toast', function (event) {
    toast(event.detail.level || 'success', event.detail.text);
  });

  document.addEventListener('htmx:responseError', function (event) {
    var status = event.detail.xhr.status;
    if (status === 401) {
      return; // HX-Redirect to the login page is on its way
    }
    toast('error', text('error-' + (status === 403 || status === 404 ? status : 'server')));
  });

  document.addEventListener('htmx:sendError', function () {
    toast('error', text('error-network'));
  });

  // A toast handed over by a full-page redirect (flash attribute rendered into the page).
  function showPendingToasts(root) {
    (root || document).querySelectorAll('[data-toast]').forEach(function (element) {
      toast(element.getAttribute('data-toast-level') || 'success', element.getAttribute('data-toast'));
      element.removeAttribute('data-toast');
    });
  }

  document.addEventListener('DOMContentLoaded', function () { showPendingToasts(document); });
  document.addEventListener('htmx:load', function (event) { showPendingToasts(event.detail.elt); });
})();

// Modal dialogs: htmx swaps a <dialog data-modal> in (a form, or the same form again with its errors); open it as a
// real modal, close it on [data-close-dialog] or Escape, and remove it once closed so stale forms never linger.
(function () {
  'use strict';

  function openDialogs(root) {
    var dialogs = [];
    if (root.matches && root.matches('dialog[data-modal]')) {
      dialogs.push(root);
    }
    if (root.querySelectorAll) {
      root.querySelectorAll('dialog[data-modal]').forEach(function (dialog) { dialogs.push(dialog); });
    }
    dialogs.forEach(function (dialog) {
      if (!dialog.open) {
        dialog.showModal();
      }
      if (!dialog.dataset.wired) {
        dialog.dataset.wired = 'true';
        dialog.addEventListener('close', function () { dialog.remove(); });
      }
      var invalid = dialog.querySelector('[aria-invalid="true"]');
      (invalid || dialog.querySelector('input:not([type="hidden"]), select, textarea')).focus();
    });
  }

  document.addEventListener('htmx:load', function (event) { openDialogs(event.detail.elt); });

  document.addEventListener('click', function (event) {
    var closer = event.target.closest('[data-close-dialog]');
    if (closer) {
      var dialog = closer.closest('dialog');
      if (dialog) {
        dialog.close();
      }
    }
  });

  // Card tabs: the clicked tab is the selected one while its content loads.
  document.addEventListener('htmx:beforeRequest', function (event) {
    var tab = event.detail.elt;
    if (tab.classList && tab.classList.contains('tabs__tab')) {
      tab.parentElement.querySelectorAll('.tabs__tab').forEach(function (other) {
        other.setAttribute('aria-selected', other === tab ? 'true' : 'false');
      });
    }
  });
})();

// Small page helpers: [data-print] prints the page; a [data-timeline] range shows the stop under the thumb while it is
// dragged (its data-labels list one label per stop, separated by |) before the change loads that stop.
(function () {
  'use strict';

  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-print]')) {
      window.print();
    }
  });

  document.addEventListener('input', function (event) {
    var range = event.target;
    if (!range.matches || !range.matches('[data-timeline]')) {
      return;
    }
    var labels = (range.getAttribute('data-labels') || '').split('|');
    var output = range.parentElement.querySelector('[data-timeline-label]');
    if (output && labels[range.value]) {
      output.textContent = labels[range.value];
    }
  });
})();

// Repeating rows in a form (the questionnaire's allergies): [data-add-row="<template id>"] appends a copy of that
// <template> to the element named by data-rows, its "__index__" numbered after the rows already there (data-next-index),
// so the server binds it as the next list entry; [data-remove-row] takes its [data-row] out.
(function () {
  'use strict';

  document.addEventListener('click', function (event) {
    var adder = event.target.closest('[data-add-row]');
    if (adder) {
      var template = document.getElementById(adder.getAttribute('data-add-row'));
      var rows = document.getElementById(adder.getAttribute('data-rows'));
      if (!template || !rows) {
        return;
      }
      var index = parseInt(rows.getAttribute('data-next-index') || String(rows.children.length), 10);
      rows.setAttribute('data-next-index', String(index + 1));
      rows.insertAdjacentHTML('beforeend', template.innerHTML.replace(/__index__/g, String(index)));
      var first = rows.lastElementChild && rows.lastElementChild.querySelector('input, select, textarea');
      if (first) {
        first.focus();
      }
      return;
    }
    var remover = event.target.closest('[data-remove-row]');
    if (remover) {
      var row = remover.closest('[data-row]');
      if (row) {
        row.remove();
      }
    }
  });
})();
