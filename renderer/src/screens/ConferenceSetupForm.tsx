import { useEffect, useMemo } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import dayjs from 'dayjs';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Typography,
} from 'antd';
import { ConferenceSetupSchema, type Conference } from '../../../core/domain/conference';
import {
  activeStaff,
  conferenceFindings,
  conferenceWindow,
  isConferenceOptional,
} from '../../../core/domain/conferenceRules';
import { formatDateVi } from '../../../core/domain/dates';
import { request, ApiError } from '../api';
import { useWorkspace } from '../state/WorkspaceContext';
import { DelegatePicker } from '../components/DelegatePicker';
import { GuestEditor } from '../components/GuestEditor';

type SetupInput = z.input<typeof ConferenceSetupSchema>;
type SetupOutput = z.output<typeof ConferenceSetupSchema>;

function setupOf(c: Conference): SetupInput {
  return {
    year: c.year,
    kind: c.kind,
    trigger: c.trigger,
    date: c.date,
    startTime: c.startTime,
    venue: c.venue,
    form: c.form,
    formDecision: c.formDecision,
    heldAlthoughOptional: c.heldAlthoughOptional,
  };
}

/** Date, time, venue, form (R3/R4), deadline (R5), extraordinary trigger (R6), delegates, guests. */
export function ConferenceSetupForm({
  conference,
  onChange,
}: {
  conference: Conference;
  onChange: (c: Conference) => void;
}) {
  const { message } = App.useApp();
  const { workspace, rules } = useWorkspace();
  const { control, handleSubmit, reset, formState } = useForm<SetupInput, unknown, SetupOutput>({
    resolver: zodResolver(ConferenceSetupSchema),
    defaultValues: setupOf(conference),
  });
  useEffect(() => reset(setupOf(conference)), [conference, reset]);
  const values = useWatch({ control }) as SetupInput;
  const staffCount = activeStaff(workspace.people).length;
  const draft = useMemo(() => {
    const parsed = ConferenceSetupSchema.safeParse(values);
    return parsed.success ? { ...conference, ...parsed.data } : conference;
  }, [values, conference]);
  const findings = useMemo(
    () => conferenceFindings(draft, workspace.unit, workspace.people, rules),
    [draft, workspace.unit, workspace.people, rules],
  );
  const window =
    draft.kind === 'regular' ? conferenceWindow(draft.year, workspace.unit, rules) : undefined;
  const optional = isConferenceOptional(staffCount, rules);

  const save = handleSubmit(async (setup) => {
    try {
      onChange(await request('conference:update', { id: conference.id, setup }));
      message.success('Đã lưu thiết lập hội nghị.');
    } catch (error) {
      message.error(error instanceof ApiError ? error.message : String(error));
    }
  });

  return (
    <Row gutter={16}>
      <Col xs={24} lg={14}>
        <Card title="Thời gian, địa điểm, hình thức" size="small">
          <form onSubmit={(e) => void save(e)}>
            <Form layout="vertical" component="div">
              <Row gutter={12}>
                <Col span={8}>
                  <Controller
                    name="date"
                    control={control}
                    render={({ field, fieldState }) => (
                      <Form.Item
                        label="Ngày tổ chức"
                        help={
                          fieldState.error?.message ??
                          (window ? `Hạn: ${formatDateVi(window.deadline)}` : undefined)
                        }
                        validateStatus={fieldState.error ? 'error' : undefined}
                      >
                        <DatePicker
                          aria-label="Ngày tổ chức"
                          format="DD/MM/YYYY"
                          style={{ width: '100%' }}
                          value={field.value ? dayjs(field.value) : null}
                          onChange={(d) => field.onChange(d ? d.format('YYYY-MM-DD') : undefined)}
                        />
                      </Form.Item>
                    )}
                  />
                </Col>
                <Col span={6}>
                  <Controller
                    name="startTime"
                    control={control}
                    render={({ field, fieldState }) => (
                      <Form.Item
                        label="Giờ bắt đầu"
                        help={fieldState.error?.message}
                        validateStatus={fieldState.error ? 'error' : undefined}
                      >
                        <Input
                          aria-label="Giờ bắt đầu"
                          placeholder="08:00"
                          {...field}
                          value={field.value ?? ''}
                        />
                      </Form.Item>
                    )}
                  />
                </Col>
                <Col span={10}>
                  <Controller
                    name="venue"
                    control={control}
                    render={({ field }) => (
                      <Form.Item label="Địa điểm">
                        <Input
                          aria-label="Địa điểm"
                          placeholder="Hội trường tầng 3"
                          {...field}
                          value={field.value ?? ''}
                        />
                      </Form.Item>
                    )}
                  />
                </Col>
              </Row>
              {draft.kind === 'extraordinary' && (
                <Controller
                  name="trigger"
                  control={control}
                  render={({ field }) => (
                    <Form.Item label="Ai đề nghị hội nghị bất thường (Điều 50.1)">
                      <Radio.Group
                        value={field.value?.by}
                        onChange={(e) =>
                          field.onChange({
                            signatures: 0,
                            note: '',
                            ...field.value,
                            by: e.target.value,
                          })
                        }
                      >
                        <Radio value="unionExecutive">Ban Chấp hành Công đoàn</Radio>
                        <Radio value="head">Thủ trưởng</Radio>
                        <Radio value="staff">Ít nhất 1/3 người lao động</Radio>
                      </Radio.Group>
                      {field.value?.by === 'staff' && (
                        <InputNumber
                          style={{ marginTop: 8 }}
                          addonBefore="Số chữ ký"
                          min={0}
                          value={field.value.signatures}
                          onChange={(v) => field.onChange({ ...field.value, signatures: v ?? 0 })}
                        />
                      )}
                      <Input
                        style={{ marginTop: 8 }}
                        placeholder="Văn bản đề nghị, nội dung"
                        value={field.value?.note ?? ''}
                        onChange={(e) =>
                          field.onChange({
                            by: 'unionExecutive',
                            signatures: 0,
                            ...field.value,
                            note: e.target.value,
                          })
                        }
                      />
                    </Form.Item>
                  )}
                />
              )}
              <Controller
                name="form"
                control={control}
                render={({ field }) => (
                  <Form.Item
                    label={`Hình thức (đơn vị có ${staffCount} người đang công tác)`}
                    help={
                      staffCount < rules.fullAssemblyBelow.value
                        ? `Dưới ${rules.fullAssemblyBelow.value} người: hội nghị toàn thể, trừ trường hợp làm việc phân tán (Điều 51.2.a).`
                        : `Từ ${rules.fullAssemblyBelow.value} người: thủ trưởng chọn sau khi thống nhất với Công đoàn (Điều 51.2.b).`
                    }
                  >
                    <Radio.Group
                      value={field.value}
                      onChange={(e) => field.onChange(e.target.value)}
                    >
                      <Radio value="full">Hội nghị toàn thể</Radio>
                      <Radio value="delegates">Hội nghị đại biểu</Radio>
                    </Radio.Group>
                  </Form.Item>
                )}
              />
              {(draft.form === 'delegates' || staffCount >= rules.fullAssemblyBelow.value) && (
                <Controller
                  name="formDecision"
                  control={control}
                  render={({ field }) => (
                    <>
                      {draft.form === 'delegates' && staffCount < rules.fullAssemblyBelow.value && (
                        <Form.Item label="Lý do tổ chức hội nghị đại biểu (phân tán, không thể rời vị trí)">
                          <Input.TextArea
                            aria-label="Lý do"
                            rows={2}
                            value={field.value?.dispersedReason ?? ''}
                            onChange={(e) =>
                              field.onChange({
                                unionAgreement: '',
                                ...field.value,
                                dispersedReason: e.target.value,
                              })
                            }
                          />
                        </Form.Item>
                      )}
                      <Form.Item
                        label="Sự thống nhất với Ban Chấp hành Công đoàn"
                        help="Ví dụ: Biên bản làm việc ngày 05/01/2026 giữa thủ trưởng và BCH Công đoàn."
                      >
                        <Input
                          aria-label="Sự thống nhất với Công đoàn"
                          value={field.value?.unionAgreement ?? ''}
                          onChange={(e) =>
                            field.onChange({
                              dispersedReason: '',
                              ...field.value,
                              unionAgreement: e.target.value,
                            })
                          }
                        />
                      </Form.Item>
                    </>
                  )}
                />
              )}
              {optional && (
                <Controller
                  name="heldAlthoughOptional"
                  control={control}
                  render={({ field }) => (
                    <Form.Item>
                      <Checkbox
                        checked={field.value ?? false}
                        onChange={(e) => field.onChange(e.target.checked)}
                      >
                        Đơn vị vẫn tổ chức hội nghị (không bắt buộc với đơn vị từ{' '}
                        {rules.optionalAtOrBelow.value} người trở xuống)
                      </Checkbox>
                    </Form.Item>
                  )}
                />
              )}
              <Button
                type="primary"
                htmlType="submit"
                loading={formState.isSubmitting}
                data-testid="save-setup"
              >
                Lưu thiết lập
              </Button>
            </Form>
          </form>
        </Card>
        {conference.form === 'delegates' && (
          <Card title="Đại biểu được triệu tập" size="small" style={{ marginTop: 16 }}>
            <DelegatePicker conference={conference} people={workspace.people} onChange={onChange} />
          </Card>
        )}
        <Card
          title="Khách mời (không tính vào số người tham dự)"
          size="small"
          style={{ marginTop: 16 }}
        >
          <GuestEditor conference={conference} onChange={onChange} />
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card title="Kiểm tra theo quy định" size="small">
          {findings.length === 0 ? (
            <Typography.Text type="success">Thiết lập phù hợp với quy định.</Typography.Text>
          ) : (
            findings.map((f) => (
              <Alert
                key={f.rule + f.message}
                style={{ marginBottom: 8 }}
                showIcon
                type={f.level === 'error' ? 'error' : f.level === 'warning' ? 'warning' : 'info'}
                message={f.message}
                description={<small>Căn cứ: {f.source}</small>}
                data-testid={`finding-${f.rule}`}
              />
            ))
          )}
        </Card>
      </Col>
    </Row>
  );
}
