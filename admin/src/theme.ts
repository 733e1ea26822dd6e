import { defaultTheme, type RaThemeOptions } from 'react-admin';

/**
 * The operating system's own fonts: the panel loads nothing from outside its server, and
 * react-admin's default theme names Roboto without shipping it.
 */
const SYSTEM_FONTS = ['system-ui', '-apple-system', '"Segoe UI"', '"Noto Sans"', '"Liberation Sans"', 'Arial', 'sans-serif'].join(', ');

export const theme: RaThemeOptions = {
  ...defaultTheme,
  typography: { ...defaultTheme.typography, fontFamily: SYSTEM_FONTS },
  // Wide enough for "Pieņemšanas-nodošanas akti", the longest menu entry.
  sidebar: { width: 280, closedWidth: 55 },
};
