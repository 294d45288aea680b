import { lazy } from 'react';

// Recharts is most of the dashboard's code. Its chunks start downloading as soon as the page's own chunk
// runs — beside the page's data requests — and the cards without charts show without waiting for them.
// A failed download surfaces where a chart renders (in its section's error boundary), not here.
const cumulativeChart = import('./cumulative-chart.tsx');
const breakdownChart = import('./breakdown-chart.tsx');
const adoptionChart = import('../../../components/charts/adoption-trend-chart.tsx');
cumulativeChart.catch(() => undefined);
breakdownChart.catch(() => undefined);
const internationalChart = import('./international-chart.tsx');
adoptionChart.catch(() => undefined);
internationalChart.catch(() => undefined);

export const CumulativeChart = lazy(async () => ({ default: (await cumulativeChart).CumulativeChart }));
export const BreakdownChart = lazy(async () => ({ default: (await breakdownChart).BreakdownChart }));
export const AdoptionChart = lazy(async () => ({ default: (await adoptionChart).AdoptionTrendChart }));
export const InternationalChart = lazy(async () => ({ default: (await internationalChart).InternationalChart }));
