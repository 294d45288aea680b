import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useEffect, useState, type RefObject } from 'react';
import { buildChartImage, chartFileName, downloadPng, downloadSvg, findChartSvg } from './chart-export.ts';
import { useI18n, type Bilingual } from './i18n.tsx';
import './chart-export.css';

const texts = {
  svg: { zh: '下载 SVG', en: 'Download SVG' },
  png: { zh: '下载 PNG', en: 'Download PNG' },
  label: { zh: '下载图表：{title}', en: 'Download the chart: {title}' },
  barLegend: { zh: '标准数（项）', en: 'Standards' },
  failed: { zh: '图表下载失败', en: 'The chart could not be downloaded' },
} as const satisfies Record<string, Bilingual>;

/** Whether the element currently holds a chart drawing (charts load lazily and re-render). */
function useHasChart(ref: RefObject<HTMLElement | null>): boolean {
  const [hasChart, setHasChart] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const check = () => setHasChart(findChartSvg(element) !== null);
    check();
    const observer = new MutationObserver(check);
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref]);
  return hasChart;
}

interface ChartDownloadsProps {
  chartRef: RefObject<HTMLElement | null>;
  title: string;
  /** The legend's name for the chart's bars (default: standards). */
  barLegend?: Bilingual;
}

/** 下载 SVG / PNG for the chart inside `chartRef`, title and legend drawn into the image. */
export function ChartDownloads({ chartRef, title, barLegend = texts.barLegend }: ChartDownloadsProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const hasChart = useHasChart(chartRef);
  if (!hasChart) return null;
  const image = () => {
    const element = chartRef.current;
    return element ? buildChartImage(element, title, { barLabel: t(barLegend) }) : null;
  };
  const fail = () => void message.error(t(texts.failed));
  return (
    <Space.Compact size="small" className="chart-export-buttons" aria-label={t(texts.label, { title })}>
      <Button
        size="small"
        icon={<DownloadOutlined aria-hidden />}
        onClick={() => {
          const picture = image();
          if (picture) downloadSvg(picture, chartFileName(title, 'svg'));
          else fail();
        }}
      >
        {t(texts.svg)}
      </Button>
      <Button
        size="small"
        onClick={() => {
          const picture = image();
          if (picture) downloadPng(picture, chartFileName(title, 'png')).catch(fail);
          else fail();
        }}
      >
        {t(texts.png)}
      </Button>
    </Space.Compact>
  );
}
