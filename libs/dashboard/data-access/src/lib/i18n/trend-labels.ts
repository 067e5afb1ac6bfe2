import type { I18n } from './i18n';

/**
 * The labels and formatters a trend panel (`@ws/dashboard-ui-kit`) needs, in the current language
 * and digits. Read inside a `computed` so they follow a switch.
 */
export function trendPanelText(i18n: I18n, title: string, period: string, count: string) {
  const common = i18n.t().common;
  return {
    labels: {
      title,
      period,
      count,
      actual: common.actual,
      target: common.target,
      trajectory: common.trajectory,
      insufficientData: common.insufficientData,
      viewAs: common.viewAs,
      chart: common.viewChart,
      table: common.viewTable,
    },
    format: {
      period: (value: string) => i18n.date(value, value.length === 7 ? 'month' : 'day'),
      percent: (value: number | null) => i18n.percent(value),
      count: (value: number) => i18n.number(value),
    },
  };
}
