import { Controller, useWatch, type Control } from 'react-hook-form';
import type { z } from 'zod';
import { Button, Col, Form, Input, Space } from 'antd';
import { suggestAbbreviation } from '../../../core/domain/suggestAbbreviation';
import { DEFAULT_UNION_ABBREVIATION, type UnitProfileSchema } from '../../../core/domain/unit';
import { GLOSSARY } from '../../../core/domain/glossary';

type UnitInput = z.input<typeof UnitProfileSchema>;
type UnitOutput = z.output<typeof UnitProfileSchema>;

/** Symbols are capitals (NĐ 30/2020 Phụ lục I, mục II.3.b): typed letters are raised at once. */
const upper = (value: string): string => value.toLocaleUpperCase('vi');

/**
 * The two abbreviations of the unit profile that go into document symbols: the unit's ("Số: 05/
 * GM-GTVT", with a suggestion from the initials of its name that the user takes or types over) and
 * the union's ("Số: 05/KHLT-CĐCS"). Two columns of the unit form's row.
 */
export function UnitAbbreviationFields({
  control,
}: {
  control: Control<UnitInput, unknown, UnitOutput>;
}) {
  const name = useWatch({ control, name: 'name' }) ?? '';
  const suggestion = suggestAbbreviation(name);
  const unitLabel = capitalise(GLOSSARY.unitAbbreviation);
  const unionLabel = capitalise(GLOSSARY.unionAbbreviation);

  return (
    <>
      <Col xs={24} md={12}>
        <Controller
          name="abbreviation"
          control={control}
          render={({ field, fieldState }) => (
            <Form.Item
              label={unitLabel}
              help={
                fieldState.error?.message ??
                'Trong số văn bản của đơn vị: "Số: 05/GM-GTVT" (NĐ 30/2020). Trống: văn thư ghi tay.'
              }
              validateStatus={fieldState.error ? 'error' : undefined}
            >
              <Space.Compact style={{ width: '100%' }}>
                <Input
                  {...field}
                  value={field.value ?? ''}
                  onChange={(e) => field.onChange(upper(e.target.value))}
                  placeholder={suggestion || 'GTVT'}
                  aria-label={unitLabel}
                  maxLength={20}
                />
                <Button
                  disabled={!suggestion || suggestion === field.value}
                  onClick={() => field.onChange(suggestion)}
                  data-testid="suggest-abbreviation"
                >
                  {suggestion ? `Dùng gợi ý ${suggestion}` : 'Gợi ý'}
                </Button>
              </Space.Compact>
            </Form.Item>
          )}
        />
      </Col>
      <Col xs={24} md={12}>
        <Controller
          name="unionAbbreviation"
          control={control}
          render={({ field, fieldState }) => (
            <Form.Item
              label={unionLabel}
              help={
                fieldState.error?.message ??
                `Trong số văn bản công đoàn, liên tịch: "Số: 05/KHLT-${DEFAULT_UNION_ABBREVIATION}".`
              }
              validateStatus={fieldState.error ? 'error' : undefined}
            >
              <Input
                {...field}
                value={field.value ?? DEFAULT_UNION_ABBREVIATION}
                onChange={(e) => field.onChange(upper(e.target.value))}
                aria-label={unionLabel}
                maxLength={20}
              />
            </Form.Item>
          )}
        />
      </Col>
    </>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
