import { Button, Card, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { STATUTORY_STEPS } from '../../../../core/domain/agendaKinds';

/** Shown while the conference has no programme yet: what it will contain, and a button to create it. */
export function AgendaIntroCard({
  startTime,
  resetting,
  onCreate,
}: {
  startTime: string;
  resetting: boolean;
  onCreate: () => void;
}) {
  return (
    <Card size="small" title="Chương trình hội nghị">
      <Typography.Paragraph>
        Chương trình hội nghị gồm các bước a–i theo đúng thứ tự của Điều 51.4 Luật 10/2022/QH15, đặt
        trong phần nghi thức quen thuộc (chào cờ, tuyên bố lý do, giới thiệu đại biểu, biểu quyết
        đoàn chủ tịch và thư ký, thông qua chương trình, khai mạc … bế mạc):
      </Typography.Paragraph>
      <ul style={{ marginTop: 0 }}>
        {STATUTORY_STEPS.map((s) => (
          <li key={s.letter}>
            <Tag color="blue">{s.letter}</Tag>
            {s.shortName}
          </li>
        ))}
      </ul>
      <Typography.Paragraph type="secondary">
        Chương trình mặc định điền sẵn tiêu đề, thời lượng và người trình bày (thủ trưởng, Chủ tịch
        Công đoàn theo danh sách cán bộ); bạn sửa lại tuỳ ý. Giờ của từng mục tính từ giờ bắt đầu{' '}
        {startTime}.
      </Typography.Paragraph>
      <Button
        type="primary"
        icon={<PlusOutlined />}
        loading={resetting}
        onClick={onCreate}
        data-testid="agenda-create-default"
      >
        Tạo chương trình mặc định
      </Button>
    </Card>
  );
}
