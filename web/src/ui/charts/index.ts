/** Charts for the overviews. Not part of ../index.ts on purpose: whatever imports this downloads recharts. */
export { ChartFigure, MEANING, type ChartData, type ChartSeries } from './ChartFigure';
export { ageChart, dayLabel, hourLabel, hourlyChart, orNone } from './data';
