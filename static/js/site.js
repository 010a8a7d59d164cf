// Small progressive enhancements shared by every page.
document.addEventListener("click", function (event) {
    if (event.target.closest("[data-print]")) { window.print(); }
});
