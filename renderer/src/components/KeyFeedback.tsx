import type { ReactNode } from 'react';
import { Typography } from 'antd';

/** What a keyboard screen answers to the key just pressed. */
export interface Feedback {
  kind: 'success' | 'info' | 'warning' | 'error';
  text: string;
}

const TEXT_TYPES = {
  success: 'success',
  info: 'secondary',
  warning: 'warning',
  error: 'danger',
} as const;

/**
 * The line under a keyboard screen's input (check-in, ballot entry): the answer to the last key —
 * an error is announced as an alert, the rest as a status — or, while there is none, the keys.
 */
export function KeyFeedback({
  feedback,
  hint,
  testId,
  fontSize,
}: {
  feedback: Feedback | null;
  hint: ReactNode;
  testId: string;
  fontSize: number;
}) {
  if (!feedback) return <Typography.Text type="secondary">{hint}</Typography.Text>;
  return (
    <Typography.Text
      data-testid={testId}
      role={feedback.kind === 'error' ? 'alert' : 'status'}
      type={TEXT_TYPES[feedback.kind]}
      strong
      style={{ fontSize }}
    >
      {feedback.text}
    </Typography.Text>
  );
}
