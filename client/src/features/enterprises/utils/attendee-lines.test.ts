import { describe, expect, it } from 'vitest';
import { parseAttendeeLines } from './attendee-lines.ts';

describe('parseAttendeeLines', () => {
  it('reads pasted rows (tabs or commas), skips blank lines, and names the first bad line', () => {
    expect(parseAttendeeLines('甲公司\t91350100M000100Y43\t3\n\n乙公司, 91110000000000001A')).toEqual({
      ok: true,
      attendees: [
        { name: '甲公司', creditCode: '91350100M000100Y43', participants: 3 },
        { name: '乙公司', creditCode: '91110000000000001A', participants: null },
      ],
    });
    expect(parseAttendeeLines('甲公司\t91350100M000100Y43\n只有名称')).toEqual({ ok: false, line: 2 });
    expect(parseAttendeeLines('甲公司,91350100M000100Y43,两人')).toEqual({ ok: false, line: 1 });
  });
});
