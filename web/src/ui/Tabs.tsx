import { NavLink } from 'react-router';

/** Sections of a workspace as links, so each section has its own address. */
export function TabLinks({ label, tabs }: { label: string; tabs: { to: string; label: string; end?: boolean }[] }) {
  return (
    <nav className="qs-tabs" aria-label={label}>
      {tabs.map((t) => (
        <NavLink key={t.to} to={t.to} end={t.end ?? false}>
          {t.label}
        </NavLink>
      ))}
    </nav>
  );
}
