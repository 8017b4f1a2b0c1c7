import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { Workspace } from '../../../core/contract';
import type { AppErrorPayload, Result } from '../../../core/result';
import type { Person } from '../../../core/domain/person';
import { ruleSet, type RuleSet } from '../../../core/rules/ruleSets';
import { call } from '../api';

export interface WorkspaceValue {
  workspace: Workspace;
  rules: RuleSet;
  peopleById: Map<string, Person>;
  /** Reload everything from the service (after an import, a restore…). */
  reload(): Promise<void>;
  /** Replace the roster locally after a call that returned it. */
  setPeople(people: Person[]): void;
  setWorkspace(change: (w: Workspace) => Workspace): void;
}

function toLoadState(result: Result<Workspace>): LoadState {
  return result.ok
    ? { status: 'ready', workspace: result.data }
    : { status: 'failed', error: result.error };
}

const WorkspaceContext = createContext<WorkspaceValue | undefined>(undefined);

export type LoadState =
  | { status: 'loading' }
  | { status: 'failed'; error: AppErrorPayload }
  | { status: 'ready'; workspace: Workspace };

export function WorkspaceProvider({
  children,
  fallback,
}: {
  children: ReactNode;
  fallback: (state: LoadState, retry: () => Promise<void>) => ReactNode;
}) {
  const [state, setState] = useState<LoadState>({ status: 'loading' });

  const reload = useCallback(
    () => call('workspace:load', {}).then((result) => setState(toLoadState(result))),
    [],
  );

  useEffect(() => {
    void call('workspace:load', {}).then((result) => setState(toLoadState(result)));
  }, []);

  const value = useMemo<WorkspaceValue | undefined>(() => {
    if (state.status !== 'ready') return undefined;
    const { workspace } = state;
    const setWorkspace = (change: (w: Workspace) => Workspace) =>
      setState((s) =>
        s.status === 'ready' ? { status: 'ready', workspace: change(s.workspace) } : s,
      );
    return {
      workspace,
      rules: ruleSet(workspace.unit.ruleSetId),
      peopleById: new Map(workspace.people.map((p) => [p.id, p])),
      reload,
      setPeople: (people) => setWorkspace((w) => ({ ...w, people })),
      setWorkspace,
    };
  }, [state, reload]);

  if (!value) return <>{fallback(state, reload)}</>;
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): WorkspaceValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace outside WorkspaceProvider');
  return value;
}
