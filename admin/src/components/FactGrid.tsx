import { Box } from '@mui/material';
import type { ReactNode } from 'react';

/** Label-and-value facts (react-admin RecordFields) laid out in as many columns as fit. */
export function FactGrid({ children }: { children: ReactNode }) {
  return <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(190px, 1fr))', gap: 2, py: 1 }}>{children}</Box>;
}
