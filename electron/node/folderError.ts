import { AppError } from '../../core/domain/appError';

/** What was being done when the file system said no: named in the message the user reads. */
export interface FolderErrorContext {
  folder: string;
  fileName?: string;
  /** The write was replacing a file of the same name (Windows refuses while Word has it open). */
  replacing?: boolean;
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * A file-system error as one Vietnamese sentence that says what to do. The system's code stays in
 * the issues, for whoever helps the user over the phone.
 */
export function folderError(error: unknown, context: FolderErrorContext): AppError {
  if (error instanceof AppError) return error;
  const code = codeOf(error);
  const folder = `"${context.folder}"`;
  const file = context.fileName ? `"${context.fileName}"` : 'tệp';
  const detail = [
    code
      ? `${code}: ${error instanceof Error ? error.message : String(error)}`
      : String(error instanceof Error ? error.message : error),
  ];
  const fail = (message: string) => new AppError('WRITE_FAILED', message, detail);
  switch (code) {
    case 'EBUSY':
      return fail(
        `Tệp ${file} đang mở trong chương trình khác (Word?). Hãy đóng tệp rồi xuất lại.`,
      );
    case 'EPERM':
    case 'EACCES':
      if (context.replacing) {
        return fail(
          `Không ghi đè được tệp ${file}: tệp đang mở trong chương trình khác (Word?) hoặc chỉ cho đọc. Hãy đóng tệp rồi xuất lại, hoặc chọn "Giữ cả hai".`,
        );
      }
      return fail(
        `Không có quyền ghi vào thư mục ${folder}. Hãy chọn thư mục khác, ví dụ một thư mục trong Tài liệu (Documents) của bạn.`,
      );
    case 'ENOENT':
      return fail(
        `Không tìm thấy thư mục ${folder}: ổ đĩa hoặc thư mục chứa nó không có (USB đã rút ra?). Hãy kiểm tra lại đường dẫn.`,
      );
    case 'ENOTDIR':
    case 'EEXIST':
      return fail(
        `Đường dẫn ${folder} có một phần là tệp chứ không phải thư mục. Hãy chọn thư mục khác.`,
      );
    case 'EISDIR':
      return fail(
        `Trong thư mục ${folder} đã có một thư mục con tên ${file}: không ghi được tệp trùng tên. Hãy chọn "Giữ cả hai" hoặc thư mục khác.`,
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return fail(
        `Ổ đĩa chứa thư mục ${folder} đã hết chỗ trống. Hãy xoá bớt tệp hoặc chọn ổ đĩa khác; không tệp nào bị ghi dở.`,
      );
    case 'EROFS':
      return fail(
        `Thư mục ${folder} nằm trên ổ chỉ cho đọc (đĩa CD, USB khoá ghi…). Hãy chọn thư mục khác.`,
      );
    case 'ENAMETOOLONG':
      return fail(`Đường dẫn ${folder} quá dài. Hãy chọn thư mục có đường dẫn ngắn hơn.`);
    default:
      return fail(`Không ghi được ${file} vào thư mục ${folder}.`);
  }
}
