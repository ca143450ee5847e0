import { useUsersOverview, type UsersOverview as Figures } from '../../api/overviews';
import { FetchedOverview, listLink, Tile, Tiles, toneIf } from '../../ui';
import { ChartFigure, dayLabel } from '../../ui/charts';
import { roleLabel } from './roles';

export const USERS_PATH = '/workspaces/users';
const LIST = `${USERS_PATH}/list`;

function OverviewFigures({ o }: { o: Figures }) {
  const disabled = o.byRole.reduce((sum, r) => sum + r.disabled, 0);
  const signIns = { categories: o.signInsPerDay.map((d) => dayLabel(d.dayStart)), series: [{ name: 'Sign-ins', values: o.signInsPerDay.map((d) => d.count) }] };
  return (
    <>
      <Tiles title="Users by role">
        {o.byRole.map((r) => (
          <Tile key={r.role} label={roleLabel(r.role)} value={r.enabled} hint={r.disabled > 0 ? `and ${String(r.disabled)} disabled` : undefined} to={listLink(LIST, 'u', { role: r.role, disabled: 'false' })} />
        ))}
      </Tiles>
      <Tiles title="Sign-in">
        <Tile label="Locked after failed sign-ins" value={o.locked} tone={toneIf(o.locked, 'bad')} to={LIST} />
        <Tile label="Disabled" value={disabled} to={listLink(LIST, 'u', { disabled: 'true' })} />
        <Tile label="To choose their own password" value={o.mustChangePassword} tone={toneIf(o.mustChangePassword, 'warn')} hint="At the next sign-in" to={LIST} />
        <Tile label="Active sessions" value={o.activeSessions} />
      </Tiles>
      <div className="qs-charts">
        <ChartFigure title={`Sign-ins per day, last ${String(o.signInsPerDay.length)} days`} data={signIns} empty="Nobody signed in in these days." />
      </div>
    </>
  );
}

/** Who may sign in with which role, who cannot, and how much people sign in. */
export function UsersOverview() {
  const query = useUsersOverview();
  return (
    <FetchedOverview query={query}>{(o) => <OverviewFigures o={o} />}</FetchedOverview>
  );
}
