import type { HandlersFor } from '../../rpc/context';
import { registerJob } from '../../jobs';
import { orgHandlers, staffHandlers } from './org';
import { statusHandlers } from './status';
import { reportHandlers } from './reports';
import { scheduleHandlers } from './schedules';
import { attendanceHandlers } from './attendance';
import { runStaffReminders } from './schedules';

export { registerHandover } from './handover';

/** Staff (人员管理): organisation, employees and changes, status board, daily reports, schedules, attendance. */
export const staffAreaHandlers: HandlersFor<
  'org.' | 'staff.' | 'staffStatus.' | 'workReports.' | 'schedules.' | 'attendance.'
> = {
  ...orgHandlers,
  ...staffHandlers,
  ...statusHandlers,
  ...reportHandlers,
  ...scheduleHandlers,
  ...attendanceHandlers,
};

// Task reminders that fell due, overdue tasks, daily reports missing after the deadline.
registerJob({
  name: 'staff.reminders',
  everyMs: 60_000,
  initialDelayMs: 15_000,
  async run(core, now) {
    await core.database.transaction((db) => runStaffReminders(db, now));
  },
});
