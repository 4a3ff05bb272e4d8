// Draws every chart of a page: the specs are JSON blocks (<script type="application/json"
// class="chart-spec" data-chart="ID">) written by the server; each goes into #chart-ID.
// A click on a point follows its customdata when that is a path on this server or an
// anchor on this page; nothing else is ever followed.
"use strict";
(function () {
  function follow(target) {
    if (typeof target !== "string") return;
    if (target.startsWith("#")) {
      window.location.hash = target.slice(1);
    } else if (target.startsWith("/") && !target.startsWith("//") && !target.startsWith("/\\")) {
      window.location.assign(target);
    }
  }

  function draw(block) {
    const box = document.getElementById("chart-" + block.dataset.chart);
    if (!box || typeof Plotly === "undefined") return;
    let spec;
    try {
      spec = JSON.parse(block.textContent);
    } catch (error) {
      box.textContent = "This chart's data could not be read.";
      return;
    }
    const config = { displayModeBar: false, responsive: true };
    Plotly.newPlot(box, spec.data, spec.layout, config).then(function (plot) {
      plot.on("plotly_click", function (event) {
        const point = event.points && event.points[0];
        if (point) follow(point.customdata);
      });
      box.dataset.rendered = "true";
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("script.chart-spec").forEach(draw);
  });
})();
