import { lazy } from 'react';

// Recharts is most of a chart page's code: its chunk starts loading with the page and the cards
// without charts show at once; a failed download surfaces in the chart's own card.
const charts = import('./adoption-recharts.tsx');
const trendChart = import('../../../components/charts/adoption-trend-chart.tsx');
charts.catch(() => undefined);
trendChart.catch(() => undefined);

export const AdoptionTimeChart = lazy(async () => ({ default: (await trendChart).AdoptionTrendChart }));
export const AdoptionBarChart = lazy(async () => ({ default: (await charts).AdoptionBarChart }));
