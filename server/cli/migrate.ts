import { openConfiguredDatabase } from './open.ts';

const { database } = await openConfiguredDatabase();
console.log(`Đã cập nhật cấu trúc cơ sở dữ liệu (${database.engine}).`);
await database.close();
