import { Box, Typography } from '@mui/material';
import { Link, useTranslate } from 'react-admin';

export interface Bar {
  key: string;
  label: string;
  count: number;
  /** Panel path of the records the bar counts, such as the resource list filtered by status. */
  to?: string;
}

/**
 * Draws a horizontal bar chart with plain MUI boxes, so the panel loads no chart library. Each
 * bar is a list item with its label and count as text, which screen readers read in order.
 */
export const BarChart = ({ bars, testId }: { bars: Bar[]; testId?: string }) => {
  const translate = useTranslate();
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  if (bars.length === 0) {
    return (
      <Typography variant="body2" data-testid={testId}>
        {translate('rumis.dashboard.no_resources')}
      </Typography>
    );
  }
  return (
    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }} data-testid={testId}>
      {bars.map((bar) => (
        <Box
          component="li"
          key={bar.key}
          sx={{ display: 'grid', gridTemplateColumns: 'minmax(120px, 200px) 1fr 56px', alignItems: 'center', gap: 1, mb: 1 }}
          data-bar={bar.key}
          data-count={bar.count}
        >
          <Typography variant="body2" noWrap title={bar.label}>
            {bar.to ? <Link to={bar.to}>{bar.label}</Link> : bar.label}
          </Typography>
          <Box sx={{ bgcolor: 'action.hover', borderRadius: 1, height: 16 }} aria-hidden>
            <Box sx={{ bgcolor: 'primary.main', borderRadius: 1, height: '100%', width: `${(bar.count / max) * 100}%`, minWidth: bar.count > 0 ? 4 : 0 }} />
          </Box>
          <Typography variant="body2" sx={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
            {bar.count}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};
