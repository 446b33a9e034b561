import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router-dom';
import classes from './Dropdown.module.css';

/**
 * The header's menus and the bell's panel, without a positioning library (#13, initial load).
 * Mantine's Menu and Popover bring floating-ui (~20 KB gzip) into the first screen for four
 * dropdowns that always open right below a button of a fixed header; CSS places them, and a
 * measured shift keeps them inside a 390 px screen. Keyboard and roles follow the WAI-ARIA menu
 * button and dialog patterns: Enter / Space / ↓ open on the first item, ↑ on the last; ↑ ↓ Home End
 * move; Esc closes and returns to the button; Tab leaves (a menu) or cycles (a dialog).
 */

export interface TriggerProps {
  ref: (el: HTMLButtonElement | null) => void;
  'aria-haspopup': 'menu' | 'dialog';
  'aria-expanded': boolean;
  'aria-controls': string | undefined;
  onClick: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

type Focus = 'first' | 'last' | null;

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

function useDropdown(kind: 'menu' | 'dialog', onOpenChange?: (opened: boolean) => void) {
  const [opened, setOpened] = useState(false);
  const [focus, setFocus] = useState<Focus>(null);
  const trigger = useRef<HTMLButtonElement | null>(null);
  const root = useRef<HTMLDivElement | null>(null);
  const panel = useRef<HTMLDivElement | null>(null);
  const id = useId();

  const set = useCallback(
    (next: boolean, focusOn: Focus = 'first') => {
      setOpened(next);
      setFocus(next ? focusOn : null);
      onOpenChange?.(next);
    },
    [onOpenChange],
  );
  const close = useCallback(
    (returnFocus = false) => {
      set(false);
      if (returnFocus) trigger.current?.focus();
    },
    [set],
  );

  // Outside pointer closes (without taking the focus away from where the person clicked).
  useEffect(() => {
    if (!opened) return;
    const onPointerDown = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) close();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [opened, close]);

  // Placed by CSS below the button, end-aligned; shifted back inside the viewport when it would
  // overflow (on opening, and when the window changes size while open).
  useLayoutEffect(() => {
    if (!opened) return;
    const place = () => {
      const el = panel.current;
      if (!el) return;
      el.style.transform = '';
      const rect = el.getBoundingClientRect();
      const margin = 8;
      const width = document.documentElement.clientWidth || window.innerWidth;
      let dx = 0;
      if (rect.left < margin) dx = margin - rect.left;
      else if (rect.right > width - margin) dx = width - margin - rect.right;
      if (dx !== 0) el.style.transform = `translateX(${Math.round(dx)}px)`;
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [opened]);

  useEffect(() => {
    if (!opened || !focus || !panel.current) return;
    const items = [...panel.current.querySelectorAll<HTMLElement>(kind === 'menu' ? '[role="menuitem"]' : FOCUSABLE)];
    // Nothing to focus yet (the bell's list still loading): the panel itself, so Esc and Tab work from inside.
    ((focus === 'first' ? items[0] : items[items.length - 1]) ?? panel.current).focus();
    setFocus(null);
  }, [opened, focus, kind]);

  const triggerProps: TriggerProps = {
    ref: (el) => {
      trigger.current = el;
    },
    'aria-haspopup': kind,
    'aria-expanded': opened,
    'aria-controls': opened ? id : undefined,
    onClick: () => set(!opened),
    onKeyDown: (event) => {
      if (kind !== 'menu') return;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        set(true, event.key === 'ArrowDown' ? 'first' : 'last');
      }
    },
  };

  const onPanelKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Esc bubbles to the root's handler (onRootKeyDown), which closes from the button and the panel alike.
    const items = [...(panel.current?.querySelectorAll<HTMLElement>(kind === 'menu' ? '[role="menuitem"]' : FOCUSABLE) ?? [])];
    if (items.length === 0) return;
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (kind === 'dialog') {
      // A dialog keeps the focus inside while open (Tab / Shift+Tab cycle).
      if (event.key !== 'Tab') return;
      const edge = event.shiftKey ? 0 : items.length - 1;
      if (index === edge || index === -1) {
        event.preventDefault();
        items[event.shiftKey ? items.length - 1 : 0].focus();
      }
      return;
    }
    if (event.key === 'Tab') {
      close();
      return;
    }
    const move: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 };
    if (!(event.key in move)) return;
    event.preventDefault();
    items[(move[event.key] + items.length) % items.length].focus();
  };

  /** Esc anywhere inside — on the button (the focus may still be there) or in the panel — closes, back on the button. */
  const onRootKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (opened && event.key === 'Escape') {
      event.preventDefault();
      close(true);
    }
  };

  return { opened, close, id, root, panel, triggerProps, onPanelKeyDown, onRootKeyDown };
}

interface DropdownProps {
  /** Renders the button: spread the props onto it (ref, aria-haspopup, aria-expanded, onClick…). */
  trigger: (props: TriggerProps) => ReactNode;
  width?: number;
  /** Which edge of the button the panel lines up with. */
  align?: 'start' | 'end';
}

/** A menu button: a list of links and actions (role="menu"); choosing one closes it. */
export function DropdownMenu({ trigger, width = 220, align = 'end', label, children }: DropdownProps & { label?: string; children: ReactNode }) {
  const { opened, close, id, root, panel, triggerProps, onPanelKeyDown, onRootKeyDown } = useDropdown('menu');
  return (
    <div ref={root} className={classes.root} onKeyDown={onRootKeyDown}>
      {trigger(triggerProps)}
      {opened && (
        <div
          ref={panel}
          id={id}
          role="menu"
          aria-label={label}
          className={classes.panel}
          data-align={align}
          style={{ width }}
          onKeyDown={onPanelKeyDown}
          onClick={(event) => {
            if ((event.target as HTMLElement).closest('[role="menuitem"]')) close(true);
          }}
        >
          {children}
        </div>
      )}
    </div>
  );
}

/** A panel of rich content (role="dialog", named by its heading) under a button; the focus stays inside while open. */
export function DropdownDialog({
  trigger,
  width = 380,
  align = 'end',
  labelledBy,
  children,
}: DropdownProps & { labelledBy: string; children: (close: () => void) => ReactNode }) {
  const { opened, close, id, root, panel, triggerProps, onPanelKeyDown, onRootKeyDown } = useDropdown('dialog');
  return (
    <div ref={root} className={classes.root} onKeyDown={onRootKeyDown}>
      {trigger(triggerProps)}
      {opened && (
        <div
          ref={panel}
          id={id}
          role="dialog"
          tabIndex={-1}
          aria-labelledby={labelledBy}
          className={classes.panel}
          data-align={align}
          data-padding="none"
          style={{ width }}
          onKeyDown={onPanelKeyDown}
        >
          {children(() => close(true))}
        </div>
      )}
    </div>
  );
}

interface ItemProps {
  icon?: ReactNode;
  /** A Mantine colour name for the item's text (red: a destructive action). */
  color?: string;
  children: ReactNode;
}

const itemColor = (color?: string) => (color && color !== 'red' ? { color: `var(--mantine-color-${color}-8)` } : undefined);

export function DropdownLink({ icon, color, children, ...link }: ItemProps & Omit<LinkProps, 'children' | 'color'>) {
  return (
    <Link {...link} role="menuitem" tabIndex={-1} className={classes.item} data-color={color} style={itemColor(color)}>
      {icon && <span className={classes.icon}>{icon}</span>}
      <span className={classes.body}>{children}</span>
    </Link>
  );
}

export function DropdownAction({ icon, color, children, onClick, current, lang }: ItemProps & { onClick: () => void; current?: boolean; lang?: string }) {
  return (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      className={classes.item}
      data-color={color}
      style={itemColor(color)}
      aria-current={current ? 'true' : undefined}
      lang={lang}
      onClick={onClick}
    >
      {icon && <span className={classes.icon}>{icon}</span>}
      <span className={classes.body}>{children}</span>
    </button>
  );
}

export function DropdownLabel({ children }: { children: ReactNode }) {
  return (
    <div className={classes.label} role="presentation">
      {children}
    </div>
  );
}

export function DropdownDivider() {
  return <div className={classes.divider} role="separator" />;
}
