// Quiz attempts: save answers on the server as they change (so a late submission is scored on
// what was saved in time) and show the time left. The server enforces the limit either way.
(function () {
    "use strict";
    var form = document.querySelector(".quiz-form");
    if (!form) { return; }
    var saveUrl = form.getAttribute("data-save-url");
    var pending = null;

    var status = document.querySelector(".save-status");

    function save() {
        pending = null;
        fetch(saveUrl, { method: "POST", body: new FormData(form), credentials: "same-origin" })
            .then(function (response) {
                if (status) {
                    status.textContent = response.ok ? status.getAttribute("data-saved") : status.getAttribute("data-refused");
                }
            })
            .catch(function () {
                if (status) { status.textContent = status.getAttribute("data-offline"); }
            });
    }

    form.addEventListener("change", function () {
        if (pending) { clearTimeout(pending); }
        pending = setTimeout(save, 300);
    });

    var deadline = document.querySelector("[data-deadline]");
    var left = document.querySelector(".deadline__left");
    if (deadline && left) {
        var end = new Date(deadline.getAttribute("data-deadline")).getTime();
        var tick = function () {
            var seconds = Math.max(0, Math.round((end - Date.now()) / 1000));
            left.textContent = "(" + Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0") + ")";
            if (seconds === 0) { form.submit(); return; }
            setTimeout(tick, 1000);
        };
        tick();
    }
})();
