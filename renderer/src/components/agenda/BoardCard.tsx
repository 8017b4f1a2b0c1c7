import { useState } from 'react';
import dayjs from 'dayjs';
import { Alert, App, Card, DatePicker, Space, Typography } from 'antd';
import type { BoardStatus } from '../../../../core/domain/boardStatus';
import { formatDateVi } from '../../../../core/domain/dates';
import { request } from '../../api';
import { useWorkspace } from '../../state/WorkspaceContext';
import { agendaErrorText } from './agendaShared';

/** The Ban TTND context of the programme, and the election date of the current board. */
export function BoardCard({ board, boardless }: { board: BoardStatus; boardless: boolean }) {
  const { message } = App.useApp();
  const { workspace, reload } = useWorkspace();
  const [savingBoard, setSavingBoard] = useState(false);

  const saveBoard = async (electedOn: string | undefined) => {
    setSavingBoard(true);
    try {
      await request('board:save', {
        ...(electedOn ? { electedOn } : {}),
        memberIds: workspace.inspectionBoard?.memberIds ?? [],
      });
      await reload();
      message.success(
        electedOn
          ? `Đã ghi nhận Ban Thanh tra nhân dân bầu ngày ${formatDateVi(electedOn)}.`
          : 'Đã xoá ngày bầu Ban Thanh tra nhân dân.',
      );
    } catch (error) {
      message.error(agendaErrorText(error));
    } finally {
      setSavingBoard(false);
    }
  };

  return (
    <Card size="small" title="Ban Thanh tra nhân dân">
      <Alert
        type={board.due ? 'warning' : 'info'}
        showIcon
        title={
          board.due
            ? 'Đến kỳ bầu Ban Thanh tra nhân dân: chương trình cần có mục “Bầu Ban Thanh tra nhân dân” trong bước e.'
            : board.reason
        }
        description={
          <>
            {board.due && <div>{board.reason}</div>}
            {board.hasBoard && (
              <div>Đơn vị có Ban Thanh tra nhân dân: chương trình có bước đ (báo cáo của Ban).</div>
            )}
            <small>Căn cứ: {board.source}</small>
          </>
        }
        data-testid="agenda-board-status"
      />
      {!boardless && (
        <Space wrap style={{ marginTop: 8 }}>
          <Typography.Text>Ban Thanh tra nhân dân hiện tại: bầu ngày</Typography.Text>
          <DatePicker
            aria-label="Ngày bầu Ban Thanh tra nhân dân hiện tại"
            format="DD/MM/YYYY"
            placeholder="dd/mm/yyyy"
            disabled={savingBoard}
            value={
              workspace.inspectionBoard?.electedOn
                ? dayjs(workspace.inspectionBoard.electedOn)
                : null
            }
            onChange={(d) => void saveBoard(d ? d.format('YYYY-MM-DD') : undefined)}
            data-testid="board-elected-on"
          />
          {!workspace.inspectionBoard && (
            <Typography.Text type="secondary">(chưa ghi nhận Ban nào)</Typography.Text>
          )}
        </Space>
      )}
    </Card>
  );
}
