import { Plans } from './Plans';
import { Thresholds } from './Thresholds';

/** Thresholds and plans make cycle count work on their own; here they are listed, created, run now and deleted. */
export function ThresholdsPlans() {
  return (
    <div className="qs-stack">
      <Thresholds />
      <Plans />
      <p className="qs-muted">Thresholds are also checked every 10 minutes per warehouse, and each plan runs as a background process (Integration monitoring lists both).</p>
    </div>
  );
}
