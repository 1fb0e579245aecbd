export { TrendChart } from './TrendChart';
export type { TrendChartProps } from './TrendChart';
