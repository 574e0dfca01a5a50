/**
 * Fluent's light theme, or its high-contrast theme when the system asks for forced colours
 * (Windows high contrast, which Office honours in the task pane); follows changes live.
 */
import { teamsHighContrastTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

const forcedColours = '(forced-colors: active)';

function current(): Theme {
  const media = typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(forcedColours) : null;
  return media?.matches === true ? teamsHighContrastTheme : webLightTheme;
}

export function usePaneTheme(): Theme {
  const [theme, setTheme] = useState<Theme>(current);
  useEffect(() => {
    if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return;
    const media = window.matchMedia(forcedColours);
    const onChange = () => setTheme(current());
    media.addEventListener?.('change', onChange);
    return () => media.removeEventListener?.('change', onChange);
  }, []);
  return theme;
}
