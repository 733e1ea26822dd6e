import { Children, isValidElement, type ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import { Labeled, useTranslate } from 'react-admin';

/**
 * Shows a titled group of labelled fields laid out in columns. Labels come from each child's
 * `label`, or else from resources.<resource>.fields.<source>.
 */
export const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ mb: 3 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {translate(title)}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 2 }}>
        {Children.map(children, (child) => (isValidElement(child) ? <Labeled>{child}</Labeled> : null))}
      </Box>
    </Box>
  );
};
