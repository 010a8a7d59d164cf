// The certificate register: "select all on this page" for the bulk downloads. The listing is
// replaced when filters change, so the handler listens on the document.
document.addEventListener("change", (event) => {
  const all = event.target.closest("[data-select-all-certificates]");
  if (!all) return;
  const form = all.closest("form");
  form.querySelectorAll('input[name="certificate"]').forEach((box) => {
    box.checked = all.checked;
  });
  const selected = form.querySelector('input[name="scope"][value="selected"]');
  if (selected) selected.checked = true;
});
