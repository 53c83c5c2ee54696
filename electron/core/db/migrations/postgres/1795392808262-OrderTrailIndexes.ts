import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrderTrailIndexes1795392808262 implements MigrationInterface {
  name = 'OrderTrailIndexes1795392808262';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "ix_shipment_lines_order" ON "shipment_lines"  ("order_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_invoice_lines_order_line" ON "invoice_lines"  ("order_line_id") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_invoice_lines_order_line"');
    await queryRunner.query('DROP INDEX "public"."ix_shipment_lines_order"');
  }
}
