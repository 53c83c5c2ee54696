import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OpeningData1795393324759 implements MigrationInterface {
  name = 'OpeningData1795393324759';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "invoices" ADD "opening" boolean NOT NULL DEFAULT false');
    await queryRunner.query('ALTER TABLE "invoices" ADD "legacy_number" character varying(40)');
    await queryRunner.query('ALTER TABLE "customer_prices" DROP CONSTRAINT "fk_customer_prices_order_id"');
    await queryRunner.query('ALTER TABLE "customer_prices" ALTER COLUMN "order_id" DROP NOT NULL');
    await queryRunner.query(
      'ALTER TABLE "invoices" ADD CONSTRAINT "uq_invoices_legacy_number" UNIQUE ("customer_id", "legacy_number")',
    );
    await queryRunner.query(
      'ALTER TABLE "customer_prices" ADD CONSTRAINT "fk_customer_prices_order_id" FOREIGN KEY ("order_id") REFERENCES "sales_orders"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "customer_prices" DROP CONSTRAINT "fk_customer_prices_order_id"');
    await queryRunner.query('ALTER TABLE "invoices" DROP CONSTRAINT "uq_invoices_legacy_number"');
    await queryRunner.query('ALTER TABLE "customer_prices" ALTER COLUMN "order_id" SET NOT NULL');
    await queryRunner.query(
      'ALTER TABLE "customer_prices" ADD CONSTRAINT "fk_customer_prices_order_id" FOREIGN KEY ("order_id") REFERENCES "sales_orders"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query('ALTER TABLE "invoices" DROP COLUMN "legacy_number"');
    await queryRunner.query('ALTER TABLE "invoices" DROP COLUMN "opening"');
  }
}
