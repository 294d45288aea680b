import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useEffect, useState, type RefObject } from 'react';
import { buildChartImage, chartFileName, downloadPng, downloadSvg, findChartSvg } from '../../../lib/chart-export.ts';
import { useI18n } from '../../../lib/i18n.tsx';

const texts = {
  svg: { zh: '下载 SVG', en: 'Download SVG' },
  png: { zh: '下载 PNG', en: 'Download PNG' },
  label: { zh: '下载图表：{title}', en: 'Download the chart: {title}' },
  barLegend: { zh: '企业数（家）', en: 'Enterprises' },
  failed: { zh: '图表下载失败', en: 'The chart could not be downloaded' },
} as const;

/**
 * 下载 SVG / PNG for the chart inside `chartRef`, with its title and legend (the shared export, with
 * bars named as enterprises rather than standards). Shown only while the element holds a chart.
 */
export function ChartDownloads({ chartRef, title }: { chartRef: RefObject<HTMLElement | null>; title: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [hasChart, setHasChart] = useState(false);
  useEffect(() => {
    const element = chartRef.current;
    if (!element) return;
    const check = () => {
      setHasChart(findChartSvg(element) !== null);
    };
    check();
    const observer = new MutationObserver(check);
    observer.observe(element, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
    };
  }, [chartRef]);
  if (!hasChart) return null;
  const image = () =>
    chartRef.current ? buildChartImage(chartRef.current, title, { barLabel: t(texts.barLegend) }) : null;
  const fail = () => void message.error(t(texts.failed));
  return (
    <Space.Compact size="small" aria-label={t(texts.label, { title })}>
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
