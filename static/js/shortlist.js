/*
 * The shortlist in the browser's storage: each "keep" link becomes a toggle button, and the
 * "Compare (n)" link carries the list in its address. Without this script the keep links add
 * to the list in the address themselves (therapists/public/shortlist.py), so nothing here is
 * needed for the pages to work. The words come from the bar's data attributes, translated.
 */
(function () {
  "use strict";

  var KEY = "shortlist";
  var SLUG = /^[-a-zA-Z0-9_]{1,80}$/;
  var bar = document.querySelector("[data-shortlist-bar]");
  if (!bar || !storageWorks()) {
    return;
  }
  var max = parseInt(bar.dataset.max, 10);

  function storageWorks() {
    try {
      window.localStorage.setItem(KEY + ":test", "1");
      window.localStorage.removeItem(KEY + ":test");
      return true;
    } catch (error) {
      return false;
    }
  }

  function cleaned(slugs) {
    var seen = [];
    slugs.forEach(function (slug) {
      if (typeof slug === "string" && SLUG.test(slug) && seen.indexOf(slug) === -1) {
        seen.push(slug);
      }
    });
    return seen.slice(0, max);
  }

  function read() {
    try {
      var stored = JSON.parse(window.localStorage.getItem(KEY) || "[]");
      return Array.isArray(stored) ? cleaned(stored) : [];
    } catch (error) {
      return [];
    }
  }

  function write(slugs) {
    window.localStorage.setItem(KEY, JSON.stringify(cleaned(slugs)));
  }

  function say(text, values) {
    return text.replace(/\{(\w+)\}/g, function (whole, name) {
      return name in values ? String(values[name]) : whole;
    });
  }

  function announce(message) {
    var status = bar.querySelector("[data-shortlist-status]");
    status.textContent = "";
    // A moment later, so that the same words said twice are heard twice.
    window.setTimeout(function () {
      status.textContent = message;
    }, 50);
  }

  function compareAddress(slugs) {
    var params = new URLSearchParams(window.location.search);
    params.delete("t");
    if (slugs.length) {
      params.set("t", slugs.join(","));
    }
    var query = params.toString().replace(/%2C/g, ",");
    return bar.dataset.compareUrl + (query ? "?" + query : "");
  }

  function show(slugs) {
    document.querySelectorAll("button[data-keep]").forEach(function (button) {
      button.setAttribute("aria-pressed", slugs.indexOf(button.dataset.keep) === -1 ? "false" : "true");
    });
    var link = bar.querySelector("[data-compare-link]");
    if (link) {
      link.href = compareAddress(slugs);
      link.textContent = say(bar.dataset.compareText, { count: slugs.length });
      link.hidden = slugs.length === 0;
    }
  }

  function toggle(button) {
    var slugs = read();
    var values = { name: button.dataset.name, max: max };
    var at = slugs.indexOf(button.dataset.keep);
    if (at !== -1) {
      slugs.splice(at, 1);
      values.count = slugs.length;
      write(slugs);
      announce(say(bar.dataset.removedText, values));
    } else if (slugs.length >= max) {
      announce(bar.dataset.fullText);
    } else {
      slugs.push(button.dataset.keep);
      values.count = slugs.length;
      write(slugs);
      announce(say(bar.dataset.keptText, values));
    }
    show(read());
  }

  // A keep link becomes a button that says whether the profile is kept (aria-pressed).
  function enhance(root) {
    root.querySelectorAll("a[data-keep]").forEach(function (link) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "keep";
      button.dataset.keep = link.dataset.keep;
      button.dataset.name = link.dataset.name;
      var mark = document.createElement("span");
      mark.className = "keep__mark";
      mark.setAttribute("aria-hidden", "true");
      mark.textContent = "✓ ";
      var label = document.createElement("span");
      label.textContent = bar.dataset.keepText;
      var name = document.createElement("span");
      name.className = "visually-hidden";
      name.textContent = " " + link.dataset.name;
      button.append(mark, label, name);
      link.replaceWith(button);
    });
    show(read());
  }

  // A list in the page's address (a shared or bookmarked link, a page reached without the
  // script) is the list the visitor is looking at: it becomes the kept one.
  if (bar.hasAttribute("data-shortlist")) {
    write(bar.dataset.shortlist.split(",").filter(Boolean));
  }
  document.querySelectorAll("[data-shortlist-field]").forEach(function (field) {
    field.remove(); // the storage carries the list from here on
  });

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-keep]");
    if (button) {
      toggle(button);
      return;
    }
    var compare = event.target.closest("a[data-compare-link]");
    if (compare) {
      compare.href = compareAddress(read()); // the search's address as it is now
      return;
    }
    var remove = event.target.closest("a[data-shortlist-remove]");
    if (remove) {
      var slug = remove.dataset.shortlistRemove;
      write(read().filter(function (kept) { return kept !== slug; }));
    }
  });
  // Results swapped in by htmx bring new keep links (and the search form its hidden field).
  document.addEventListener("htmx:afterSettle", function () {
    document.querySelectorAll("[data-shortlist-field]").forEach(function (field) {
      field.remove();
    });
    enhance(document);
  });
  enhance(document);
})();
