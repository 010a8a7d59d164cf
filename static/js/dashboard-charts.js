// The two charts of the HR dashboard, drawn by Chart.js (static/vendor/chartjs) from the
// figures the page embeds as JSON. The table above them holds the same numbers.
(function () {
  "use strict";

  function draw() {
    var source = document.getElementById("dashboard-chart-data");
    if (!source || typeof window.Chart === "undefined") {
      return;
    }
    var data = JSON.parse(source.textContent);
    var number = new Intl.NumberFormat(document.documentElement.lang || "vi");
    var agencies = document.getElementById("chart-agencies");
    if (agencies && data.labels.length) {
      var horizontal = data.labels.length > 8;
      if (horizontal) {
        // One band per agency, so every name shows however many units there are.
        agencies.parentNode.style.height = Math.max(22, data.labels.length * 1.75 + 4) + "rem";
      }
      new window.Chart(agencies, {
        type: "bar",
        data: {
          labels: data.labels,
          datasets: [
            { label: data.names.completed, data: data.completed, backgroundColor: "#1b7f3b" },
            { label: data.names.in_progress, data: data.in_progress, backgroundColor: "#e9b04d" },
            { label: data.names.not_started, data: data.not_started, backgroundColor: "#a9b2bd" },
          ],
        },
        options: {
          indexAxis: horizontal ? "y" : "x",
          maintainAspectRatio: false,
          animation: false,
          scales: {
            x: { stacked: true, ticks: { autoSkip: !horizontal } },
            y: { stacked: true, ticks: { autoSkip: false } },
          },
          plugins: {
            tooltip: {
              callbacks: {
                label: function (item) {
                  return item.dataset.label + ": " + number.format(item.raw);
                },
              },
            },
          },
        },
      });
    }
    var months = document.getElementById("chart-months");
    if (months && data.months.length) {
      new window.Chart(months, {
        type: "line",
        data: {
          labels: data.months,
          datasets: [
            {
              label: data.names.cumulative,
              data: data.cumulative,
              borderColor: "#1b7f3b",
              backgroundColor: "rgba(27, 127, 59, 0.15)",
              fill: true,
              cubicInterpolationMode: "monotone",
            },
          ],
        },
        options: {
          maintainAspectRatio: false,
          animation: false,
          scales: { y: { beginAtZero: true } },
        },
      });
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
