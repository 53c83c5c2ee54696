import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Finance1795387098197 implements MigrationInterface {
  name = 'Finance1795387098197';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "invoices" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(12) NOT NULL, "number" varchar(20), "status" varchar(12) NOT NULL, "customer_id" integer NOT NULL, "salesperson_id" integer NOT NULL, "invoice_date" varchar(10) NOT NULL, "due_date" varchar(10), "delivered_on" varchar(10), "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0), "open_amount" bigint NOT NULL DEFAULT (0), "vat_invoice_no" varchar(40), "vat_invoice_date" varchar(10), "reason" varchar(200), "credit_kind" varchar(20), "target_invoice_id" integer, "return_id" integer, "notes" varchar(500), "submitted_at" varchar(32), "checked_by" integer, "checked_at" varchar(32), "approved_by" integer, "approved_at" varchar(32), "void_reason" varchar(200), "created_by" integer NOT NULL, "updated_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_invoices_number" UNIQUE ("number"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_invoices_customer" ON "invoices" ("customer_id", "status", "due_date") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_invoices_status" ON "invoices" ("status", "kind", "invoice_date") ',
    );
    await queryRunner.query('CREATE INDEX "ix_invoices_due" ON "invoices" ("kind", "status", "due_date") ');
    await queryRunner.query(
      'CREATE TABLE "invoice_lines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "invoice_id" integer NOT NULL, "line_no" integer NOT NULL, "shipment_line_id" integer, "order_line_id" integer, "product_id" integer, "description" varchar(200) NOT NULL, "unit" varchar(10), "qty" bigint NOT NULL DEFAULT (0), "unit_price" bigint NOT NULL DEFAULT (0), "discount_bp" integer NOT NULL DEFAULT (0), "tax_rate" integer NOT NULL DEFAULT (0), "amount" bigint NOT NULL, "tax" bigint NOT NULL, "total" bigint NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "ix_invoice_lines_invoice" ON "invoice_lines" ("invoice_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_invoice_lines_shipment_line" ON "invoice_lines" ("shipment_line_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "receipts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(20), "status" varchar(12) NOT NULL, "customer_id" integer NOT NULL, "receipt_date" varchar(10) NOT NULL, "method" varchar(20) NOT NULL, "amount" bigint NOT NULL, "applied_total" bigint NOT NULL DEFAULT (0), "bank_account" varchar(60), "reference" varchar(60), "bill_no" varchar(40), "bill_maturity" varchar(10), "order_id" integer, "notes" varchar(500), "approved_by" integer, "approved_at" varchar(32), "reversed_by" integer, "reversed_at" varchar(32), "reversal_date" varchar(10), "reversal_reason" varchar(200), "created_by" integer NOT NULL, "updated_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_receipts_number" UNIQUE ("number"))',
    );
    await queryRunner.query('CREATE INDEX "ix_receipts_customer" ON "receipts" ("customer_id", "status") ');
    await queryRunner.query('CREATE INDEX "ix_receipts_date" ON "receipts" ("receipt_date") ');
    await queryRunner.query(
      'CREATE TABLE "allocations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "source_type" varchar(12) NOT NULL, "source_id" integer NOT NULL, "invoice_id" integer NOT NULL, "customer_id" integer NOT NULL, "amount" bigint NOT NULL, "effective_date" varchar(10) NOT NULL, "reversal_of" integer, "reversed" boolean NOT NULL DEFAULT (0), "reason" varchar(200), "created_by" integer, "created_at" varchar(32) NOT NULL)',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_allocations_invoice" ON "allocations" ("invoice_id", "effective_date") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_allocations_source" ON "allocations" ("source_type", "source_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_allocations_customer" ON "allocations" ("customer_id") ');
    await queryRunner.query(
      'CREATE TABLE "ar_ledger" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "entry_date" varchar(10) NOT NULL, "doc_type" varchar(20) NOT NULL, "doc_id" integer NOT NULL, "doc_number" varchar(20), "amount" bigint NOT NULL, "description" varchar(200), "created_at" varchar(32) NOT NULL)',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_ar_ledger_customer" ON "ar_ledger" ("customer_id", "entry_date", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "sales_returns" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(20), "status" varchar(12) NOT NULL, "customer_id" integer NOT NULL, "shipment_id" integer NOT NULL, "warehouse_id" integer NOT NULL, "return_date" varchar(10) NOT NULL, "reason" varchar(200) NOT NULL, "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0), "credit_note_id" integer, "approved_by" integer, "approved_at" varchar(32), "created_by" integer NOT NULL, "updated_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_sales_returns_number" UNIQUE ("number"))',
    );
    await queryRunner.query('CREATE INDEX "ix_sales_returns_customer" ON "sales_returns" ("customer_id") ');
    await queryRunner.query(
      'CREATE TABLE "sales_return_lines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "return_id" integer NOT NULL, "line_no" integer NOT NULL, "shipment_line_id" integer NOT NULL, "product_id" integer NOT NULL, "qty" bigint NOT NULL, "uninvoiced_total" bigint NOT NULL DEFAULT (0), "credited_total" bigint NOT NULL DEFAULT (0), "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_sales_return_lines_return" ON "sales_return_lines" ("return_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "statements" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "period_from" varchar(10) NOT NULL, "period_to" varchar(10) NOT NULL, "opening" bigint NOT NULL, "debits" bigint NOT NULL, "credits" bigint NOT NULL, "closing" bigint NOT NULL, "status" varchar(12) NOT NULL, "generated_by" integer NOT NULL, "generated_at" varchar(32) NOT NULL, "sent_at" varchar(32), "sent_by" integer, "sent_via" varchar(30), "confirmed_on" varchar(10), "confirmed_by_name" varchar(50), "confirmed_amount" bigint, "confirm_note" varchar(500), "recorded_by" integer, "scan_name" varchar(200), "scan_type" varchar(60), "scan_data" text)',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_statements_customer" ON "statements" ("customer_id", "period_to") ',
    );
    await queryRunner.query('DROP INDEX "ix_customers_updated"');
    await queryRunner.query('DROP INDEX "ix_customers_region"');
    await queryRunner.query('DROP INDEX "ix_customers_owner"');
    await queryRunner.query('DROP INDEX "ix_customers_name_key"');
    await queryRunner.query(
      'CREATE TABLE "temporary_customers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "legal_name" varchar(200) NOT NULL, "name_key" varchar(200) NOT NULL, "py" varchar(100) NOT NULL DEFAULT (\'\'), "short_name" varchar(50), "credit_code" varchar(18), "address" varchar(200), "phone" varchar(50), "bank_name" varchar(100), "bank_account" varchar(50), "customer_type" varchar(10) NOT NULL DEFAULT (\'cash\'), "grade" varchar(10) NOT NULL DEFAULT (\'general\'), "region_id" integer, "source" varchar(20), "tags" varchar(500) NOT NULL DEFAULT (\'\'), "owner_id" integer NOT NULL, "credit_limit" bigint NOT NULL DEFAULT (0), "credit_days" integer NOT NULL DEFAULT (0), "bad_record" boolean NOT NULL DEFAULT (0), "notes" text, "active" boolean NOT NULL DEFAULT (1), "created_by" integer, "updated_by" integer, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), "term_basis" varchar(12) NOT NULL DEFAULT (\'invoice\'), CONSTRAINT "uq_customers_credit_code" UNIQUE ("credit_code"), CONSTRAINT "uq_customers_legal_name" UNIQUE ("legal_name"), CONSTRAINT "uq_customers_code" UNIQUE ("code"), CONSTRAINT "fk_customers_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_customers_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_customers_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_customers_region_id" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_customers"("id", "code", "legal_name", "name_key", "py", "short_name", "credit_code", "address", "phone", "bank_name", "bank_account", "customer_type", "grade", "region_id", "source", "tags", "owner_id", "credit_limit", "credit_days", "bad_record", "notes", "active", "created_by", "updated_by", "created_at", "updated_at", "version") SELECT "id", "code", "legal_name", "name_key", "py", "short_name", "credit_code", "address", "phone", "bank_name", "bank_account", "customer_type", "grade", "region_id", "source", "tags", "owner_id", "credit_limit", "credit_days", "bad_record", "notes", "active", "created_by", "updated_by", "created_at", "updated_at", "version" FROM "customers"',
    );
    await queryRunner.query('DROP TABLE "customers"');
    await queryRunner.query('ALTER TABLE "temporary_customers" RENAME TO "customers"');
    await queryRunner.query('CREATE INDEX "ix_customers_updated" ON "customers" ("updated_at") ');
    await queryRunner.query('CREATE INDEX "ix_customers_region" ON "customers" ("region_id") ');
    await queryRunner.query('CREATE INDEX "ix_customers_owner" ON "customers" ("owner_id") ');
    await queryRunner.query('CREATE INDEX "ix_customers_name_key" ON "customers" ("name_key") ');
    await queryRunner.query('DROP INDEX "ix_sales_order_lines_product"');
    await queryRunner.query('DROP INDEX "ix_sales_order_lines_order"');
    await queryRunner.query(
      'CREATE TABLE "temporary_sales_order_lines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "order_id" integer NOT NULL, "line_no" integer NOT NULL, "product_id" integer NOT NULL, "name" varchar(100) NOT NULL, "spec" varchar(100), "unit" varchar(10) NOT NULL, "qty" bigint NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "tax_rate" integer NOT NULL, "amount" bigint NOT NULL, "tax" bigint NOT NULL, "total" bigint NOT NULL, "floor_price" bigint NOT NULL DEFAULT (0), "delivered_qty" bigint NOT NULL DEFAULT (0), "delivered_total" bigint NOT NULL DEFAULT (0), "invoiced_qty" bigint NOT NULL DEFAULT (0), "invoiced_total" bigint NOT NULL DEFAULT (0), "reserved_qty" bigint NOT NULL DEFAULT (0), "quotation_line_id" integer, "notes" varchar(200), "returned_qty" bigint NOT NULL DEFAULT (0), CONSTRAINT "fk_sales_order_lines_quotation_line_id" FOREIGN KEY ("quotation_line_id") REFERENCES "quotation_lines" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_sales_order_lines_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_sales_order_lines_order_id" FOREIGN KEY ("order_id") REFERENCES "sales_orders" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_sales_order_lines"("id", "order_id", "line_no", "product_id", "name", "spec", "unit", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total", "floor_price", "delivered_qty", "delivered_total", "invoiced_qty", "invoiced_total", "reserved_qty", "quotation_line_id", "notes") SELECT "id", "order_id", "line_no", "product_id", "name", "spec", "unit", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total", "floor_price", "delivered_qty", "delivered_total", "invoiced_qty", "invoiced_total", "reserved_qty", "quotation_line_id", "notes" FROM "sales_order_lines"',
    );
    await queryRunner.query('DROP TABLE "sales_order_lines"');
    await queryRunner.query('ALTER TABLE "temporary_sales_order_lines" RENAME TO "sales_order_lines"');
    await queryRunner.query(
      'CREATE INDEX "ix_sales_order_lines_product" ON "sales_order_lines" ("product_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_sales_order_lines_order" ON "sales_order_lines" ("order_id") ');
    await queryRunner.query('DROP INDEX "ix_shipment_lines_order_line"');
    await queryRunner.query('DROP INDEX "ix_shipment_lines_shipment"');
    await queryRunner.query(
      'CREATE TABLE "temporary_shipment_lines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "shipment_id" integer NOT NULL, "line_no" integer NOT NULL, "order_id" integer NOT NULL, "order_line_id" integer NOT NULL, "product_id" integer NOT NULL, "qty" bigint NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "tax_rate" integer NOT NULL, "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0), "invoiced_qty" bigint NOT NULL DEFAULT (0), "invoiced_total" bigint NOT NULL DEFAULT (0), "returned_qty" bigint NOT NULL DEFAULT (0), "returned_total" bigint NOT NULL DEFAULT (0), "credited_qty" bigint NOT NULL DEFAULT (0), "credited_total" bigint NOT NULL DEFAULT (0), CONSTRAINT "fk_shipment_lines_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_shipment_lines_order_line_id" FOREIGN KEY ("order_line_id") REFERENCES "sales_order_lines" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_shipment_lines_order_id" FOREIGN KEY ("order_id") REFERENCES "sales_orders" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_shipment_lines_shipment_id" FOREIGN KEY ("shipment_id") REFERENCES "shipments" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_shipment_lines"("id", "shipment_id", "line_no", "order_id", "order_line_id", "product_id", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total", "invoiced_qty", "invoiced_total", "returned_qty") SELECT "id", "shipment_id", "line_no", "order_id", "order_line_id", "product_id", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total", "invoiced_qty", "invoiced_total", "returned_qty" FROM "shipment_lines"',
    );
    await queryRunner.query('DROP TABLE "shipment_lines"');
    await queryRunner.query('ALTER TABLE "temporary_shipment_lines" RENAME TO "shipment_lines"');
    await queryRunner.query(
      'CREATE INDEX "ix_shipment_lines_order_line" ON "shipment_lines" ("order_line_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_shipment_lines_shipment" ON "shipment_lines" ("shipment_id") ');
    await queryRunner.query('DROP INDEX "ix_invoices_customer"');
    await queryRunner.query('DROP INDEX "ix_invoices_status"');
    await queryRunner.query('DROP INDEX "ix_invoices_due"');
    await queryRunner.query(
      'CREATE TABLE "temporary_invoices" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(12) NOT NULL, "number" varchar(20), "status" varchar(12) NOT NULL, "customer_id" integer NOT NULL, "salesperson_id" integer NOT NULL, "invoice_date" varchar(10) NOT NULL, "due_date" varchar(10), "delivered_on" varchar(10), "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0), "open_amount" bigint NOT NULL DEFAULT (0), "vat_invoice_no" varchar(40), "vat_invoice_date" varchar(10), "reason" varchar(200), "credit_kind" varchar(20), "target_invoice_id" integer, "return_id" integer, "notes" varchar(500), "submitted_at" varchar(32), "checked_by" integer, "checked_at" varchar(32), "approved_by" integer, "approved_at" varchar(32), "void_reason" varchar(200), "created_by" integer NOT NULL, "updated_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_invoices_number" UNIQUE ("number"), CONSTRAINT "fk_invoices_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_salesperson_id" FOREIGN KEY ("salesperson_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_target_invoice_id" FOREIGN KEY ("target_invoice_id") REFERENCES "invoices" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_checked_by" FOREIGN KEY ("checked_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_approved_by" FOREIGN KEY ("approved_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_invoices"("id", "kind", "number", "status", "customer_id", "salesperson_id", "invoice_date", "due_date", "delivered_on", "amount", "tax", "total", "open_amount", "vat_invoice_no", "vat_invoice_date", "reason", "credit_kind", "target_invoice_id", "return_id", "notes", "submitted_at", "checked_by", "checked_at", "approved_by", "approved_at", "void_reason", "created_by", "updated_by", "created_at", "updated_at", "version") SELECT "id", "kind", "number", "status", "customer_id", "salesperson_id", "invoice_date", "due_date", "delivered_on", "amount", "tax", "total", "open_amount", "vat_invoice_no", "vat_invoice_date", "reason", "credit_kind", "target_invoice_id", "return_id", "notes", "submitted_at", "checked_by", "checked_at", "approved_by", "approved_at", "void_reason", "created_by", "updated_by", "created_at", "updated_at", "version" FROM "invoices"',
    );
    await queryRunner.query('DROP TABLE "invoices"');
    await queryRunner.query('ALTER TABLE "temporary_invoices" RENAME TO "invoices"');
    await queryRunner.query(
      'CREATE INDEX "ix_invoices_customer" ON "invoices" ("customer_id", "status", "due_date") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_invoices_status" ON "invoices" ("status", "kind", "invoice_date") ',
    );
    await queryRunner.query('CREATE INDEX "ix_invoices_due" ON "invoices" ("kind", "status", "due_date") ');
    await queryRunner.query('DROP INDEX "ix_invoice_lines_invoice"');
    await queryRunner.query('DROP INDEX "ix_invoice_lines_shipment_line"');
    await queryRunner.query(
      'CREATE TABLE "temporary_invoice_lines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "invoice_id" integer NOT NULL, "line_no" integer NOT NULL, "shipment_line_id" integer, "order_line_id" integer, "product_id" integer, "description" varchar(200) NOT NULL, "unit" varchar(10), "qty" bigint NOT NULL DEFAULT (0), "unit_price" bigint NOT NULL DEFAULT (0), "discount_bp" integer NOT NULL DEFAULT (0), "tax_rate" integer NOT NULL DEFAULT (0), "amount" bigint NOT NULL, "tax" bigint NOT NULL, "total" bigint NOT NULL, CONSTRAINT "fk_invoice_lines_invoice_id" FOREIGN KEY ("invoice_id") REFERENCES "invoices" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoice_lines_shipment_line_id" FOREIGN KEY ("shipment_line_id") REFERENCES "shipment_lines" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoice_lines_order_line_id" FOREIGN KEY ("order_line_id") REFERENCES "sales_order_lines" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoice_lines_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_invoice_lines"("id", "invoice_id", "line_no", "shipment_line_id", "order_line_id", "product_id", "description", "unit", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total") SELECT "id", "invoice_id", "line_no", "shipment_line_id", "order_line_id", "product_id", "description", "unit", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total" FROM "invoice_lines"',
    );
    await queryRunner.query('DROP TABLE "invoice_lines"');
    await queryRunner.query('ALTER TABLE "temporary_invoice_lines" RENAME TO "invoice_lines"');
    await queryRunner.query('CREATE INDEX "ix_invoice_lines_invoice" ON "invoice_lines" ("invoice_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_invoice_lines_shipment_line" ON "invoice_lines" ("shipment_line_id") ',
    );
    await queryRunner.query('DROP INDEX "ix_receipts_customer"');
    await queryRunner.query('DROP INDEX "ix_receipts_date"');
    await queryRunner.query(
      'CREATE TABLE "temporary_receipts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(20), "status" varchar(12) NOT NULL, "customer_id" integer NOT NULL, "receipt_date" varchar(10) NOT NULL, "method" varchar(20) NOT NULL, "amount" bigint NOT NULL, "applied_total" bigint NOT NULL DEFAULT (0), "bank_account" varchar(60), "reference" varchar(60), "bill_no" varchar(40), "bill_maturity" varchar(10), "order_id" integer, "notes" varchar(500), "approved_by" integer, "approved_at" varchar(32), "reversed_by" integer, "reversed_at" varchar(32), "reversal_date" varchar(10), "reversal_reason" varchar(200), "created_by" integer NOT NULL, "updated_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_receipts_number" UNIQUE ("number"), CONSTRAINT "fk_receipts_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_receipts_order_id" FOREIGN KEY ("order_id") REFERENCES "sales_orders" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_receipts_approved_by" FOREIGN KEY ("approved_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_receipts_reversed_by" FOREIGN KEY ("reversed_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_receipts_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_receipts_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_receipts"("id", "number", "status", "customer_id", "receipt_date", "method", "amount", "applied_total", "bank_account", "reference", "bill_no", "bill_maturity", "order_id", "notes", "approved_by", "approved_at", "reversed_by", "reversed_at", "reversal_date", "reversal_reason", "created_by", "updated_by", "created_at", "updated_at", "version") SELECT "id", "number", "status", "customer_id", "receipt_date", "method", "amount", "applied_total", "bank_account", "reference", "bill_no", "bill_maturity", "order_id", "notes", "approved_by", "approved_at", "reversed_by", "reversed_at", "reversal_date", "reversal_reason", "created_by", "updated_by", "created_at", "updated_at", "version" FROM "receipts"',
    );
    await queryRunner.query('DROP TABLE "receipts"');
    await queryRunner.query('ALTER TABLE "temporary_receipts" RENAME TO "receipts"');
    await queryRunner.query('CREATE INDEX "ix_receipts_customer" ON "receipts" ("customer_id", "status") ');
    await queryRunner.query('CREATE INDEX "ix_receipts_date" ON "receipts" ("receipt_date") ');
    await queryRunner.query('DROP INDEX "ix_allocations_invoice"');
    await queryRunner.query('DROP INDEX "ix_allocations_source"');
    await queryRunner.query('DROP INDEX "ix_allocations_customer"');
    await queryRunner.query(
      'CREATE TABLE "temporary_allocations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "source_type" varchar(12) NOT NULL, "source_id" integer NOT NULL, "invoice_id" integer NOT NULL, "customer_id" integer NOT NULL, "amount" bigint NOT NULL, "effective_date" varchar(10) NOT NULL, "reversal_of" integer, "reversed" boolean NOT NULL DEFAULT (0), "reason" varchar(200), "created_by" integer, "created_at" varchar(32) NOT NULL, CONSTRAINT "fk_allocations_invoice_id" FOREIGN KEY ("invoice_id") REFERENCES "invoices" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_allocations_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_allocations_reversal_of" FOREIGN KEY ("reversal_of") REFERENCES "allocations" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_allocations_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_allocations"("id", "source_type", "source_id", "invoice_id", "customer_id", "amount", "effective_date", "reversal_of", "reversed", "reason", "created_by", "created_at") SELECT "id", "source_type", "source_id", "invoice_id", "customer_id", "amount", "effective_date", "reversal_of", "reversed", "reason", "created_by", "created_at" FROM "allocations"',
    );
    await queryRunner.query('DROP TABLE "allocations"');
    await queryRunner.query('ALTER TABLE "temporary_allocations" RENAME TO "allocations"');
    await queryRunner.query(
      'CREATE INDEX "ix_allocations_invoice" ON "allocations" ("invoice_id", "effective_date") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_allocations_source" ON "allocations" ("source_type", "source_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_allocations_customer" ON "allocations" ("customer_id") ');
    await queryRunner.query('DROP INDEX "ix_ar_ledger_customer"');
    await queryRunner.query(
      'CREATE TABLE "temporary_ar_ledger" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "entry_date" varchar(10) NOT NULL, "doc_type" varchar(20) NOT NULL, "doc_id" integer NOT NULL, "doc_number" varchar(20), "amount" bigint NOT NULL, "description" varchar(200), "created_at" varchar(32) NOT NULL, CONSTRAINT "fk_ar_ledger_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_ar_ledger"("id", "customer_id", "entry_date", "doc_type", "doc_id", "doc_number", "amount", "description", "created_at") SELECT "id", "customer_id", "entry_date", "doc_type", "doc_id", "doc_number", "amount", "description", "created_at" FROM "ar_ledger"',
    );
    await queryRunner.query('DROP TABLE "ar_ledger"');
    await queryRunner.query('ALTER TABLE "temporary_ar_ledger" RENAME TO "ar_ledger"');
    await queryRunner.query(
      'CREATE INDEX "ix_ar_ledger_customer" ON "ar_ledger" ("customer_id", "entry_date", "id") ',
    );
    await queryRunner.query('DROP INDEX "ix_sales_returns_customer"');
    await queryRunner.query(
      'CREATE TABLE "temporary_sales_returns" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(20), "status" varchar(12) NOT NULL, "customer_id" integer NOT NULL, "shipment_id" integer NOT NULL, "warehouse_id" integer NOT NULL, "return_date" varchar(10) NOT NULL, "reason" varchar(200) NOT NULL, "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0), "credit_note_id" integer, "approved_by" integer, "approved_at" varchar(32), "created_by" integer NOT NULL, "updated_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_sales_returns_number" UNIQUE ("number"), CONSTRAINT "fk_sales_returns_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_sales_returns_shipment_id" FOREIGN KEY ("shipment_id") REFERENCES "shipments" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_sales_returns_warehouse_id" FOREIGN KEY ("warehouse_id") REFERENCES "warehouses" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_sales_returns_credit_note_id" FOREIGN KEY ("credit_note_id") REFERENCES "invoices" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_sales_returns_approved_by" FOREIGN KEY ("approved_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_sales_returns_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_sales_returns_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_sales_returns"("id", "number", "status", "customer_id", "shipment_id", "warehouse_id", "return_date", "reason", "amount", "tax", "total", "credit_note_id", "approved_by", "approved_at", "created_by", "updated_by", "created_at", "updated_at", "version") SELECT "id", "number", "status", "customer_id", "shipment_id", "warehouse_id", "return_date", "reason", "amount", "tax", "total", "credit_note_id", "approved_by", "approved_at", "created_by", "updated_by", "created_at", "updated_at", "version" FROM "sales_returns"',
    );
    await queryRunner.query('DROP TABLE "sales_returns"');
    await queryRunner.query('ALTER TABLE "temporary_sales_returns" RENAME TO "sales_returns"');
    await queryRunner.query('CREATE INDEX "ix_sales_returns_customer" ON "sales_returns" ("customer_id") ');
    await queryRunner.query('DROP INDEX "ix_sales_return_lines_return"');
    await queryRunner.query(
      'CREATE TABLE "temporary_sales_return_lines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "return_id" integer NOT NULL, "line_no" integer NOT NULL, "shipment_line_id" integer NOT NULL, "product_id" integer NOT NULL, "qty" bigint NOT NULL, "uninvoiced_total" bigint NOT NULL DEFAULT (0), "credited_total" bigint NOT NULL DEFAULT (0), "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0), CONSTRAINT "fk_sales_return_lines_return_id" FOREIGN KEY ("return_id") REFERENCES "sales_returns" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_sales_return_lines_shipment_line_id" FOREIGN KEY ("shipment_line_id") REFERENCES "shipment_lines" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_sales_return_lines_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_sales_return_lines"("id", "return_id", "line_no", "shipment_line_id", "product_id", "qty", "uninvoiced_total", "credited_total", "amount", "tax", "total") SELECT "id", "return_id", "line_no", "shipment_line_id", "product_id", "qty", "uninvoiced_total", "credited_total", "amount", "tax", "total" FROM "sales_return_lines"',
    );
    await queryRunner.query('DROP TABLE "sales_return_lines"');
    await queryRunner.query('ALTER TABLE "temporary_sales_return_lines" RENAME TO "sales_return_lines"');
    await queryRunner.query(
      'CREATE INDEX "ix_sales_return_lines_return" ON "sales_return_lines" ("return_id") ',
    );
    await queryRunner.query('DROP INDEX "ix_statements_customer"');
    await queryRunner.query(
      'CREATE TABLE "temporary_statements" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "period_from" varchar(10) NOT NULL, "period_to" varchar(10) NOT NULL, "opening" bigint NOT NULL, "debits" bigint NOT NULL, "credits" bigint NOT NULL, "closing" bigint NOT NULL, "status" varchar(12) NOT NULL, "generated_by" integer NOT NULL, "generated_at" varchar(32) NOT NULL, "sent_at" varchar(32), "sent_by" integer, "sent_via" varchar(30), "confirmed_on" varchar(10), "confirmed_by_name" varchar(50), "confirmed_amount" bigint, "confirm_note" varchar(500), "recorded_by" integer, "scan_name" varchar(200), "scan_type" varchar(60), "scan_data" text, CONSTRAINT "fk_statements_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_statements_generated_by" FOREIGN KEY ("generated_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_statements_sent_by" FOREIGN KEY ("sent_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_statements_recorded_by" FOREIGN KEY ("recorded_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_statements"("id", "customer_id", "period_from", "period_to", "opening", "debits", "credits", "closing", "status", "generated_by", "generated_at", "sent_at", "sent_by", "sent_via", "confirmed_on", "confirmed_by_name", "confirmed_amount", "confirm_note", "recorded_by", "scan_name", "scan_type", "scan_data") SELECT "id", "customer_id", "period_from", "period_to", "opening", "debits", "credits", "closing", "status", "generated_by", "generated_at", "sent_at", "sent_by", "sent_via", "confirmed_on", "confirmed_by_name", "confirmed_amount", "confirm_note", "recorded_by", "scan_name", "scan_type", "scan_data" FROM "statements"',
    );
    await queryRunner.query('DROP TABLE "statements"');
    await queryRunner.query('ALTER TABLE "temporary_statements" RENAME TO "statements"');
    await queryRunner.query(
      'CREATE INDEX "ix_statements_customer" ON "statements" ("customer_id", "period_to") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_statements_customer"');
    await queryRunner.query('ALTER TABLE "statements" RENAME TO "temporary_statements"');
    await queryRunner.query(
      'CREATE TABLE "statements" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "period_from" varchar(10) NOT NULL, "period_to" varchar(10) NOT NULL, "opening" bigint NOT NULL, "debits" bigint NOT NULL, "credits" bigint NOT NULL, "closing" bigint NOT NULL, "status" varchar(12) NOT NULL, "generated_by" integer NOT NULL, "generated_at" varchar(32) NOT NULL, "sent_at" varchar(32), "sent_by" integer, "sent_via" varchar(30), "confirmed_on" varchar(10), "confirmed_by_name" varchar(50), "confirmed_amount" bigint, "confirm_note" varchar(500), "recorded_by" integer, "scan_name" varchar(200), "scan_type" varchar(60), "scan_data" text)',
    );
    await queryRunner.query(
      'INSERT INTO "statements"("id", "customer_id", "period_from", "period_to", "opening", "debits", "credits", "closing", "status", "generated_by", "generated_at", "sent_at", "sent_by", "sent_via", "confirmed_on", "confirmed_by_name", "confirmed_amount", "confirm_note", "recorded_by", "scan_name", "scan_type", "scan_data") SELECT "id", "customer_id", "period_from", "period_to", "opening", "debits", "credits", "closing", "status", "generated_by", "generated_at", "sent_at", "sent_by", "sent_via", "confirmed_on", "confirmed_by_name", "confirmed_amount", "confirm_note", "recorded_by", "scan_name", "scan_type", "scan_data" FROM "temporary_statements"',
    );
    await queryRunner.query('DROP TABLE "temporary_statements"');
    await queryRunner.query(
      'CREATE INDEX "ix_statements_customer" ON "statements" ("customer_id", "period_to") ',
    );
    await queryRunner.query('DROP INDEX "ix_sales_return_lines_return"');
    await queryRunner.query('ALTER TABLE "sales_return_lines" RENAME TO "temporary_sales_return_lines"');
    await queryRunner.query(
      'CREATE TABLE "sales_return_lines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "return_id" integer NOT NULL, "line_no" integer NOT NULL, "shipment_line_id" integer NOT NULL, "product_id" integer NOT NULL, "qty" bigint NOT NULL, "uninvoiced_total" bigint NOT NULL DEFAULT (0), "credited_total" bigint NOT NULL DEFAULT (0), "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'INSERT INTO "sales_return_lines"("id", "return_id", "line_no", "shipment_line_id", "product_id", "qty", "uninvoiced_total", "credited_total", "amount", "tax", "total") SELECT "id", "return_id", "line_no", "shipment_line_id", "product_id", "qty", "uninvoiced_total", "credited_total", "amount", "tax", "total" FROM "temporary_sales_return_lines"',
    );
    await queryRunner.query('DROP TABLE "temporary_sales_return_lines"');
    await queryRunner.query(
      'CREATE INDEX "ix_sales_return_lines_return" ON "sales_return_lines" ("return_id") ',
    );
    await queryRunner.query('DROP INDEX "ix_sales_returns_customer"');
    await queryRunner.query('ALTER TABLE "sales_returns" RENAME TO "temporary_sales_returns"');
    await queryRunner.query(
      'CREATE TABLE "sales_returns" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(20), "status" varchar(12) NOT NULL, "customer_id" integer NOT NULL, "shipment_id" integer NOT NULL, "warehouse_id" integer NOT NULL, "return_date" varchar(10) NOT NULL, "reason" varchar(200) NOT NULL, "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0), "credit_note_id" integer, "approved_by" integer, "approved_at" varchar(32), "created_by" integer NOT NULL, "updated_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_sales_returns_number" UNIQUE ("number"))',
    );
    await queryRunner.query(
      'INSERT INTO "sales_returns"("id", "number", "status", "customer_id", "shipment_id", "warehouse_id", "return_date", "reason", "amount", "tax", "total", "credit_note_id", "approved_by", "approved_at", "created_by", "updated_by", "created_at", "updated_at", "version") SELECT "id", "number", "status", "customer_id", "shipment_id", "warehouse_id", "return_date", "reason", "amount", "tax", "total", "credit_note_id", "approved_by", "approved_at", "created_by", "updated_by", "created_at", "updated_at", "version" FROM "temporary_sales_returns"',
    );
    await queryRunner.query('DROP TABLE "temporary_sales_returns"');
    await queryRunner.query('CREATE INDEX "ix_sales_returns_customer" ON "sales_returns" ("customer_id") ');
    await queryRunner.query('DROP INDEX "ix_ar_ledger_customer"');
    await queryRunner.query('ALTER TABLE "ar_ledger" RENAME TO "temporary_ar_ledger"');
    await queryRunner.query(
      'CREATE TABLE "ar_ledger" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "entry_date" varchar(10) NOT NULL, "doc_type" varchar(20) NOT NULL, "doc_id" integer NOT NULL, "doc_number" varchar(20), "amount" bigint NOT NULL, "description" varchar(200), "created_at" varchar(32) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "ar_ledger"("id", "customer_id", "entry_date", "doc_type", "doc_id", "doc_number", "amount", "description", "created_at") SELECT "id", "customer_id", "entry_date", "doc_type", "doc_id", "doc_number", "amount", "description", "created_at" FROM "temporary_ar_ledger"',
    );
    await queryRunner.query('DROP TABLE "temporary_ar_ledger"');
    await queryRunner.query(
      'CREATE INDEX "ix_ar_ledger_customer" ON "ar_ledger" ("customer_id", "entry_date", "id") ',
    );
    await queryRunner.query('DROP INDEX "ix_allocations_customer"');
    await queryRunner.query('DROP INDEX "ix_allocations_source"');
    await queryRunner.query('DROP INDEX "ix_allocations_invoice"');
    await queryRunner.query('ALTER TABLE "allocations" RENAME TO "temporary_allocations"');
    await queryRunner.query(
      'CREATE TABLE "allocations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "source_type" varchar(12) NOT NULL, "source_id" integer NOT NULL, "invoice_id" integer NOT NULL, "customer_id" integer NOT NULL, "amount" bigint NOT NULL, "effective_date" varchar(10) NOT NULL, "reversal_of" integer, "reversed" boolean NOT NULL DEFAULT (0), "reason" varchar(200), "created_by" integer, "created_at" varchar(32) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "allocations"("id", "source_type", "source_id", "invoice_id", "customer_id", "amount", "effective_date", "reversal_of", "reversed", "reason", "created_by", "created_at") SELECT "id", "source_type", "source_id", "invoice_id", "customer_id", "amount", "effective_date", "reversal_of", "reversed", "reason", "created_by", "created_at" FROM "temporary_allocations"',
    );
    await queryRunner.query('DROP TABLE "temporary_allocations"');
    await queryRunner.query('CREATE INDEX "ix_allocations_customer" ON "allocations" ("customer_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_allocations_source" ON "allocations" ("source_type", "source_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_allocations_invoice" ON "allocations" ("invoice_id", "effective_date") ',
    );
    await queryRunner.query('DROP INDEX "ix_receipts_date"');
    await queryRunner.query('DROP INDEX "ix_receipts_customer"');
    await queryRunner.query('ALTER TABLE "receipts" RENAME TO "temporary_receipts"');
    await queryRunner.query(
      'CREATE TABLE "receipts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(20), "status" varchar(12) NOT NULL, "customer_id" integer NOT NULL, "receipt_date" varchar(10) NOT NULL, "method" varchar(20) NOT NULL, "amount" bigint NOT NULL, "applied_total" bigint NOT NULL DEFAULT (0), "bank_account" varchar(60), "reference" varchar(60), "bill_no" varchar(40), "bill_maturity" varchar(10), "order_id" integer, "notes" varchar(500), "approved_by" integer, "approved_at" varchar(32), "reversed_by" integer, "reversed_at" varchar(32), "reversal_date" varchar(10), "reversal_reason" varchar(200), "created_by" integer NOT NULL, "updated_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_receipts_number" UNIQUE ("number"))',
    );
    await queryRunner.query(
      'INSERT INTO "receipts"("id", "number", "status", "customer_id", "receipt_date", "method", "amount", "applied_total", "bank_account", "reference", "bill_no", "bill_maturity", "order_id", "notes", "approved_by", "approved_at", "reversed_by", "reversed_at", "reversal_date", "reversal_reason", "created_by", "updated_by", "created_at", "updated_at", "version") SELECT "id", "number", "status", "customer_id", "receipt_date", "method", "amount", "applied_total", "bank_account", "reference", "bill_no", "bill_maturity", "order_id", "notes", "approved_by", "approved_at", "reversed_by", "reversed_at", "reversal_date", "reversal_reason", "created_by", "updated_by", "created_at", "updated_at", "version" FROM "temporary_receipts"',
    );
    await queryRunner.query('DROP TABLE "temporary_receipts"');
    await queryRunner.query('CREATE INDEX "ix_receipts_date" ON "receipts" ("receipt_date") ');
    await queryRunner.query('CREATE INDEX "ix_receipts_customer" ON "receipts" ("customer_id", "status") ');
    await queryRunner.query('DROP INDEX "ix_invoice_lines_shipment_line"');
    await queryRunner.query('DROP INDEX "ix_invoice_lines_invoice"');
    await queryRunner.query('ALTER TABLE "invoice_lines" RENAME TO "temporary_invoice_lines"');
    await queryRunner.query(
      'CREATE TABLE "invoice_lines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "invoice_id" integer NOT NULL, "line_no" integer NOT NULL, "shipment_line_id" integer, "order_line_id" integer, "product_id" integer, "description" varchar(200) NOT NULL, "unit" varchar(10), "qty" bigint NOT NULL DEFAULT (0), "unit_price" bigint NOT NULL DEFAULT (0), "discount_bp" integer NOT NULL DEFAULT (0), "tax_rate" integer NOT NULL DEFAULT (0), "amount" bigint NOT NULL, "tax" bigint NOT NULL, "total" bigint NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "invoice_lines"("id", "invoice_id", "line_no", "shipment_line_id", "order_line_id", "product_id", "description", "unit", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total") SELECT "id", "invoice_id", "line_no", "shipment_line_id", "order_line_id", "product_id", "description", "unit", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total" FROM "temporary_invoice_lines"',
    );
    await queryRunner.query('DROP TABLE "temporary_invoice_lines"');
    await queryRunner.query(
      'CREATE INDEX "ix_invoice_lines_shipment_line" ON "invoice_lines" ("shipment_line_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_invoice_lines_invoice" ON "invoice_lines" ("invoice_id") ');
    await queryRunner.query('DROP INDEX "ix_invoices_due"');
    await queryRunner.query('DROP INDEX "ix_invoices_status"');
    await queryRunner.query('DROP INDEX "ix_invoices_customer"');
    await queryRunner.query('ALTER TABLE "invoices" RENAME TO "temporary_invoices"');
    await queryRunner.query(
      'CREATE TABLE "invoices" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(12) NOT NULL, "number" varchar(20), "status" varchar(12) NOT NULL, "customer_id" integer NOT NULL, "salesperson_id" integer NOT NULL, "invoice_date" varchar(10) NOT NULL, "due_date" varchar(10), "delivered_on" varchar(10), "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0), "open_amount" bigint NOT NULL DEFAULT (0), "vat_invoice_no" varchar(40), "vat_invoice_date" varchar(10), "reason" varchar(200), "credit_kind" varchar(20), "target_invoice_id" integer, "return_id" integer, "notes" varchar(500), "submitted_at" varchar(32), "checked_by" integer, "checked_at" varchar(32), "approved_by" integer, "approved_at" varchar(32), "void_reason" varchar(200), "created_by" integer NOT NULL, "updated_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_invoices_number" UNIQUE ("number"))',
    );
    await queryRunner.query(
      'INSERT INTO "invoices"("id", "kind", "number", "status", "customer_id", "salesperson_id", "invoice_date", "due_date", "delivered_on", "amount", "tax", "total", "open_amount", "vat_invoice_no", "vat_invoice_date", "reason", "credit_kind", "target_invoice_id", "return_id", "notes", "submitted_at", "checked_by", "checked_at", "approved_by", "approved_at", "void_reason", "created_by", "updated_by", "created_at", "updated_at", "version") SELECT "id", "kind", "number", "status", "customer_id", "salesperson_id", "invoice_date", "due_date", "delivered_on", "amount", "tax", "total", "open_amount", "vat_invoice_no", "vat_invoice_date", "reason", "credit_kind", "target_invoice_id", "return_id", "notes", "submitted_at", "checked_by", "checked_at", "approved_by", "approved_at", "void_reason", "created_by", "updated_by", "created_at", "updated_at", "version" FROM "temporary_invoices"',
    );
    await queryRunner.query('DROP TABLE "temporary_invoices"');
    await queryRunner.query('CREATE INDEX "ix_invoices_due" ON "invoices" ("kind", "status", "due_date") ');
    await queryRunner.query(
      'CREATE INDEX "ix_invoices_status" ON "invoices" ("status", "kind", "invoice_date") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_invoices_customer" ON "invoices" ("customer_id", "status", "due_date") ',
    );
    await queryRunner.query('DROP INDEX "ix_shipment_lines_shipment"');
    await queryRunner.query('DROP INDEX "ix_shipment_lines_order_line"');
    await queryRunner.query('ALTER TABLE "shipment_lines" RENAME TO "temporary_shipment_lines"');
    await queryRunner.query(
      'CREATE TABLE "shipment_lines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "shipment_id" integer NOT NULL, "line_no" integer NOT NULL, "order_id" integer NOT NULL, "order_line_id" integer NOT NULL, "product_id" integer NOT NULL, "qty" bigint NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "tax_rate" integer NOT NULL, "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0), "invoiced_qty" bigint NOT NULL DEFAULT (0), "invoiced_total" bigint NOT NULL DEFAULT (0), "returned_qty" bigint NOT NULL DEFAULT (0), CONSTRAINT "fk_shipment_lines_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_shipment_lines_order_line_id" FOREIGN KEY ("order_line_id") REFERENCES "sales_order_lines" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_shipment_lines_order_id" FOREIGN KEY ("order_id") REFERENCES "sales_orders" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_shipment_lines_shipment_id" FOREIGN KEY ("shipment_id") REFERENCES "shipments" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "shipment_lines"("id", "shipment_id", "line_no", "order_id", "order_line_id", "product_id", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total", "invoiced_qty", "invoiced_total", "returned_qty") SELECT "id", "shipment_id", "line_no", "order_id", "order_line_id", "product_id", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total", "invoiced_qty", "invoiced_total", "returned_qty" FROM "temporary_shipment_lines"',
    );
    await queryRunner.query('DROP TABLE "temporary_shipment_lines"');
    await queryRunner.query('CREATE INDEX "ix_shipment_lines_shipment" ON "shipment_lines" ("shipment_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_shipment_lines_order_line" ON "shipment_lines" ("order_line_id") ',
    );
    await queryRunner.query('DROP INDEX "ix_sales_order_lines_order"');
    await queryRunner.query('DROP INDEX "ix_sales_order_lines_product"');
    await queryRunner.query('ALTER TABLE "sales_order_lines" RENAME TO "temporary_sales_order_lines"');
    await queryRunner.query(
      'CREATE TABLE "sales_order_lines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "order_id" integer NOT NULL, "line_no" integer NOT NULL, "product_id" integer NOT NULL, "name" varchar(100) NOT NULL, "spec" varchar(100), "unit" varchar(10) NOT NULL, "qty" bigint NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "tax_rate" integer NOT NULL, "amount" bigint NOT NULL, "tax" bigint NOT NULL, "total" bigint NOT NULL, "floor_price" bigint NOT NULL DEFAULT (0), "delivered_qty" bigint NOT NULL DEFAULT (0), "delivered_total" bigint NOT NULL DEFAULT (0), "invoiced_qty" bigint NOT NULL DEFAULT (0), "invoiced_total" bigint NOT NULL DEFAULT (0), "reserved_qty" bigint NOT NULL DEFAULT (0), "quotation_line_id" integer, "notes" varchar(200), CONSTRAINT "fk_sales_order_lines_quotation_line_id" FOREIGN KEY ("quotation_line_id") REFERENCES "quotation_lines" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_sales_order_lines_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_sales_order_lines_order_id" FOREIGN KEY ("order_id") REFERENCES "sales_orders" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "sales_order_lines"("id", "order_id", "line_no", "product_id", "name", "spec", "unit", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total", "floor_price", "delivered_qty", "delivered_total", "invoiced_qty", "invoiced_total", "reserved_qty", "quotation_line_id", "notes") SELECT "id", "order_id", "line_no", "product_id", "name", "spec", "unit", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total", "floor_price", "delivered_qty", "delivered_total", "invoiced_qty", "invoiced_total", "reserved_qty", "quotation_line_id", "notes" FROM "temporary_sales_order_lines"',
    );
    await queryRunner.query('DROP TABLE "temporary_sales_order_lines"');
    await queryRunner.query('CREATE INDEX "ix_sales_order_lines_order" ON "sales_order_lines" ("order_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_sales_order_lines_product" ON "sales_order_lines" ("product_id") ',
    );
    await queryRunner.query('DROP INDEX "ix_customers_name_key"');
    await queryRunner.query('DROP INDEX "ix_customers_owner"');
    await queryRunner.query('DROP INDEX "ix_customers_region"');
    await queryRunner.query('DROP INDEX "ix_customers_updated"');
    await queryRunner.query('ALTER TABLE "customers" RENAME TO "temporary_customers"');
    await queryRunner.query(
      'CREATE TABLE "customers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "legal_name" varchar(200) NOT NULL, "name_key" varchar(200) NOT NULL, "py" varchar(100) NOT NULL DEFAULT (\'\'), "short_name" varchar(50), "credit_code" varchar(18), "address" varchar(200), "phone" varchar(50), "bank_name" varchar(100), "bank_account" varchar(50), "customer_type" varchar(10) NOT NULL DEFAULT (\'cash\'), "grade" varchar(10) NOT NULL DEFAULT (\'general\'), "region_id" integer, "source" varchar(20), "tags" varchar(500) NOT NULL DEFAULT (\'\'), "owner_id" integer NOT NULL, "credit_limit" bigint NOT NULL DEFAULT (0), "credit_days" integer NOT NULL DEFAULT (0), "bad_record" boolean NOT NULL DEFAULT (0), "notes" text, "active" boolean NOT NULL DEFAULT (1), "created_by" integer, "updated_by" integer, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_customers_credit_code" UNIQUE ("credit_code"), CONSTRAINT "uq_customers_legal_name" UNIQUE ("legal_name"), CONSTRAINT "uq_customers_code" UNIQUE ("code"), CONSTRAINT "fk_customers_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_customers_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_customers_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_customers_region_id" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "customers"("id", "code", "legal_name", "name_key", "py", "short_name", "credit_code", "address", "phone", "bank_name", "bank_account", "customer_type", "grade", "region_id", "source", "tags", "owner_id", "credit_limit", "credit_days", "bad_record", "notes", "active", "created_by", "updated_by", "created_at", "updated_at", "version") SELECT "id", "code", "legal_name", "name_key", "py", "short_name", "credit_code", "address", "phone", "bank_name", "bank_account", "customer_type", "grade", "region_id", "source", "tags", "owner_id", "credit_limit", "credit_days", "bad_record", "notes", "active", "created_by", "updated_by", "created_at", "updated_at", "version" FROM "temporary_customers"',
    );
    await queryRunner.query('DROP TABLE "temporary_customers"');
    await queryRunner.query('CREATE INDEX "ix_customers_name_key" ON "customers" ("name_key") ');
    await queryRunner.query('CREATE INDEX "ix_customers_owner" ON "customers" ("owner_id") ');
    await queryRunner.query('CREATE INDEX "ix_customers_region" ON "customers" ("region_id") ');
    await queryRunner.query('CREATE INDEX "ix_customers_updated" ON "customers" ("updated_at") ');
    await queryRunner.query('DROP INDEX "ix_statements_customer"');
    await queryRunner.query('DROP TABLE "statements"');
    await queryRunner.query('DROP INDEX "ix_sales_return_lines_return"');
    await queryRunner.query('DROP TABLE "sales_return_lines"');
    await queryRunner.query('DROP INDEX "ix_sales_returns_customer"');
    await queryRunner.query('DROP TABLE "sales_returns"');
    await queryRunner.query('DROP INDEX "ix_ar_ledger_customer"');
    await queryRunner.query('DROP TABLE "ar_ledger"');
    await queryRunner.query('DROP INDEX "ix_allocations_customer"');
    await queryRunner.query('DROP INDEX "ix_allocations_source"');
    await queryRunner.query('DROP INDEX "ix_allocations_invoice"');
    await queryRunner.query('DROP TABLE "allocations"');
    await queryRunner.query('DROP INDEX "ix_receipts_date"');
    await queryRunner.query('DROP INDEX "ix_receipts_customer"');
    await queryRunner.query('DROP TABLE "receipts"');
    await queryRunner.query('DROP INDEX "ix_invoice_lines_shipment_line"');
    await queryRunner.query('DROP INDEX "ix_invoice_lines_invoice"');
    await queryRunner.query('DROP TABLE "invoice_lines"');
    await queryRunner.query('DROP INDEX "ix_invoices_due"');
    await queryRunner.query('DROP INDEX "ix_invoices_status"');
    await queryRunner.query('DROP INDEX "ix_invoices_customer"');
    await queryRunner.query('DROP TABLE "invoices"');
  }
}
