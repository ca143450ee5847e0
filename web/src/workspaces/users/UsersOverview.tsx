import { useTranslation } from '../../i18n';
import { useUsersOverview, type UsersOverview as Figures } from '../../api/overviews';
import { FetchedOverview, listLink, Tile, Tiles, toneIf } from '../../ui';
import { ChartFigure, dayLabel } from '../../ui/charts';
import { roleLabel } from './roles';

export const USERS_PATH = '/workspaces/users';
const LIST = `${USERS_PATH}/list`;

function OverviewFigures({ o }: { o: Figures }) {
  const { t } = useTranslation('users');
  const disabled = o.byRole.reduce((sum, r) => sum + r.disabled, 0);
  const signIns = { categories: o.signInsPerDay.map((d) => dayLabel(d.dayStart)), series: [{ name: t('ov_signIns'), values: o.signInsPerDay.map((d) => d.count) }] };
  return (
    <>
      <Tiles title={t('ov_byRole')}>
        {o.byRole.map((r) => (
          <Tile key={r.role} label={roleLabel(r.role)} value={r.enabled} hint={r.disabled > 0 ? t('ov_andDisabled', { count: r.disabled }) : undefined} to={listLink(LIST, 'u', { role: r.role, disabled: 'false' })} />
        ))}
      </Tiles>
      <Tiles title={t('ov_signIn')}>
        <Tile label={t('ov_locked')} value={o.locked} tone={toneIf(o.locked, 'bad')} to={LIST} />
        <Tile label={t('ov_disabled')} value={disabled} to={listLink(LIST, 'u', { disabled: 'true' })} />
        <Tile label={t('ov_mustChange')} value={o.mustChangePassword} tone={toneIf(o.mustChangePassword, 'warn')} hint={t('ov_mustChangeHint')} to={LIST} />
        <Tile label={t('ov_sessions')} value={o.activeSessions} />
      </Tiles>
      <div className="qs-charts">
        <ChartFigure title={t('ov_perDay', { days: o.signInsPerDay.length })} data={signIns} empty={t('ov_nobody')} />
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
