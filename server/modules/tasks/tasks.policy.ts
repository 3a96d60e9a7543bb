import { roleCan } from '../../../shared/access.ts';
import type { Actor } from '../../http/context.ts';
import { pathVisible } from '../../db/scope.ts';

/** Paths of the task's lead and assigner units, for side checks. */
export interface TaskSides {
  leadPath: string;
  assignerPath: string;
}

/** The assignee side: people of the lead unit (chủ trì) report, submit and ask for more time. */
export const onAssigneeSide = (actor: Actor, s: TaskSides) => pathVisible(actor.scope, s.leadPath);
/** The assigner side: people of the unit that gave the task verify, return, cancel and decide extensions. */
export const onAssignerSide = (actor: Actor, s: TaskSides) => pathVisible(actor.scope, s.assignerPath);

export const taskAbilities = (actor: Actor, s: TaskSides, status: string) => {
  const open = status !== 'done' && status !== 'cancelled';
  const assignee = onAssigneeSide(actor, s);
  const assigner = onAssignerSide(actor, s);
  return {
    report: open && status !== 'submitted' && assignee && roleCan(actor.role, 'task.report'),
    submit: open && status !== 'submitted' && assignee && roleCan(actor.role, 'task.report'),
    requestExtension: open && assignee && roleCan(actor.role, 'task.report'),
    assignDown: open && assignee && roleCan(actor.role, 'task.write'),
    verify: status === 'submitted' && assigner && roleCan(actor.role, 'task.verify'),
    cancel: open && assigner && roleCan(actor.role, 'task.write'),
    decideExtension: assigner && roleCan(actor.role, 'task.write'),
  };
};

export type TaskAbilities = ReturnType<typeof taskAbilities>;
