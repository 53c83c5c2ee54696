import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Finance1795387098197 implements MigrationInterface {
  name = 'Finance1795387098197';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "invoices" ("id" SERIAL NOT NULL, "kind" character varying(12) NOT NULL, "number" character varying(20), "status" character varying(12) NOT NULL, "customer_id" integer NOT NULL, "salesperson_id" integer NOT NULL, "invoice_date" character varying(10) NOT NULL, "due_date" character varying(10), "delivered_on" character varying(10), "amount" bigint NOT NULL DEFAULT \'0\', "tax" bigint NOT NULL DEFAULT \'0\', "total" bigint NOT NULL DEFAULT \'0\', "open_amount" bigint NOT NULL DEFAULT \'0\', "vat_invoice_no" character varying(40), "vat_invoice_date" character varying(10), "reason" character varying(200), "credit_kind" character varying(20), "target_invoice_id" integer, "return_id" integer, "notes" character varying(500), "submitted_at" character varying(32), "checked_by" integer, "checked_at" character varying(32), "approved_by" integer, "approved_at" character varying(32), "void_reason" character varying(200), "created_by" integer NOT NULL, "updated_by" integer NOT NULL, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_invoices_number" UNIQUE ("number"), CONSTRAINT "PK_668cef7c22a427fd822cc1be3ce" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_invoices_customer" ON "invoices"  ("customer_id", "status", "due_date") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_invoices_status" ON "invoices"  ("status", "kind", "invoice_date") ',
    );
    await queryRunner.query('CREATE INDEX "ix_invoices_due" ON "invoices"  ("kind", "status", "due_date") ');
    await queryRunner.query(
      'CREATE TABLE "invoice_lines" ("id" SERIAL NOT NULL, "invoice_id" integer NOT NULL, "line_no" integer NOT NULL, "shipment_line_id" integer, "order_line_id" integer, "product_id" integer, "description" character varying(200) NOT NULL, "unit" character varying(10), "qty" bigint NOT NULL DEFAULT \'0\', "unit_price" bigint NOT NULL DEFAULT \'0\', "discount_bp" integer NOT NULL DEFAULT \'0\', "tax_rate" integer NOT NULL DEFAULT \'0\', "amount" bigint NOT NULL, "tax" bigint NOT NULL, "total" bigint NOT NULL, CONSTRAINT "PK_3d18eb48142b916f581f0c21a65" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_invoice_lines_invoice" ON "invoice_lines"  ("invoice_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_invoice_lines_shipment_line" ON "invoice_lines"  ("shipment_line_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "receipts" ("id" SERIAL NOT NULL, "number" character varying(20), "status" character varying(12) NOT NULL, "customer_id" integer NOT NULL, "receipt_date" character varying(10) NOT NULL, "method" character varying(20) NOT NULL, "amount" bigint NOT NULL, "applied_total" bigint NOT NULL DEFAULT \'0\', "bank_account" character varying(60), "reference" character varying(60), "bill_no" character varying(40), "bill_maturity" character varying(10), "order_id" integer, "notes" character varying(500), "approved_by" integer, "approved_at" character varying(32), "reversed_by" integer, "reversed_at" character varying(32), "reversal_date" character varying(10), "reversal_reason" character varying(200), "created_by" integer NOT NULL, "updated_by" integer NOT NULL, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_receipts_number" UNIQUE ("number"), CONSTRAINT "PK_5e8182d7c29e023da6e1ff33bfe" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_receipts_customer" ON "receipts"  ("customer_id", "status") ');
    await queryRunner.query('CREATE INDEX "ix_receipts_date" ON "receipts"  ("receipt_date") ');
    await queryRunner.query(
      'CREATE TABLE "allocations" ("id" SERIAL NOT NULL, "source_type" character varying(12) NOT NULL, "source_id" integer NOT NULL, "invoice_id" integer NOT NULL, "customer_id" integer NOT NULL, "amount" bigint NOT NULL, "effective_date" character varying(10) NOT NULL, "reversal_of" integer, "reversed" boolean NOT NULL DEFAULT false, "reason" character varying(200), "created_by" integer, "created_at" character varying(32) NOT NULL, CONSTRAINT "PK_ca63099fc248466264af0fa6f1f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_allocations_invoice" ON "allocations"  ("invoice_id", "effective_date") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_allocations_source" ON "allocations"  ("source_type", "source_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_allocations_customer" ON "allocations"  ("customer_id") ');
    await queryRunner.query(
      'CREATE TABLE "ar_ledger" ("id" SERIAL NOT NULL, "customer_id" integer NOT NULL, "entry_date" character varying(10) NOT NULL, "doc_type" character varying(20) NOT NULL, "doc_id" integer NOT NULL, "doc_number" character varying(20), "amount" bigint NOT NULL, "description" character varying(200), "created_at" character varying(32) NOT NULL, CONSTRAINT "PK_e14f5d57bcaceb5b1918ae99744" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_ar_ledger_customer" ON "ar_ledger"  ("customer_id", "entry_date", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "sales_returns" ("id" SERIAL NOT NULL, "number" character varying(20), "status" character varying(12) NOT NULL, "customer_id" integer NOT NULL, "shipment_id" integer NOT NULL, "warehouse_id" integer NOT NULL, "return_date" character varying(10) NOT NULL, "reason" character varying(200) NOT NULL, "amount" bigint NOT NULL DEFAULT \'0\', "tax" bigint NOT NULL DEFAULT \'0\', "total" bigint NOT NULL DEFAULT \'0\', "credit_note_id" integer, "approved_by" integer, "approved_at" character varying(32), "created_by" integer NOT NULL, "updated_by" integer NOT NULL, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_sales_returns_number" UNIQUE ("number"), CONSTRAINT "PK_7910eebccdade339a4e49fb002f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_sales_returns_customer" ON "sales_returns"  ("customer_id") ');
    await queryRunner.query(
      'CREATE TABLE "sales_return_lines" ("id" SERIAL NOT NULL, "return_id" integer NOT NULL, "line_no" integer NOT NULL, "shipment_line_id" integer NOT NULL, "product_id" integer NOT NULL, "qty" bigint NOT NULL, "uninvoiced_total" bigint NOT NULL DEFAULT \'0\', "credited_total" bigint NOT NULL DEFAULT \'0\', "amount" bigint NOT NULL DEFAULT \'0\', "tax" bigint NOT NULL DEFAULT \'0\', "total" bigint NOT NULL DEFAULT \'0\', CONSTRAINT "PK_bb9e5847c318e2783fc0dabf7b7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_sales_return_lines_return" ON "sales_return_lines"  ("return_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "statements" ("id" SERIAL NOT NULL, "customer_id" integer NOT NULL, "period_from" character varying(10) NOT NULL, "period_to" character varying(10) NOT NULL, "opening" bigint NOT NULL, "debits" bigint NOT NULL, "credits" bigint NOT NULL, "closing" bigint NOT NULL, "status" character varying(12) NOT NULL, "generated_by" integer NOT NULL, "generated_at" character varying(32) NOT NULL, "sent_at" character varying(32), "sent_by" integer, "sent_via" character varying(30), "confirmed_on" character varying(10), "confirmed_by_name" character varying(50), "confirmed_amount" bigint, "confirm_note" character varying(500), "recorded_by" integer, "scan_name" character varying(200), "scan_type" character varying(60), "scan_data" text, CONSTRAINT "PK_7f53bcddeb706df7ea7eec10b8d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_statements_customer" ON "statements"  ("customer_id", "period_to") ',
    );
    await queryRunner.query(
      'ALTER TABLE "customers" ADD "term_basis" character varying(12) NOT NULL DEFAULT \'invoice\'',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_order_lines" ADD "returned_qty" bigint NOT NULL DEFAULT \'0\'',
    );
    await queryRunner.query(
      'ALTER TABLE "shipment_lines" ADD "returned_total" bigint NOT NULL DEFAULT \'0\'',
    );
    await queryRunner.query('ALTER TABLE "shipment_lines" ADD "credited_qty" bigint NOT NULL DEFAULT \'0\'');
    await queryRunner.query(
      'ALTER TABLE "shipment_lines" ADD "credited_total" bigint NOT NULL DEFAULT \'0\'',
    );
    await queryRunner.query(
      'ALTER TABLE "invoices" ADD CONSTRAINT "fk_invoices_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invoices" ADD CONSTRAINT "fk_invoices_salesperson_id" FOREIGN KEY ("salesperson_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invoices" ADD CONSTRAINT "fk_invoices_target_invoice_id" FOREIGN KEY ("target_invoice_id") REFERENCES "invoices"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invoices" ADD CONSTRAINT "fk_invoices_checked_by" FOREIGN KEY ("checked_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invoices" ADD CONSTRAINT "fk_invoices_approved_by" FOREIGN KEY ("approved_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invoices" ADD CONSTRAINT "fk_invoices_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invoices" ADD CONSTRAINT "fk_invoices_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invoice_lines" ADD CONSTRAINT "fk_invoice_lines_invoice_id" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invoice_lines" ADD CONSTRAINT "fk_invoice_lines_shipment_line_id" FOREIGN KEY ("shipment_line_id") REFERENCES "shipment_lines"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invoice_lines" ADD CONSTRAINT "fk_invoice_lines_order_line_id" FOREIGN KEY ("order_line_id") REFERENCES "sales_order_lines"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invoice_lines" ADD CONSTRAINT "fk_invoice_lines_product_id" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "receipts" ADD CONSTRAINT "fk_receipts_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "receipts" ADD CONSTRAINT "fk_receipts_order_id" FOREIGN KEY ("order_id") REFERENCES "sales_orders"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "receipts" ADD CONSTRAINT "fk_receipts_approved_by" FOREIGN KEY ("approved_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "receipts" ADD CONSTRAINT "fk_receipts_reversed_by" FOREIGN KEY ("reversed_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "receipts" ADD CONSTRAINT "fk_receipts_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "receipts" ADD CONSTRAINT "fk_receipts_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "allocations" ADD CONSTRAINT "fk_allocations_invoice_id" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "allocations" ADD CONSTRAINT "fk_allocations_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "allocations" ADD CONSTRAINT "fk_allocations_reversal_of" FOREIGN KEY ("reversal_of") REFERENCES "allocations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "allocations" ADD CONSTRAINT "fk_allocations_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "ar_ledger" ADD CONSTRAINT "fk_ar_ledger_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_returns" ADD CONSTRAINT "fk_sales_returns_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_returns" ADD CONSTRAINT "fk_sales_returns_shipment_id" FOREIGN KEY ("shipment_id") REFERENCES "shipments"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_returns" ADD CONSTRAINT "fk_sales_returns_warehouse_id" FOREIGN KEY ("warehouse_id") REFERENCES "warehouses"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_returns" ADD CONSTRAINT "fk_sales_returns_credit_note_id" FOREIGN KEY ("credit_note_id") REFERENCES "invoices"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_returns" ADD CONSTRAINT "fk_sales_returns_approved_by" FOREIGN KEY ("approved_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_returns" ADD CONSTRAINT "fk_sales_returns_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_returns" ADD CONSTRAINT "fk_sales_returns_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_return_lines" ADD CONSTRAINT "fk_sales_return_lines_return_id" FOREIGN KEY ("return_id") REFERENCES "sales_returns"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_return_lines" ADD CONSTRAINT "fk_sales_return_lines_shipment_line_id" FOREIGN KEY ("shipment_line_id") REFERENCES "shipment_lines"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_return_lines" ADD CONSTRAINT "fk_sales_return_lines_product_id" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "statements" ADD CONSTRAINT "fk_statements_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "statements" ADD CONSTRAINT "fk_statements_generated_by" FOREIGN KEY ("generated_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "statements" ADD CONSTRAINT "fk_statements_sent_by" FOREIGN KEY ("sent_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "statements" ADD CONSTRAINT "fk_statements_recorded_by" FOREIGN KEY ("recorded_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "statements" DROP CONSTRAINT "fk_statements_recorded_by"');
    await queryRunner.query('ALTER TABLE "statements" DROP CONSTRAINT "fk_statements_sent_by"');
    await queryRunner.query('ALTER TABLE "statements" DROP CONSTRAINT "fk_statements_generated_by"');
    await queryRunner.query('ALTER TABLE "statements" DROP CONSTRAINT "fk_statements_customer_id"');
    await queryRunner.query(
      'ALTER TABLE "sales_return_lines" DROP CONSTRAINT "fk_sales_return_lines_product_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_return_lines" DROP CONSTRAINT "fk_sales_return_lines_shipment_line_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_return_lines" DROP CONSTRAINT "fk_sales_return_lines_return_id"',
    );
    await queryRunner.query('ALTER TABLE "sales_returns" DROP CONSTRAINT "fk_sales_returns_updated_by"');
    await queryRunner.query('ALTER TABLE "sales_returns" DROP CONSTRAINT "fk_sales_returns_created_by"');
    await queryRunner.query('ALTER TABLE "sales_returns" DROP CONSTRAINT "fk_sales_returns_approved_by"');
    await queryRunner.query('ALTER TABLE "sales_returns" DROP CONSTRAINT "fk_sales_returns_credit_note_id"');
    await queryRunner.query('ALTER TABLE "sales_returns" DROP CONSTRAINT "fk_sales_returns_warehouse_id"');
    await queryRunner.query('ALTER TABLE "sales_returns" DROP CONSTRAINT "fk_sales_returns_shipment_id"');
    await queryRunner.query('ALTER TABLE "sales_returns" DROP CONSTRAINT "fk_sales_returns_customer_id"');
    await queryRunner.query('ALTER TABLE "ar_ledger" DROP CONSTRAINT "fk_ar_ledger_customer_id"');
    await queryRunner.query('ALTER TABLE "allocations" DROP CONSTRAINT "fk_allocations_created_by"');
    await queryRunner.query('ALTER TABLE "allocations" DROP CONSTRAINT "fk_allocations_reversal_of"');
    await queryRunner.query('ALTER TABLE "allocations" DROP CONSTRAINT "fk_allocations_customer_id"');
    await queryRunner.query('ALTER TABLE "allocations" DROP CONSTRAINT "fk_allocations_invoice_id"');
    await queryRunner.query('ALTER TABLE "receipts" DROP CONSTRAINT "fk_receipts_updated_by"');
    await queryRunner.query('ALTER TABLE "receipts" DROP CONSTRAINT "fk_receipts_created_by"');
    await queryRunner.query('ALTER TABLE "receipts" DROP CONSTRAINT "fk_receipts_reversed_by"');
    await queryRunner.query('ALTER TABLE "receipts" DROP CONSTRAINT "fk_receipts_approved_by"');
    await queryRunner.query('ALTER TABLE "receipts" DROP CONSTRAINT "fk_receipts_order_id"');
    await queryRunner.query('ALTER TABLE "receipts" DROP CONSTRAINT "fk_receipts_customer_id"');
    await queryRunner.query('ALTER TABLE "invoice_lines" DROP CONSTRAINT "fk_invoice_lines_product_id"');
    await queryRunner.query('ALTER TABLE "invoice_lines" DROP CONSTRAINT "fk_invoice_lines_order_line_id"');
    await queryRunner.query(
      'ALTER TABLE "invoice_lines" DROP CONSTRAINT "fk_invoice_lines_shipment_line_id"',
    );
    await queryRunner.query('ALTER TABLE "invoice_lines" DROP CONSTRAINT "fk_invoice_lines_invoice_id"');
    await queryRunner.query('ALTER TABLE "invoices" DROP CONSTRAINT "fk_invoices_updated_by"');
    await queryRunner.query('ALTER TABLE "invoices" DROP CONSTRAINT "fk_invoices_created_by"');
    await queryRunner.query('ALTER TABLE "invoices" DROP CONSTRAINT "fk_invoices_approved_by"');
    await queryRunner.query('ALTER TABLE "invoices" DROP CONSTRAINT "fk_invoices_checked_by"');
    await queryRunner.query('ALTER TABLE "invoices" DROP CONSTRAINT "fk_invoices_target_invoice_id"');
    await queryRunner.query('ALTER TABLE "invoices" DROP CONSTRAINT "fk_invoices_salesperson_id"');
    await queryRunner.query('ALTER TABLE "invoices" DROP CONSTRAINT "fk_invoices_customer_id"');
    await queryRunner.query('ALTER TABLE "shipment_lines" DROP COLUMN "credited_total"');
    await queryRunner.query('ALTER TABLE "shipment_lines" DROP COLUMN "credited_qty"');
    await queryRunner.query('ALTER TABLE "shipment_lines" DROP COLUMN "returned_total"');
    await queryRunner.query('ALTER TABLE "sales_order_lines" DROP COLUMN "returned_qty"');
    await queryRunner.query('ALTER TABLE "customers" DROP COLUMN "term_basis"');
    await queryRunner.query('DROP INDEX "public"."ix_statements_customer"');
    await queryRunner.query('DROP TABLE "statements"');
    await queryRunner.query('DROP INDEX "public"."ix_sales_return_lines_return"');
    await queryRunner.query('DROP TABLE "sales_return_lines"');
    await queryRunner.query('DROP INDEX "public"."ix_sales_returns_customer"');
    await queryRunner.query('DROP TABLE "sales_returns"');
    await queryRunner.query('DROP INDEX "public"."ix_ar_ledger_customer"');
    await queryRunner.query('DROP TABLE "ar_ledger"');
    await queryRunner.query('DROP INDEX "public"."ix_allocations_customer"');
    await queryRunner.query('DROP INDEX "public"."ix_allocations_source"');
    await queryRunner.query('DROP INDEX "public"."ix_allocations_invoice"');
    await queryRunner.query('DROP TABLE "allocations"');
    await queryRunner.query('DROP INDEX "public"."ix_receipts_date"');
    await queryRunner.query('DROP INDEX "public"."ix_receipts_customer"');
    await queryRunner.query('DROP TABLE "receipts"');
    await queryRunner.query('DROP INDEX "public"."ix_invoice_lines_shipment_line"');
    await queryRunner.query('DROP INDEX "public"."ix_invoice_lines_invoice"');
    await queryRunner.query('DROP TABLE "invoice_lines"');
    await queryRunner.query('DROP INDEX "public"."ix_invoices_due"');
    await queryRunner.query('DROP INDEX "public"."ix_invoices_status"');
    await queryRunner.query('DROP INDEX "public"."ix_invoices_customer"');
    await queryRunner.query('DROP TABLE "invoices"');
  }
}
