import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { formatFen } from '../../../../shared/money';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface ChartSeries {
  name: string;
  /** fen per period */
  data: number[];
}

/**
 * A small stacked bar chart of expected receipts per period (loaded lazily: echarts stays out of the
 * main bundle). Amounts arrive in fen and are drawn in yuan.
 */
export default function ForecastChart({
  periods,
  series,
  axisLabel,
  height = 220,
}: {
  periods: string[];
  series: ChartSeries[];
  /** y axis label of an amount in yuan (万 in Chinese, k in English) */
  axisLabel: (yuan: number) => string;
  height?: number;
}) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!el.current) return;
    const c = echarts.init(el.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(el.current);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        animation: false,
        grid: { left: 8, right: 16, top: 36, bottom: 4, containLabel: true },
        legend: { top: 0, type: 'scroll', textStyle: { fontSize: 12 } },
        tooltip: {
          trigger: 'axis',
          axisPointer: { type: 'shadow' },
          valueFormatter: (v: unknown) => `¥${formatFen(Math.round(Number(v) * 100))}`,
        },
        xAxis: { type: 'category', data: periods, axisLabel: { fontSize: 11 } },
        yAxis: {
          type: 'value',
          axisLabel: { fontSize: 11, formatter: axisLabel },
        },
        series: series.map((s) => ({
          name: s.name,
          type: 'bar',
          stack: 'total',
          barMaxWidth: 36,
          data: s.data.map((f) => f / 100),
        })),
      },
      { notMerge: true },
    );
  }, [periods, series, axisLabel]);

  return <div ref={el} style={{ height, width: '100%' }} data-testid="forecast-chart" />;
}
