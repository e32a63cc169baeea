/*
 * The askdb page's chart: decides whether an answer is a breakdown worth drawing (two columns,
 * one label and one number, 2 to 60 rows) and draws it with ECharts, loaded from the jar's
 * WebJar only when the first chart is needed. Labels that look like dates or a time-named label
 * column make a line chart; anything else a bar chart, horizontal when the labels would crowd.
 */
(function (global) {
  'use strict';

  const SCRIPT = '/webjars/echarts/5.3.1/dist/echarts.min.js';
  let library = null;
  let chart = null;

  /** The chart for a response, or null when it is not a breakdown. */
  function spec(r) {
    if (!r.success || r.columns.length !== 2 || r.rows.length < 2 || r.rows.length > 60) return null;
    const isNumber = (i) => r.rows.every((row) => typeof row[i] === 'number' || row[i] === null);
    const value = isNumber(1) ? 1 : isNumber(0) ? 0 : -1;
    if (value < 0) return null;
    const label = 1 - value;
    const labels = r.rows.map((row) => (row[label] === null ? '(none)' : String(row[label])));
    const timeLike = labels.every((l) => /^\d{4}(-\d{2}){0,2}([T ][\d:.]+)?$/.test(l))
      || /(year|month|date|day|week|quarter|time)/i.test(r.columns[label]);
    return {
      type: timeLike ? 'line' : 'bar',
      labelName: r.columns[label],
      valueName: r.columns[value],
      labels,
      values: r.rows.map((row) => row[value]),
    };
  }

  function load() {
    if (global.echarts) return Promise.resolve(global.echarts);
    if (!library) {
      library = new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = SCRIPT;
        script.onload = () => resolve(global.echarts);
        script.onerror = () => {
          library = null;
          reject(new Error('the chart library could not be loaded'));
        };
        document.head.append(script);
      });
    }
    return library;
  }

  async function draw(el, s) {
    const echarts = await load();
    dispose();
    const dark = global.matchMedia('(prefers-color-scheme: dark)').matches;
    const width = el.clientWidth || 600;
    const horizontal = s.type === 'bar' && (s.labels.length > 8 || s.labels.some((l) => l.length > 14)
      || s.labels.reduce((sum, l) => sum + l.length * 7 + 16, 0) > width - 60);
    el.style.height = horizontal ? Math.max(260, s.labels.length * 28 + 60) + 'px' : '320px';
    chart = echarts.init(el, dark ? 'dark' : null, { renderer: 'canvas' });
    const integers = s.values.every((v) => v === null || Number.isInteger(v));
    const categoryAxis = {
      type: 'category', data: s.labels, inverse: horizontal, axisTick: { show: false },
      axisLabel: { color: dark ? '#cbd5e1' : '#475569', hideOverlap: true },
      axisLine: { lineStyle: { color: dark ? '#475569' : '#cbd5e1' } },
    };
    const valueAxis = {
      type: 'value', minInterval: integers ? 1 : 0,
      axisLabel: { color: dark ? '#94a3b8' : '#64748b' },
      splitLine: { lineStyle: { color: dark ? '#334155' : '#e2e8f0' } },
    };
    chart.setOption({
      backgroundColor: 'transparent',
      animationDuration: 400,
      aria: { enabled: true },
      grid: { left: 12, right: 24, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: s.type === 'line' ? 'line' : 'shadow' } },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: [{
        name: s.valueName,
        type: s.type,
        data: s.values,
        smooth: s.type === 'line',
        showSymbol: s.labels.length <= 24,
        barMaxWidth: 48,
        itemStyle: { color: '#4f46e5', borderRadius: horizontal ? [0, 4, 4, 0] : [4, 4, 0, 0] },
        lineStyle: { width: 2.5 },
        areaStyle: s.type === 'line' ? { opacity: 0.08 } : undefined,
      }],
    });
  }

  function dispose() {
    if (chart) {
      chart.dispose();
      chart = null;
    }
  }

  function resize() {
    if (chart) chart.resize();
  }

  global.AskdbChart = { spec, draw, dispose, resize };
})(window);
