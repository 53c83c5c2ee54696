import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OpenInvoicesIndex1795394047085 implements MigrationInterface {
  name = 'OpenInvoicesIndex1795394047085';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "ix_invoices_customer_open" ON "invoices" ("customer_id", "kind", "status", "open_amount", "due_date") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_invoices_customer_open"');
  }
}
