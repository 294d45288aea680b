import { IMPORT_MAX_FILE_BYTES } from '@cloudstd/shared/schemas/import';
import type { Request, Response } from 'express';
import multer from 'multer';
import { AppError } from '../../http/errors.ts';

const maxMegabytes = IMPORT_MAX_FILE_BYTES / 1024 / 1024;

// In memory: the file is parsed at once and never stored; the limits bound what one request can hold.
const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: IMPORT_MAX_FILE_BYTES, files: 1, fields: 5, fieldSize: 1024, parts: 8, headerPairs: 50 },
  // Browsers send UTF-8 file names (报批稿.xlsx); busboy would read them as Latin-1.
  defParamCharset: 'utf8',
}).single('file');

function tooLarge(cause?: unknown): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', {
    detail: {
      zh: `文件超过 ${maxMegabytes} MB 上限，请拆分后分批导入`,
      en: `The file is larger than the ${maxMegabytes} MB limit; split it and import the parts`,
    },
    cause,
  });
}

function fileError(messageZh: string, messageEn: string, cause?: unknown): AppError {
  return new AppError('VALIDATION_FAILED', { errors: [{ field: 'file', messageZh, messageEn }], cause });
}

/** The one uploaded spreadsheet of a multipart request (field `file`), with its name. */
export async function receiveUpload(req: Request, res: Response): Promise<{ bytes: Buffer; name: string }> {
  if (!req.is('multipart/form-data')) {
    throw fileError(
      '请以 multipart/form-data 上传文件（字段名 file）',
      'Upload the file as multipart/form-data (field name: file)',
    );
  }
  // A body far beyond the limit is refused before it is read.
  if (Number(req.get('content-length') ?? 0) > IMPORT_MAX_FILE_BYTES + 1024 * 1024) {
    res.setHeader('Connection', 'close');
    throw tooLarge();
  }
  try {
    await new Promise<void>((resolve, reject) => {
      upload(req, res, (error: unknown) =>
        error ? reject(error instanceof Error ? error : new Error('upload failed', { cause: error })) : resolve(),
      );
    });
  } catch (error) {
    if (error instanceof multer.MulterError) {
      if (error.code === 'LIMIT_FILE_SIZE') throw tooLarge(error);
      throw fileError('请只上传一个文件，字段名为 file', 'Upload exactly one file, in the field named file', error);
    }
    throw fileError('上传未完成，请重试', 'The upload did not complete; try again', error);
  }
  const file = req.file;
  if (!file) throw fileError('请选择要导入的文件', 'Choose the file to import');
  return { bytes: file.buffer, name: file.originalname || 'upload' };
}
