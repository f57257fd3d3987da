import { describe, expect, it } from "vitest";
import { csvFirstColumn } from "./csv";

describe("csvFirstColumn", () => {
  it("reads the first cell of each record, whatever the other cells hold", () => {
    const csv = 'message_id,text\r\nm1,"a, b"\r\n"m""2","line\nbreak, ""quoted"""\r\nm3,\r\n';
    expect(csvFirstColumn(csv)).toEqual(["message_id", "m1", 'm"2', "m3"]);
  });
});
