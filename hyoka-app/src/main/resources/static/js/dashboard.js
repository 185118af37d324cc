// Draws the dashboard's bar charts from the JSON in #dashboard-data; a bar opens the list behind it.
// Progressive enhancement: every chart's numbers and links are in the table below it.
(function () {
  'use strict';

  var colours = ['#0b4f8a', '#2e8b57', '#8a6d00', '#9aa7b5', '#a0522d', '#5b3f8a', '#3d6b6b'];

  function draw() {
    var source = document.getElementById('dashboard-data');
    if (!source || typeof window.echarts === 'undefined') {
      return;
    }
    var data = JSON.parse(source.textContent);
    document.documentElement.classList.add('charts-on');
    var charts = [];
    data.charts.forEach(function (spec) {
      var element = document.querySelector('[data-dashboard-chart="' + spec.id + '"]');
      if (element && spec.categories.length > 0) {
        charts.push(chart(element, spec));
      }
    });
    window.addEventListener('resize', function () {
      charts.forEach(function (c) { c.resize(); });
    });
  }

  function chart(element, spec) {
    // many groups: horizontal bars, so that long names of 課 stay readable on a phone
    var horizontal = spec.categories.length > 6;
    if (horizontal) {
      element.style.height = Math.min(1200, 80 + spec.categories.length * 24) + 'px';
    }
    var chart = window.echarts.init(element, null, { renderer: 'svg' });
    var categoryAxis = { type: 'category', data: spec.categories, inverse: horizontal,
      axisLabel: { width: 110, overflow: 'truncate' } };
    var valueAxis = { type: 'value', name: spec.unit };
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { show: spec.series.length > 1, top: 0, type: 'scroll' },
      grid: { top: spec.series.length > 1 ? 40 : 24, left: 8, right: 24, bottom: 8, containLabel: true },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: spec.series.map(function (series, i) {
        return { name: series.name, type: 'bar', stack: spec.stacked ? 'all' : undefined, data: series.values,
          itemStyle: { color: colours[i % colours.length] }, cursor: 'pointer' };
      })
    });
    chart.on('click', function (event) {
      var href = spec.series[event.seriesIndex].hrefs[event.dataIndex];
      if (href) {
        window.location.href = href;
      }
    });
    return chart;
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
}());
