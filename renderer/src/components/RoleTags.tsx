import { Tag } from 'antd';
import { ROLES, type Role } from '../../../core/domain/person';
import { ROLE_LABELS, ROLE_SHORT_LABELS } from '../../../core/domain/glossary';

/**
 * Leadership roles stand out (they decide who may sit on the Ban TTND); union offices are blue;
 * plain union membership, which most of the staff have, stays grey so it does not drown the rest.
 */
const ROLE_COLORS: Record<Role, string> = {
  head: 'red',
  deputyHead: 'volcano',
  chiefAccountant: 'gold',
  unionChair: 'geekblue',
  unionViceChair: 'blue',
  unionExecutive: 'cyan',
  unionMember: 'default',
};

export interface RoleTagsProps {
  roles: readonly Role[];
  /** Short labels on one line with the full terms in a tooltip: for table rows of fixed height. */
  compact?: boolean;
}

/** A person's roles in the order of ROLES (most senior first), whatever order they were stored in. */
export function RoleTags({ roles, compact = false }: RoleTagsProps) {
  const ordered = ROLES.filter((role) => roles.includes(role));
  if (ordered.length === 0) return null;
  const labels = compact ? ROLE_SHORT_LABELS : ROLE_LABELS;
  const tags = ordered.map((role) => (
    <Tag key={role} color={ROLE_COLORS[role]} style={{ marginInlineEnd: 4 }}>
      {labels[role]}
    </Tag>
  ));
  if (!compact) return <span>{tags}</span>;
  // A native title rather than antd's Tooltip: rows are re-created as the table scrolls, and a
  // plain attribute costs nothing per row.
  return (
    <span
      title={ordered.map((role) => ROLE_LABELS[role]).join(', ')}
      style={{
        whiteSpace: 'nowrap',
        overflow: 'hidden',
        textOverflow: 'ellipsis',
        display: 'block',
      }}
    >
      {tags}
    </span>
  );
}
