import { useEffect, type RefObject } from 'react';

/**
 * Keyboard-first forms: Enter moves to the next field (not in text areas, not while a dropdown is
 * open), Ctrl+S saves.
 */
export function useFormKeys(container: RefObject<HTMLElement | null>, onSave?: () => void): void {
  useEffect(() => {
    // Listen on the document: drawers and modals mount their content later than this effect runs.
    const onKey = (e: KeyboardEvent) => {
      const el = container.current;
      if (!el || !(e.target instanceof Node) || !el.contains(e.target)) return;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        onSave?.();
        return;
      }
      if (e.key !== 'Enter' || e.shiftKey || e.ctrlKey || e.altKey || e.isComposing) return;
      const target = e.target as HTMLElement;
      if (target.tagName === 'TEXTAREA' || target.tagName === 'BUTTON') return;
      if (target.getAttribute('aria-expanded') === 'true') return;
      const focusables = Array.from(
        el.querySelectorAll<HTMLElement>(
          'input:not([disabled]):not([type=hidden]), textarea:not([disabled]), button[type=submit]',
        ),
      ).filter((x) => x.offsetParent !== null && !x.closest('.ant-select-dropdown'));
      const i = focusables.indexOf(target);
      if (i >= 0 && i < focusables.length - 1) {
        e.preventDefault();
        focusables[i + 1]!.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [container, onSave]);
}
