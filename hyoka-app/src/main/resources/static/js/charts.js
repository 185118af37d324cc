// Draws the sheet page's charts from the JSON in #chart-data. Progressive enhancement: the page's
// tables carry the same numbers, so without this script (or ECharts) nothing is lost.
(function () {
  'use strict';

  function draw() {
    var source = document.getElementById('chart-data');
    if (!source || typeof window.echarts === 'undefined') {
      return;
    }
    var data = JSON.parse(source.textContent);
    document.documentElement.classList.add('charts-on');
    var charts = [];
    (data.indicators || []).forEach(function (indicator) {
      var element = document.querySelector('[data-chart="' + indicator.id + '"]');
      if (element) {
        charts.push(indicatorChart(element, indicator));
      }
    });
    var costElement = document.querySelector('[data-chart="costs"]');
    if (costElement && data.costs && data.costs.years.length > 0) {
      charts.push(costChart(costElement, data.costs));
    }
    window.addEventListener('resize', function () {
      charts.forEach(function (chart) { chart.resize(); });
    });
  }

  function indicatorChart(element, indicator) {
    var chart = window.echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      title: { text: indicator.name, textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      legend: { top: 24 },
      grid: { top: 64, left: 56, right: 16, bottom: 32 },
      xAxis: { type: 'category', data: indicator.years },
      yAxis: { type: 'value', name: indicator.unit || '' },
      // a form that prints no target (the 対象・意図・結果 form) sends no target label: no empty line in the legend
      series: (indicator.labels.target ? [
        { name: indicator.labels.target, type: 'line', data: indicator.target, lineStyle: { type: 'dashed' },
          itemStyle: { color: '#4a4a4a' }, connectNulls: false }] : []).concat([
        { name: indicator.labels.actual, type: 'bar', data: indicator.actual, itemStyle: { color: '#0b4f8a' } }
      ])
    });
    return chart;
  }

  function costChart(element, costs) {
    var colours = ['#0b4f8a', '#2e8b57', '#8a6d00', '#9aa7b5', '#a0522d', '#5b3f8a', '#3d6b6b'];
    var chart = window.echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      title: { text: 'コストの推移（千円）', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 24 },
      grid: { top: 72, left: 72, right: 16, bottom: 32 },
      xAxis: { type: 'category', data: costs.years },
      yAxis: { type: 'value', name: '千円' },
      series: costs.series.map(function (series, i) {
        return { name: series.name, type: 'bar', stack: 'cost', data: series.data, itemStyle: { color: colours[i % colours.length] } };
      })
    });
    return chart;
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
}());
