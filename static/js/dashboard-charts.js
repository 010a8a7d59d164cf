// The two charts of the HR dashboard, drawn by Chart.js (static/vendor/chartjs) from the
// figures the page embeds as JSON. The table above them holds the same numbers.
(function () {
  "use strict";

  var NARROW = 640; // px: below this, bars run sideways so agency names have the width

  // A long agency name split into lines of whole words (never inside a syllable), at most
  // three lines; the last one ends with "…" when cut. The tooltip shows the full name.
  function wrap(name, width) {
    var words = String(name).split(/\s+/);
    var lines = [];
    var line = "";
    words.forEach(function (word) {
      if (line && (line + " " + word).length > width) {
        lines.push(line);
        line = word;
      } else {
        line = line ? line + " " + word : word;
      }
    });
    if (line) {
      lines.push(line);
    }
    if (lines.length > 3) {
      lines = lines.slice(0, 3);
      lines[2] = lines[2] + " …";
    }
    return lines;
  }

  function fontSize() {
    return window.innerWidth < NARROW ? 11 : 13;
  }

  // Counts of people and enrolments are whole numbers: no 0.5 ticks.
  function countAxis(extra) {
    var axis = { beginAtZero: true, ticks: { precision: 0, font: { size: fontSize() } } };
    return Object.assign(axis, extra || {});
  }

  function drawAgencies(canvas, data, number) {
    var horizontal = data.labels.length > 8 || window.innerWidth < NARROW;
    var width = horizontal ? 22 : 14; // characters per label line
    var labels = data.labels.map(function (name) {
      return wrap(name, width);
    });
    if (horizontal) {
      // One band per agency, so every name shows however many units there are.
      var lines = labels.reduce(function (sum, label) {
        return sum + label.length;
      }, 0);
      canvas.parentNode.style.height = Math.max(18, lines * 1.1 + data.labels.length + 5) + "rem";
    }
    var nameAxis = { stacked: true, ticks: { autoSkip: false, font: { size: fontSize() } } };
    if (!horizontal) {
      nameAxis.ticks.maxRotation = 0;
    }
    var scales = horizontal
      ? { y: nameAxis, x: countAxis({ stacked: true }) }
      : { x: nameAxis, y: countAxis({ stacked: true }) };
    return new window.Chart(canvas, {
      type: "bar",
      data: {
        labels: labels,
        datasets: [
          { label: data.names.completed, data: data.completed, backgroundColor: "#1b7f3b" },
          { label: data.names.in_progress, data: data.in_progress, backgroundColor: "#b86e00" },
          { label: data.names.not_started, data: data.not_started, backgroundColor: "#6b7682" },
        ],
      },
      options: {
        indexAxis: horizontal ? "y" : "x",
        maintainAspectRatio: false,
        animation: false,
        scales: scales,
        plugins: {
          legend: { labels: { font: { size: fontSize() } } },
          tooltip: {
            callbacks: {
              title: function (items) {
                return items.length ? data.labels[items[0].dataIndex] : "";
              },
              label: function (item) {
                return item.dataset.label + ": " + number.format(item.raw);
              },
            },
          },
        },
      },
    });
  }

  function drawMonths(canvas, data) {
    return new window.Chart(canvas, {
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
        scales: {
          x: { ticks: { maxRotation: 45, autoSkip: true, font: { size: fontSize() } } },
          y: countAxis(),
        },
        plugins: { legend: { labels: { font: { size: fontSize() } } } },
      },
    });
  }

  function draw() {
    var source = document.getElementById("dashboard-chart-data");
    if (!source || typeof window.Chart === "undefined") {
      return;
    }
    var data = JSON.parse(source.textContent);
    var number = new Intl.NumberFormat(document.documentElement.lang || "vi");
    var agencies = document.getElementById("chart-agencies");
    var months = document.getElementById("chart-months");
    var charts = [];
    if (agencies && data.labels.length) {
      charts.push(drawAgencies(agencies, data, number));
    }
    if (months && data.months.length) {
      charts.push(drawMonths(months, data));
    }
    // Turning a phone sideways crosses the narrow width: draw again with the fitting layout.
    var narrow = window.innerWidth < NARROW;
    window.addEventListener("resize", function () {
      if (narrow === window.innerWidth < NARROW) {
        return;
      }
      narrow = !narrow;
      charts.forEach(function (chart) {
        chart.destroy();
      });
      charts = [];
      if (agencies && data.labels.length) {
        charts.push(drawAgencies(agencies, data, number));
      }
      if (months && data.months.length) {
        charts.push(drawMonths(months, data));
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
