import type { Provider } from '@angular/core';
import { provideEchartsCore } from 'ngx-echarts';

/**
 * Provides ECharts to every chart of the app. The tree-shaken ECharts build is fetched with a
 * dynamic import the first time a chart is drawn, keeping it out of the initial bundle.
 */
export function provideCharts(): Provider {
  return provideEchartsCore({
    echarts: () => import('./echarts-bundle').then((m) => m.echarts),
  });
}
