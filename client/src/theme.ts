import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

export const FONT_FAMILY =
  '"Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans JP", "Yu Gothic UI", Meiryo, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

// Calm civic blue. Shade 8 is the filled/primary colour (white text ≥ 4.5:1),
// shade 9 is the text colour of light variants (≥ 4.5:1 on shade 1).
const banso: MantineColorsTuple = ['#eaf3fb', '#d3e5f5', '#a8cbeb', '#79afe0', '#5297d6', '#3987d0', '#2a7bc8', '#1f6bb0', '#175d9c', '#0f4c82'];

// Default Mantine palettes whose darkest shades are too light for small text on shade 1.
const teal: MantineColorsTuple = ['#e6fcf5', '#c3fae8', '#96f2d7', '#63e6be', '#38d9a9', '#20c997', '#12b886', '#0ca678', '#087f5b', '#06614a'];
const green: MantineColorsTuple = ['#ebfbee', '#d3f9d8', '#b2f2bb', '#8ce99a', '#69db7c', '#51cf66', '#40c057', '#2f9e44', '#2b8a3e', '#1e6b30'];
const red: MantineColorsTuple = ['#fff5f5', '#ffe3e3', '#ffc9c9', '#ffa8a8', '#ff8787', '#ff6b6b', '#fa5252', '#e03131', '#c92a2a', '#a51d1d'];
const orange: MantineColorsTuple = ['#fff4e6', '#ffe8cc', '#ffd8a8', '#ffc078', '#ffa94d', '#ff922b', '#fd7e14', '#e8590c', '#c2410c', '#a33a0a'];
const grape: MantineColorsTuple = ['#f8f0fc', '#f3d9fa', '#eebefa', '#e599f7', '#da77f2', '#cc5de8', '#be4bdb', '#ae3ec9', '#9c36b5', '#7a2a8f'];

export const theme = createTheme({
  primaryColor: 'banso',
  primaryShade: { light: 8, dark: 5 },
  colors: { banso, teal, green, red, orange, grape },
  fontFamily: FONT_FAMILY,
  headings: {
    fontFamily: FONT_FAMILY,
    fontWeight: '700',
  },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    Badge: {
      defaultProps: { variant: 'light', radius: 'sm' },
      styles: { root: { textTransform: 'none', fontWeight: 600, letterSpacing: 0 } },
    },
    Card: { defaultProps: { withBorder: true, radius: 'md' } },
    Paper: { defaultProps: { radius: 'md' } },
    Tooltip: { defaultProps: { withArrow: true } },
    // Every toast's close button has a name, including those shown without showNotice.
    Notification: { defaultProps: { closeButtonProps: { 'aria-label': '閉じる' } } },
  },
});

/** Darker neutral text colours so dimmed/error text meets WCAG AA contrast. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-anchor': 'var(--mantine-color-banso-8)',
  },
  dark: {},
});
