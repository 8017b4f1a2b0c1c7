import { useCallback } from 'react';
import { App } from 'antd';
import type { Channel, ChannelInput, ChannelOutput } from '../../../core/contract';
import type { FollowUpViewOutput } from '../../../core/followUpContract';
import type { AppErrorPayload } from '../../../core/result';
import { call } from '../api';
import { useConferenceView } from './useConferenceView';

const readFollowUp = (conferenceId: string) => call('followUp:get', { conferenceId });

/** The channels that answer with the whole follow-up view (followUpContract.ts). */
type ViewChannel = {
  [C in Channel]: ChannelOutput<C> extends FollowUpViewOutput ? C : never;
}[Channel];

export interface FollowUpViewState {
  view: FollowUpViewOutput | undefined;
  error: AppErrorPayload | undefined;
  /** Runs a change; the answer replaces the view. Resolves true when it went through. */
  change: <C extends ViewChannel>(channel: C, input: ChannelInput<C>) => Promise<boolean>;
}

/**
 * The follow-up of one conference as core computed it against today: loaded once, replaced by
 * every change's answer, so the screen never recomputes a count or a deadline itself.
 */
export function useFollowUpView(conferenceId: string): FollowUpViewState {
  const { message } = App.useApp();
  const { view, error, setView } = useConferenceView(conferenceId, readFollowUp);

  const change = useCallback(
    async <C extends ViewChannel>(channel: C, input: ChannelInput<C>): Promise<boolean> => {
      const result = await call(channel, input);
      if (!result.ok) {
        void message.error(result.error.message);
        return false;
      }
      setView(result.data as FollowUpViewOutput);
      return true;
    },
    [message, setView],
  );

  return { view, error, change };
}
