/* The admin on a phone and from the keyboard (added by lms.admin_theme).

   - Every table of the main content sits in a wrapper that scrolls sideways; when the table
     is wider than the screen the wrapper is a focusable region named after the table, so a
     keyboard user can scroll it with the arrow keys (WCAG 2.1.1).
   - Wagtail writes three labels in English in its templates (the search button, the header's
     actions); they get their Vietnamese from the admin's JavaScript catalogue. */
(() => {
  "use strict";

  const WRAPPER = "lms-table-scroll";
  const KNOWN_WRAPPERS = `.${WRAPPER}, .report-table-wrap`;
  const ADDED = "data-lms-region";

  const gettext = (text) =>
    window.django && typeof window.django.gettext === "function"
      ? window.django.gettext(text)
      : text;

  function tableName(table) {
    const caption = table.querySelector("caption");
    if (caption && caption.textContent.trim()) return caption.textContent.trim();
    const labelledBy = table.getAttribute("aria-labelledby");
    const label = labelledBy && document.getElementById(labelledBy);
    if (label && label.textContent.trim()) return label.textContent.trim();
    if (table.getAttribute("aria-label")) return table.getAttribute("aria-label");
    const heading = document.querySelector("#main h1, main h1");
    if (heading && heading.textContent.trim()) return heading.textContent.trim();
    return document.title.split(" - ")[0];
  }

  function wrapperOf(table) {
    const existing = table.parentElement.closest(KNOWN_WRAPPERS);
    if (existing && existing.contains(table)) return existing;
    const wrapper = document.createElement("div");
    wrapper.className = WRAPPER;
    table.before(wrapper);
    wrapper.append(table);
    return wrapper;
  }

  function updateRegion(wrapper, table) {
    const scrolls = wrapper.scrollWidth > wrapper.clientWidth + 1;
    if (scrolls && !wrapper.hasAttribute("tabindex")) {
      wrapper.setAttribute("tabindex", "0");
      wrapper.setAttribute("role", "region");
      wrapper.setAttribute("aria-label", tableName(table));
      wrapper.setAttribute(ADDED, "");
    } else if (!scrolls && wrapper.hasAttribute(ADDED)) {
      ["tabindex", "role", "aria-label", ADDED].forEach((name) => wrapper.removeAttribute(name));
    }
  }

  function translateHardCodedLabels() {
    document.querySelectorAll('input[type="submit"][value="Search"]').forEach((button) => {
      button.value = gettext("Search");
    });
    document.querySelectorAll('[aria-label="Actions"]').forEach((element) => {
      element.setAttribute("aria-label", gettext("Actions"));
    });
  }

  function update() {
    document.querySelectorAll("#main table").forEach((table) => {
      if (table.parentElement.closest("table")) return; // a table inside a cell
      updateRegion(wrapperOf(table), table);
    });
    translateHardCodedLabels();
  }

  let scheduled = false;
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    window.requestAnimationFrame(() => {
      scheduled = false;
      update();
    });
  }

  function start() {
    update();
    window.addEventListener("resize", schedule);
    // Wagtail replaces the listing when a filter, search or page changes (w-swap).
    const main = document.getElementById("main");
    if (main) new MutationObserver(schedule).observe(main, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
