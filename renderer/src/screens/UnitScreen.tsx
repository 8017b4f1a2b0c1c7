import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Collapse,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Typography,
} from 'antd';
import { UnitProfileSchema } from '../../../core/domain/unit';
import { RULE_SETS, RULE_SET_IDS } from '../../../core/rules/ruleSets';
import { request, ApiError } from '../api';
import { useWorkspace } from '../state/WorkspaceContext';
import { PersonSelect } from '../components/PersonSelect';
import { HolidayTable } from '../components/HolidayTable';
import { UnitAbbreviationFields } from '../components/UnitAbbreviationFields';

type UnitInput = z.input<typeof UnitProfileSchema>;
type UnitOutput = z.output<typeof UnitProfileSchema>;

const TEXT_FIELDS: {
  name: 'name' | 'parentBody' | 'unionName' | 'upperUnion' | 'placeName';
  label: string;
  placeholder: string;
  help?: string;
}[] = [
  { name: 'name', label: 'Tên cơ quan, đơn vị', placeholder: 'Vụ Khoa học và Công nghệ' },
  {
    name: 'parentBody',
    label: 'Cơ quan chủ quản',
    placeholder: 'Bộ Nội vụ',
    help: 'Dòng trên cùng của tiêu đề văn bản (NĐ 30/2020).',
  },
  {
    name: 'unionName',
    label: 'Tên công đoàn cơ sở',
    placeholder: 'Công đoàn Vụ Khoa học và Công nghệ',
  },
  { name: 'upperUnion', label: 'Công đoàn cấp trên trực tiếp', placeholder: 'Công đoàn Bộ Nội vụ' },
  {
    name: 'placeName',
    label: 'Địa danh ghi trên văn bản',
    placeholder: 'Hà Nội',
    help: 'Dùng trong dòng "Hà Nội, ngày … tháng … năm …".',
  },
];

/** Thông tin đơn vị: every document header and date line is filled from here. */
export function UnitScreen() {
  const { message } = App.useApp();
  const { workspace, setWorkspace } = useWorkspace();
  const { control, handleSubmit, reset, formState } = useForm<UnitInput, unknown, UnitOutput>({
    resolver: zodResolver(UnitProfileSchema),
    defaultValues: workspace.unit,
  });
  useEffect(() => reset(workspace.unit), [workspace.unit, reset]);

  const save = handleSubmit(async (unit) => {
    try {
      const saved = await request('unit:save', unit);
      setWorkspace((w) => ({ ...w, unit: saved }));
      message.success('Đã lưu thông tin đơn vị.');
    } catch (error) {
      message.error(error instanceof ApiError ? error.message : String(error));
    }
  });

  return (
    <form onSubmit={(e) => void save(e)}>
      <Typography.Title level={3} className="screen-title">
        Thông tin đơn vị
      </Typography.Title>
      <Card>
        <Form layout="vertical" component="div">
          <Row gutter={16}>
            {TEXT_FIELDS.map((f) => (
              <Col xs={24} md={12} key={f.name}>
                <Controller
                  name={f.name}
                  control={control}
                  render={({ field, fieldState }) => (
                    <Form.Item
                      label={f.label}
                      help={fieldState.error?.message ?? f.help}
                      validateStatus={fieldState.error ? 'error' : undefined}
                    >
                      <Input
                        {...field}
                        value={field.value ?? ''}
                        placeholder={f.placeholder}
                        aria-label={f.label}
                      />
                    </Form.Item>
                  )}
                />
              </Col>
            ))}
            <UnitAbbreviationFields control={control} />
            <Col xs={24} md={12}>
              <Form.Item
                label="Ngày kết thúc năm công tác"
                help="31/12 với hầu hết cơ quan; trường học thường theo năm học. Hội nghị tổ chức trong 3 tháng sau ngày này (Điều 51.1)."
              >
                <Controller
                  name="workYearEnd"
                  control={control}
                  render={({ field }) => (
                    <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
                      <InputNumber
                        aria-label="Ngày"
                        min={1}
                        max={31}
                        value={field.value?.day ?? 31}
                        onChange={(day) =>
                          field.onChange({ day: day ?? 31, month: field.value?.month ?? 12 })
                        }
                      />
                      /
                      <InputNumber
                        aria-label="Tháng"
                        min={1}
                        max={12}
                        value={field.value?.month ?? 12}
                        onChange={(month) =>
                          field.onChange({ day: field.value?.day ?? 31, month: month ?? 12 })
                        }
                      />
                    </span>
                  )}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Controller
                name="ruleSetId"
                control={control}
                render={({ field }) => (
                  <Form.Item
                    label="Bộ quy định áp dụng"
                    help={RULE_SETS[field.value ?? 'law-10-2022'].description}
                  >
                    <Select
                      aria-label="Bộ quy định áp dụng"
                      value={field.value ?? 'law-10-2022'}
                      onChange={field.onChange}
                      options={RULE_SET_IDS.map((id) => ({
                        value: id,
                        label: RULE_SETS[id].label,
                      }))}
                    />
                  </Form.Item>
                )}
              />
            </Col>
            <Col xs={24} md={12}>
              <Controller
                name="unionChairId"
                control={control}
                render={({ field }) => (
                  <Form.Item label="Chủ tịch Công đoàn">
                    <PersonSelect
                      ariaLabel="Chủ tịch Công đoàn"
                      people={workspace.people}
                      value={field.value}
                      onChange={field.onChange}
                    />
                  </Form.Item>
                )}
              />
            </Col>
            <Col xs={24} md={12}>
              <Controller
                name="unionViceChairId"
                control={control}
                render={({ field }) => (
                  <Form.Item label="Phó Chủ tịch Công đoàn">
                    <PersonSelect
                      ariaLabel="Phó Chủ tịch Công đoàn"
                      people={workspace.people}
                      value={field.value}
                      onChange={field.onChange}
                    />
                  </Form.Item>
                )}
              />
            </Col>
          </Row>
          {workspace.people.length === 0 && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              message="Nhập danh sách cán bộ trước để chọn Chủ tịch và Phó Chủ tịch Công đoàn."
            />
          )}
          <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
            Lưu thông tin đơn vị
          </Button>
        </Form>
      </Card>
      <Collapse
        style={{ marginTop: 16 }}
        items={[{ key: 'holidays', label: 'Ngày nghỉ lễ, Tết', children: <HolidayTable /> }]}
      />
    </form>
  );
}
