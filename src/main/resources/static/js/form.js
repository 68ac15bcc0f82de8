// Record form (templates/form/fields.html): the add/remove buttons work without a round trip, and
// long choice lists get a filter box. Without this script the buttons submit the form and the
// server does the same (see docs/forms.md); the lists stay plain <select>s.
(function () {
  'use strict';

  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function byAttr(attr, value) {
    return document.querySelector('[' + attr + '="' + CSS.escape(value) + '"]');
  }

  // Every attribute naming "base[old]" now names "base[index]".
  function renumber(root, from, to) {
    [root].concat(Array.from(root.querySelectorAll('*'))).forEach(function (el) {
      Array.from(el.attributes).forEach(function (a) {
        if (a.value.indexOf(from) >= 0) {
          el.setAttribute(a.name, a.value.split(from).join(to));
        }
      });
    });
  }

  // A copy starts empty: no values, no node id, no errors, one input per list, no nested items.
  function clear(root) {
    root.querySelectorAll('input[type="hidden"][name$="._node"], .form-error, .form-problems, .form-item').forEach(function (el) {
      el.remove();
    });
    root.querySelectorAll('.form-values').forEach(function (list) {
      list.querySelectorAll(':scope > .form-value').forEach(function (v, i) { if (i > 0) { v.remove(); } });
    });
    root.querySelectorAll('input:not([type="hidden"]), textarea').forEach(function (el) { el.value = ''; });
    root.querySelectorAll('select').forEach(function (el) { el.selectedIndex = 0; });
    root.querySelectorAll('option[hidden]').forEach(function (o) { o.hidden = false; });
    root.querySelectorAll('[aria-invalid]').forEach(function (el) { el.removeAttribute('aria-invalid'); });
  }

  function indexOf(el, base) {
    var own = el.getAttribute('data-item') || (el.querySelector('[name^="' + CSS.escape(base) + '["]') || {}).name || '';
    var m = own.substring(base.length).match(/^\[(\d+)\]/);
    return m ? parseInt(m[1], 10) : -1;
  }

  function add(button, event) {
    var base = button.value;
    var list = byAttr('data-list', base);
    if (!list) { return; }
    var entries = list.querySelectorAll(':scope > .form-item, :scope > .form-value');
    if (!entries.length) { return; } // nothing to copy: the server adds it
    event.preventDefault();
    var last = entries[entries.length - 1];
    var next = 0;
    entries.forEach(function (e) { next = Math.max(next, indexOf(e, base) + 1); });
    var copy = last.cloneNode(true);
    renumber(copy, base + '[' + indexOf(last, base) + ']', base + '[' + next + ']');
    clear(copy);
    var legend = copy.querySelector(':scope > legend');
    if (legend) { legend.textContent = legend.textContent.replace(/\d+\s*$/, String(entries.length + 1)); }
    last.after(copy);
    var first = copy.querySelector('input:not([type="hidden"]), select, textarea');
    if (first) { first.focus(); }
  }

  function remove(button, event) {
    var target = byAttr('data-item', button.value) || button.closest('.form-value');
    if (!target) { return; }
    event.preventDefault();
    var list = target.parentElement;
    var siblings = list.querySelectorAll(':scope > .form-value');
    if (target.classList.contains('form-value') && siblings.length === 1) {
      clear(target); // keep one (empty) input
      return;
    }
    target.remove();
    var focus = list.querySelector('input:not([type="hidden"]), select, textarea') || list.parentElement.querySelector('.form-add');
    if (focus) { focus.focus(); }
  }

  function addFilter(select) {
    var prev = select.previousElementSibling;
    if (prev && prev.classList.contains('form-filter')) { return; }
    var box = document.createElement('input');
    box.type = 'search';
    box.className = 'form-filter';
    box.setAttribute('aria-label', select.getAttribute('data-filter'));
    box.placeholder = select.getAttribute('data-filter');
    select.before(box);
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('button[name="_add"], button[name="_remove"]');
    if (!button) { return; }
    if (button.name === '_add') { add(button, event); } else { remove(button, event); }
    document.querySelectorAll('select[data-filter]').forEach(addFilter);
  });

  document.addEventListener('input', function (event) {
    var box = event.target;
    if (!box.classList || !box.classList.contains('form-filter')) { return; }
    var select = box.nextElementSibling;
    var q = fold(box.value.trim());
    Array.from(select.options).forEach(function (o, i) {
      o.hidden = i > 0 && !o.selected && q !== '' && fold(o.text).indexOf(q) < 0;
    });
  });

  document.querySelectorAll('select[data-filter]').forEach(addFilter);
}());
