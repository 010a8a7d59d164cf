// A bulk job's page: asks for its progress every second and a half, and reloads when it ends,
// so the result (or the reason it stopped) shows.
(() => {
  const job = document.querySelector("[data-job-status-url]");
  if (!job || job.dataset.jobFinished === "true") return;
  const bar = document.getElementById("job-progress");
  const status = job.querySelector("[data-job-status]");
  const done = job.querySelector("[data-job-done]");
  const poll = async () => {
    try {
      const response = await fetch(job.dataset.jobStatusUrl, { headers: { Accept: "application/json" } });
      if (response.ok) {
        const state = await response.json();
        bar.value = state.percent;
        bar.setAttribute("aria-valuetext", `${state.percent}%`);
        status.textContent = state.status_label;
        done.textContent = state.done.toLocaleString("vi-VN");
        if (state.finished) {
          window.location.reload();
          return;
        }
      }
    } catch (error) {
      // The network dropped for a moment: try again at the next tick.
    }
    window.setTimeout(poll, 1500);
  };
  window.setTimeout(poll, 1000);
})();
