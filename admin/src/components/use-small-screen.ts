import { useMediaQuery, type Theme } from '@mui/material';

/** True on a phone-sized screen (below MUI's `sm` breakpoint, 600 px): lists show as SimpleList there. */
export function useSmallScreen(): boolean {
  return useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
}
