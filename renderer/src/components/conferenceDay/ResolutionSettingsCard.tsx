import { useState } from 'react';
import { AutoComplete, Card, Space, Typography } from 'antd';
import type { ResolutionView } from '../../../../core/conferenceDayContract';
import type { Person } from '../../../../core/domain/person';
import type { UnitProfile } from '../../../../core/domain/unit';
import { request } from '../../api';
import { saveErrorText, useSaveQueue } from '../../state/useSaveQueue';
import { PersonSelect } from '../PersonSelect';
import { SaveIndicator } from '../SaveIndicator';

interface Settings {
  focalPointId: string | null;
  reportRecipient: string;
}

/**
 * After the conference: who is the focal point for making the resolution known and following it
 * up (Luật 10/2022/QH15 Điều 52.2; named in D20), and to whom the report on the conference goes
 * (D19: the upper-level union or the managing body). Saved as typed; allowed at every stage.
 */
export function ResolutionSettingsCard({
  conferenceId,
  resolution,
  people,
  unit,
  onView,
}: {
  conferenceId: string;
  resolution: ResolutionView['resolution'];
  people: readonly Person[];
  unit: UnitProfile;
  onView: (view: ResolutionView) => void;
}) {
  const [settings, setSettings] = useState<Settings>({
    focalPointId: resolution.focalPointId ?? null,
    reportRecipient: resolution.reportRecipient,
  });
  const { schedule, state } = useSaveQueue<Settings, ResolutionView>({
    send: (s) => request('resolution:saveSettings', { conferenceId, ...s }),
    onSaved: onView,
    errorText: (e) => saveErrorText(e, 'settings', 'Mục'),
    delayMs: 400,
  });
  const change = (next: Settings) => {
    setSettings(next);
    schedule(next);
  };
  const suggestions = [unit.upperUnion, unit.parentBody]
    .map((s) => s.trim())
    .filter((s, i, all) => s !== '' && all.indexOf(s) === i);

  return (
    <Card
      size="small"
      title="Triển khai và báo cáo"
      extra={<SaveIndicator state={state} testId="resolution-settings-save" />}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <label>
          <Typography.Text>
            Đầu mối phổ biến, theo dõi thực hiện nghị quyết (Điều 52.2)
          </Typography.Text>
          <PersonSelect
            ariaLabel="Đầu mối phổ biến, theo dõi thực hiện nghị quyết"
            people={people}
            value={settings.focalPointId ?? undefined}
            onChange={(id) => change({ ...settings, focalPointId: id ?? null })}
          />
        </label>
        <label>
          <Typography.Text>Nơi nhận Báo cáo kết quả hội nghị (D19)</Typography.Text>
          <AutoComplete
            aria-label="Nơi nhận Báo cáo kết quả hội nghị"
            style={{ width: '100%' }}
            value={settings.reportRecipient}
            placeholder={unit.upperUnion || 'Công đoàn cấp trên trực tiếp hoặc cơ quan quản lý'}
            options={suggestions.map((s) => ({ value: s }))}
            onChange={(reportRecipient: string) => change({ ...settings, reportRecipient })}
            maxLength={300}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            Để trống: gửi công đoàn cấp trên ghi ở Thông tin đơn vị.
          </Typography.Text>
        </label>
      </Space>
    </Card>
  );
}
