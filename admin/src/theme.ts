import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** Minutely's colours (the storefront's tokens.css) on react-admin's default theme. */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    mode: 'light',
    primary: { main: '#6b3cf5', dark: '#5a2ee0', light: '#9b7dff', contrastText: '#ffffff' },
    secondary: { main: '#1c1a2e', contrastText: '#ffffff' },
    error: { main: '#c62c45' },
    warning: { main: '#8a5a00' },
    success: { main: '#157a43' },
    info: { main: '#2457b3' },
    background: { default: '#f6f5fb', paper: '#ffffff' },
    text: { primary: '#1c1a2e', secondary: '#625f78' },
  },
  shape: { borderRadius: 10 },
  typography: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' },
  components: {
    ...defaultTheme.components,
    MuiAppBar: { styleOverrides: { colorSecondary: { backgroundColor: '#1c1a2e', color: '#ffffff' } } },
  },
};
