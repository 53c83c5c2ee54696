import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OpeningData1795393324759 implements MigrationInterface {
  name = 'OpeningData1795393324759';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "temporary_customer_prices" ("customer_id" integer NOT NULL, "product_id" integer NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "order_id" integer NOT NULL, "order_date" varchar(10) NOT NULL, CONSTRAINT "fk_customer_prices_order_id" FOREIGN KEY ("order_id") REFERENCES "sales_orders" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_customer_prices_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_customer_prices_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, PRIMARY KEY ("customer_id", "product_id"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_customer_prices"("customer_id", "product_id", "unit_price", "discount_bp", "order_id", "order_date") SELECT "customer_id", "product_id", "unit_price", "discount_bp", "order_id", "order_date" FROM "customer_prices"',
    );
    await queryRunner.query('DROP TABLE "customer_prices"');
    await queryRunner.query('ALTER TABLE "temporary_customer_prices" RENAME TO "customer_prices"');
    await queryRunner.query('DROP INDEX "ix_invoices_due"');
    await queryRunner.query('DROP INDEX "ix_invoices_status"');
    await queryRunner.query('DROP INDEX "ix_invoices_customer"');
    await queryRunner.query(
      'CREATE TABLE "temporary_invoices" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(12) NOT NULL, "number" varchar(20), "status" varchar(12) NOT NULL, "customer_id" integer NOT NULL, "salesperson_id" integer NOT NULL, "invoice_date" varchar(10) NOT NULL, "due_date" varchar(10), "delivered_on" varchar(10), "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0), "open_amount" bigint NOT NULL DEFAULT (0), "vat_invoice_no" varchar(40), "vat_invoice_date" varchar(10), "reason" varchar(200), "credit_kind" varchar(20), "target_invoice_id" integer, "return_id" integer, "notes" varchar(500), "submitted_at" varchar(32), "checked_by" integer, "checked_at" varchar(32), "approved_by" integer, "approved_at" varchar(32), "void_reason" varchar(200), "created_by" integer NOT NULL, "updated_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), "opening" boolean NOT NULL DEFAULT (0), "legacy_number" varchar(40), CONSTRAINT "uq_invoices_number" UNIQUE ("number"), CONSTRAINT "fk_invoices_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_approved_by" FOREIGN KEY ("approved_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_checked_by" FOREIGN KEY ("checked_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_target_invoice_id" FOREIGN KEY ("target_invoice_id") REFERENCES "invoices" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_salesperson_id" FOREIGN KEY ("salesperson_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_invoices"("id", "kind", "number", "status", "customer_id", "salesperson_id", "invoice_date", "due_date", "delivered_on", "amount", "tax", "total", "open_amount", "vat_invoice_no", "vat_invoice_date", "reason", "credit_kind", "target_invoice_id", "return_id", "notes", "submitted_at", "checked_by", "checked_at", "approved_by", "approved_at", "void_reason", "created_by", "updated_by", "created_at", "updated_at", "version") SELECT "id", "kind", "number", "status", "customer_id", "salesperson_id", "invoice_date", "due_date", "delivered_on", "amount", "tax", "total", "open_amount", "vat_invoice_no", "vat_invoice_date", "reason", "credit_kind", "target_invoice_id", "return_id", "notes", "submitted_at", "checked_by", "checked_at", "approved_by", "approved_at", "void_reason", "created_by", "updated_by", "created_at", "updated_at", "version" FROM "invoices"',
    );
    await queryRunner.query('DROP TABLE "invoices"');
    await queryRunner.query('ALTER TABLE "temporary_invoices" RENAME TO "invoices"');
    await queryRunner.query('CREATE INDEX "ix_invoices_due" ON "invoices" ("kind", "status", "due_date") ');
    await queryRunner.query(
      'CREATE INDEX "ix_invoices_status" ON "invoices" ("status", "kind", "invoice_date") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_invoices_customer" ON "invoices" ("customer_id", "status", "due_date") ',
    );
    await queryRunner.query(
      'CREATE TABLE "temporary_customer_prices" ("customer_id" integer NOT NULL, "product_id" integer NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "order_id" integer NOT NULL, "order_date" varchar(10) NOT NULL, PRIMARY KEY ("customer_id", "product_id"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_customer_prices"("customer_id", "product_id", "unit_price", "discount_bp", "order_id", "order_date") SELECT "customer_id", "product_id", "unit_price", "discount_bp", "order_id", "order_date" FROM "customer_prices"',
    );
    await queryRunner.query('DROP TABLE "customer_prices"');
    await queryRunner.query('ALTER TABLE "temporary_customer_prices" RENAME TO "customer_prices"');
    await queryRunner.query(
      'CREATE TABLE "temporary_customer_prices" ("customer_id" integer NOT NULL, "product_id" integer NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "order_id" integer, "order_date" varchar(10) NOT NULL, PRIMARY KEY ("customer_id", "product_id"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_customer_prices"("customer_id", "product_id", "unit_price", "discount_bp", "order_id", "order_date") SELECT "customer_id", "product_id", "unit_price", "discount_bp", "order_id", "order_date" FROM "customer_prices"',
    );
    await queryRunner.query('DROP TABLE "customer_prices"');
    await queryRunner.query('ALTER TABLE "temporary_customer_prices" RENAME TO "customer_prices"');
    await queryRunner.query('DROP INDEX "ix_invoices_due"');
    await queryRunner.query('DROP INDEX "ix_invoices_status"');
    await queryRunner.query('DROP INDEX "ix_invoices_customer"');
    await queryRunner.query(
      'CREATE TABLE "temporary_invoices" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(12) NOT NULL, "number" varchar(20), "status" varchar(12) NOT NULL, "customer_id" integer NOT NULL, "salesperson_id" integer NOT NULL, "invoice_date" varchar(10) NOT NULL, "due_date" varchar(10), "delivered_on" varchar(10), "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0), "open_amount" bigint NOT NULL DEFAULT (0), "vat_invoice_no" varchar(40), "vat_invoice_date" varchar(10), "reason" varchar(200), "credit_kind" varchar(20), "target_invoice_id" integer, "return_id" integer, "notes" varchar(500), "submitted_at" varchar(32), "checked_by" integer, "checked_at" varchar(32), "approved_by" integer, "approved_at" varchar(32), "void_reason" varchar(200), "created_by" integer NOT NULL, "updated_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), "opening" boolean NOT NULL DEFAULT (0), "legacy_number" varchar(40), CONSTRAINT "uq_invoices_number" UNIQUE ("number"), CONSTRAINT "uq_invoices_legacy_number" UNIQUE ("customer_id", "legacy_number"), CONSTRAINT "fk_invoices_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_approved_by" FOREIGN KEY ("approved_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_checked_by" FOREIGN KEY ("checked_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_target_invoice_id" FOREIGN KEY ("target_invoice_id") REFERENCES "invoices" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_salesperson_id" FOREIGN KEY ("salesperson_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_invoices"("id", "kind", "number", "status", "customer_id", "salesperson_id", "invoice_date", "due_date", "delivered_on", "amount", "tax", "total", "open_amount", "vat_invoice_no", "vat_invoice_date", "reason", "credit_kind", "target_invoice_id", "return_id", "notes", "submitted_at", "checked_by", "checked_at", "approved_by", "approved_at", "void_reason", "created_by", "updated_by", "created_at", "updated_at", "version", "opening", "legacy_number") SELECT "id", "kind", "number", "status", "customer_id", "salesperson_id", "invoice_date", "due_date", "delivered_on", "amount", "tax", "total", "open_amount", "vat_invoice_no", "vat_invoice_date", "reason", "credit_kind", "target_invoice_id", "return_id", "notes", "submitted_at", "checked_by", "checked_at", "approved_by", "approved_at", "void_reason", "created_by", "updated_by", "created_at", "updated_at", "version", "opening", "legacy_number" FROM "invoices"',
    );
    await queryRunner.query('DROP TABLE "invoices"');
    await queryRunner.query('ALTER TABLE "temporary_invoices" RENAME TO "invoices"');
    await queryRunner.query('CREATE INDEX "ix_invoices_due" ON "invoices" ("kind", "status", "due_date") ');
    await queryRunner.query(
      'CREATE INDEX "ix_invoices_status" ON "invoices" ("status", "kind", "invoice_date") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_invoices_customer" ON "invoices" ("customer_id", "status", "due_date") ',
    );
    await queryRunner.query(
      'CREATE TABLE "temporary_customer_prices" ("customer_id" integer NOT NULL, "product_id" integer NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "order_id" integer, "order_date" varchar(10) NOT NULL, CONSTRAINT "fk_customer_prices_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_customer_prices_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_customer_prices_order_id" FOREIGN KEY ("order_id") REFERENCES "sales_orders" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, PRIMARY KEY ("customer_id", "product_id"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_customer_prices"("customer_id", "product_id", "unit_price", "discount_bp", "order_id", "order_date") SELECT "customer_id", "product_id", "unit_price", "discount_bp", "order_id", "order_date" FROM "customer_prices"',
    );
    await queryRunner.query('DROP TABLE "customer_prices"');
    await queryRunner.query('ALTER TABLE "temporary_customer_prices" RENAME TO "customer_prices"');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "customer_prices" RENAME TO "temporary_customer_prices"');
    await queryRunner.query(
      'CREATE TABLE "customer_prices" ("customer_id" integer NOT NULL, "product_id" integer NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "order_id" integer, "order_date" varchar(10) NOT NULL, PRIMARY KEY ("customer_id", "product_id"))',
    );
    await queryRunner.query(
      'INSERT INTO "customer_prices"("customer_id", "product_id", "unit_price", "discount_bp", "order_id", "order_date") SELECT "customer_id", "product_id", "unit_price", "discount_bp", "order_id", "order_date" FROM "temporary_customer_prices"',
    );
    await queryRunner.query('DROP TABLE "temporary_customer_prices"');
    await queryRunner.query('DROP INDEX "ix_invoices_customer"');
    await queryRunner.query('DROP INDEX "ix_invoices_status"');
    await queryRunner.query('DROP INDEX "ix_invoices_due"');
    await queryRunner.query('ALTER TABLE "invoices" RENAME TO "temporary_invoices"');
    await queryRunner.query(
      'CREATE TABLE "invoices" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(12) NOT NULL, "number" varchar(20), "status" varchar(12) NOT NULL, "customer_id" integer NOT NULL, "salesperson_id" integer NOT NULL, "invoice_date" varchar(10) NOT NULL, "due_date" varchar(10), "delivered_on" varchar(10), "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0), "open_amount" bigint NOT NULL DEFAULT (0), "vat_invoice_no" varchar(40), "vat_invoice_date" varchar(10), "reason" varchar(200), "credit_kind" varchar(20), "target_invoice_id" integer, "return_id" integer, "notes" varchar(500), "submitted_at" varchar(32), "checked_by" integer, "checked_at" varchar(32), "approved_by" integer, "approved_at" varchar(32), "void_reason" varchar(200), "created_by" integer NOT NULL, "updated_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), "opening" boolean NOT NULL DEFAULT (0), "legacy_number" varchar(40), CONSTRAINT "uq_invoices_number" UNIQUE ("number"), CONSTRAINT "fk_invoices_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_approved_by" FOREIGN KEY ("approved_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_checked_by" FOREIGN KEY ("checked_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_target_invoice_id" FOREIGN KEY ("target_invoice_id") REFERENCES "invoices" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_salesperson_id" FOREIGN KEY ("salesperson_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "invoices"("id", "kind", "number", "status", "customer_id", "salesperson_id", "invoice_date", "due_date", "delivered_on", "amount", "tax", "total", "open_amount", "vat_invoice_no", "vat_invoice_date", "reason", "credit_kind", "target_invoice_id", "return_id", "notes", "submitted_at", "checked_by", "checked_at", "approved_by", "approved_at", "void_reason", "created_by", "updated_by", "created_at", "updated_at", "version", "opening", "legacy_number") SELECT "id", "kind", "number", "status", "customer_id", "salesperson_id", "invoice_date", "due_date", "delivered_on", "amount", "tax", "total", "open_amount", "vat_invoice_no", "vat_invoice_date", "reason", "credit_kind", "target_invoice_id", "return_id", "notes", "submitted_at", "checked_by", "checked_at", "approved_by", "approved_at", "void_reason", "created_by", "updated_by", "created_at", "updated_at", "version", "opening", "legacy_number" FROM "temporary_invoices"',
    );
    await queryRunner.query('DROP TABLE "temporary_invoices"');
    await queryRunner.query(
      'CREATE INDEX "ix_invoices_customer" ON "invoices" ("customer_id", "status", "due_date") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_invoices_status" ON "invoices" ("status", "kind", "invoice_date") ',
    );
    await queryRunner.query('CREATE INDEX "ix_invoices_due" ON "invoices" ("kind", "status", "due_date") ');
    await queryRunner.query('ALTER TABLE "customer_prices" RENAME TO "temporary_customer_prices"');
    await queryRunner.query(
      'CREATE TABLE "customer_prices" ("customer_id" integer NOT NULL, "product_id" integer NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "order_id" integer NOT NULL, "order_date" varchar(10) NOT NULL, PRIMARY KEY ("customer_id", "product_id"))',
    );
    await queryRunner.query(
      'INSERT INTO "customer_prices"("customer_id", "product_id", "unit_price", "discount_bp", "order_id", "order_date") SELECT "customer_id", "product_id", "unit_price", "discount_bp", "order_id", "order_date" FROM "temporary_customer_prices"',
    );
    await queryRunner.query('DROP TABLE "temporary_customer_prices"');
    await queryRunner.query('ALTER TABLE "customer_prices" RENAME TO "temporary_customer_prices"');
    await queryRunner.query(
      'CREATE TABLE "customer_prices" ("customer_id" integer NOT NULL, "product_id" integer NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "order_id" integer NOT NULL, "order_date" varchar(10) NOT NULL, CONSTRAINT "fk_customer_prices_order_id" FOREIGN KEY ("order_id") REFERENCES "sales_orders" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, PRIMARY KEY ("customer_id", "product_id"))',
    );
    await queryRunner.query(
      'INSERT INTO "customer_prices"("customer_id", "product_id", "unit_price", "discount_bp", "order_id", "order_date") SELECT "customer_id", "product_id", "unit_price", "discount_bp", "order_id", "order_date" FROM "temporary_customer_prices"',
    );
    await queryRunner.query('DROP TABLE "temporary_customer_prices"');
    await queryRunner.query('DROP INDEX "ix_invoices_customer"');
    await queryRunner.query('DROP INDEX "ix_invoices_status"');
    await queryRunner.query('DROP INDEX "ix_invoices_due"');
    await queryRunner.query('ALTER TABLE "invoices" RENAME TO "temporary_invoices"');
    await queryRunner.query(
      'CREATE TABLE "invoices" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(12) NOT NULL, "number" varchar(20), "status" varchar(12) NOT NULL, "customer_id" integer NOT NULL, "salesperson_id" integer NOT NULL, "invoice_date" varchar(10) NOT NULL, "due_date" varchar(10), "delivered_on" varchar(10), "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0), "open_amount" bigint NOT NULL DEFAULT (0), "vat_invoice_no" varchar(40), "vat_invoice_date" varchar(10), "reason" varchar(200), "credit_kind" varchar(20), "target_invoice_id" integer, "return_id" integer, "notes" varchar(500), "submitted_at" varchar(32), "checked_by" integer, "checked_at" varchar(32), "approved_by" integer, "approved_at" varchar(32), "void_reason" varchar(200), "created_by" integer NOT NULL, "updated_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_invoices_number" UNIQUE ("number"), CONSTRAINT "fk_invoices_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_approved_by" FOREIGN KEY ("approved_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_checked_by" FOREIGN KEY ("checked_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_target_invoice_id" FOREIGN KEY ("target_invoice_id") REFERENCES "invoices" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_salesperson_id" FOREIGN KEY ("salesperson_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_invoices_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "invoices"("id", "kind", "number", "status", "customer_id", "salesperson_id", "invoice_date", "due_date", "delivered_on", "amount", "tax", "total", "open_amount", "vat_invoice_no", "vat_invoice_date", "reason", "credit_kind", "target_invoice_id", "return_id", "notes", "submitted_at", "checked_by", "checked_at", "approved_by", "approved_at", "void_reason", "created_by", "updated_by", "created_at", "updated_at", "version") SELECT "id", "kind", "number", "status", "customer_id", "salesperson_id", "invoice_date", "due_date", "delivered_on", "amount", "tax", "total", "open_amount", "vat_invoice_no", "vat_invoice_date", "reason", "credit_kind", "target_invoice_id", "return_id", "notes", "submitted_at", "checked_by", "checked_at", "approved_by", "approved_at", "void_reason", "created_by", "updated_by", "created_at", "updated_at", "version" FROM "temporary_invoices"',
    );
    await queryRunner.query('DROP TABLE "temporary_invoices"');
    await queryRunner.query(
      'CREATE INDEX "ix_invoices_customer" ON "invoices" ("customer_id", "status", "due_date") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_invoices_status" ON "invoices" ("status", "kind", "invoice_date") ',
    );
    await queryRunner.query('CREATE INDEX "ix_invoices_due" ON "invoices" ("kind", "status", "due_date") ');
    await queryRunner.query('ALTER TABLE "customer_prices" RENAME TO "temporary_customer_prices"');
    await queryRunner.query(
      'CREATE TABLE "customer_prices" ("customer_id" integer NOT NULL, "product_id" integer NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "order_id" integer NOT NULL, "order_date" varchar(10) NOT NULL, CONSTRAINT "fk_customer_prices_order_id" FOREIGN KEY ("order_id") REFERENCES "sales_orders" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_customer_prices_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_customer_prices_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, PRIMARY KEY ("customer_id", "product_id"))',
    );
    await queryRunner.query(
      'INSERT INTO "customer_prices"("customer_id", "product_id", "unit_price", "discount_bp", "order_id", "order_date") SELECT "customer_id", "product_id", "unit_price", "discount_bp", "order_id", "order_date" FROM "temporary_customer_prices"',
    );
    await queryRunner.query('DROP TABLE "temporary_customer_prices"');
  }
}
