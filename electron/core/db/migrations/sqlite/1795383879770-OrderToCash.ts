import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrderToCash1795383879770 implements MigrationInterface {
  name = 'OrderToCash1795383879770';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "stock" ("product_id" integer NOT NULL, "warehouse_id" integer NOT NULL, "on_hand" bigint NOT NULL DEFAULT (0), "reserved" bigint NOT NULL DEFAULT (0), "updated_at" varchar(32) NOT NULL, PRIMARY KEY ("product_id", "warehouse_id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_stock_warehouse" ON "stock" ("warehouse_id") ');
    await queryRunner.query(
      'CREATE TABLE "stock_adjustments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(20) NOT NULL, "kind" varchar(12) NOT NULL, "warehouse_id" integer NOT NULL, "doc_date" varchar(10) NOT NULL, "reason" varchar(200) NOT NULL, "created_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, CONSTRAINT "uq_stock_adjustments_number" UNIQUE ("number"))',
    );
    await queryRunner.query(
      'CREATE TABLE "stock_moves" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "product_id" integer NOT NULL, "warehouse_id" integer NOT NULL, "qty" bigint NOT NULL, "doc_type" varchar(20) NOT NULL, "doc_id" integer NOT NULL, "doc_number" varchar(20), "moved_at" varchar(32) NOT NULL, "created_by" integer)',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_stock_moves_product" ON "stock_moves" ("product_id", "warehouse_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_stock_moves_doc" ON "stock_moves" ("doc_type", "doc_id") ');
    await queryRunner.query(
      'CREATE TABLE "quotations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(20), "status" varchar(12) NOT NULL, "customer_id" integer NOT NULL, "contact_id" integer, "salesperson_id" integer NOT NULL, "quote_date" varchar(10) NOT NULL, "valid_until" varchar(10), "terms" varchar(1000), "notes" varchar(1000), "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0), "needs_approval" boolean NOT NULL DEFAULT (0), "approval_reason" varchar(500), "reject_reason" varchar(200), "void_reason" varchar(200), "approved_by" integer, "approved_at" varchar(32), "created_by" integer NOT NULL, "updated_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_quotations_number" UNIQUE ("number"))',
    );
    await queryRunner.query('CREATE INDEX "ix_quotations_customer" ON "quotations" ("customer_id") ');
    await queryRunner.query('CREATE INDEX "ix_quotations_status" ON "quotations" ("status", "quote_date") ');
    await queryRunner.query('CREATE INDEX "ix_quotations_salesperson" ON "quotations" ("salesperson_id") ');
    await queryRunner.query(
      'CREATE TABLE "quotation_lines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "quotation_id" integer NOT NULL, "line_no" integer NOT NULL, "product_id" integer NOT NULL, "name" varchar(100) NOT NULL, "spec" varchar(100), "unit" varchar(10) NOT NULL, "qty" bigint NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "tax_rate" integer NOT NULL, "amount" bigint NOT NULL, "tax" bigint NOT NULL, "total" bigint NOT NULL, "floor_price" bigint NOT NULL DEFAULT (0), "converted_qty" bigint NOT NULL DEFAULT (0), "notes" varchar(200))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_quotation_lines_quotation" ON "quotation_lines" ("quotation_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "sales_orders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(20), "status" varchar(12) NOT NULL, "customer_id" integer NOT NULL, "contact_id" integer, "salesperson_id" integer NOT NULL, "quotation_id" integer, "order_date" varchar(10) NOT NULL, "delivery_date" varchar(10), "warehouse_id" integer NOT NULL, "customer_type" varchar(10) NOT NULL, "credit_days" integer NOT NULL DEFAULT (0), "delivery_address" varchar(200), "receiver" varchar(50), "receiver_phone" varchar(30), "customer_po" varchar(50), "notes" varchar(1000), "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0), "delivered_total" bigint NOT NULL DEFAULT (0), "invoiced_total" bigint NOT NULL DEFAULT (0), "per_delivered" integer NOT NULL DEFAULT (0), "per_billed" integer NOT NULL DEFAULT (0), "needs_approval" boolean NOT NULL DEFAULT (0), "approval_reason" varchar(500), "credit_status" varchar(12), "credit_reason" varchar(500), "credit_snapshot" text, "credit_checked_at" varchar(32), "released_by" integer, "released_at" varchar(32), "release_reason" varchar(200), "reject_reason" varchar(200), "approved_by" integer, "approved_at" varchar(32), "closed_at" varchar(32), "close_reason" varchar(200), "void_reason" varchar(200), "submitted_at" varchar(32), "created_by" integer NOT NULL, "updated_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_sales_orders_number" UNIQUE ("number"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_sales_orders_customer" ON "sales_orders" ("customer_id", "status") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_sales_orders_status" ON "sales_orders" ("status", "delivery_date") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_sales_orders_salesperson" ON "sales_orders" ("salesperson_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_sales_orders_date" ON "sales_orders" ("order_date") ');
    await queryRunner.query(
      'CREATE TABLE "sales_order_lines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "order_id" integer NOT NULL, "line_no" integer NOT NULL, "product_id" integer NOT NULL, "name" varchar(100) NOT NULL, "spec" varchar(100), "unit" varchar(10) NOT NULL, "qty" bigint NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "tax_rate" integer NOT NULL, "amount" bigint NOT NULL, "tax" bigint NOT NULL, "total" bigint NOT NULL, "floor_price" bigint NOT NULL DEFAULT (0), "delivered_qty" bigint NOT NULL DEFAULT (0), "delivered_total" bigint NOT NULL DEFAULT (0), "invoiced_qty" bigint NOT NULL DEFAULT (0), "invoiced_total" bigint NOT NULL DEFAULT (0), "reserved_qty" bigint NOT NULL DEFAULT (0), "quotation_line_id" integer, "notes" varchar(200))',
    );
    await queryRunner.query('CREATE INDEX "ix_sales_order_lines_order" ON "sales_order_lines" ("order_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_sales_order_lines_product" ON "sales_order_lines" ("product_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "shipments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(20), "status" varchar(12) NOT NULL, "customer_id" integer NOT NULL, "warehouse_id" integer NOT NULL, "ship_date" varchar(10) NOT NULL, "carrier" varchar(50), "vehicle_no" varchar(30), "waybill_no" varchar(50), "receiver" varchar(50), "receiver_phone" varchar(30), "delivery_address" varchar(200), "collect_on_delivery" boolean NOT NULL DEFAULT (0), "notes" varchar(500), "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0), "invoiced_total" bigint NOT NULL DEFAULT (0), "approved_by" integer, "approved_at" varchar(32), "void_reason" varchar(200), "voided_at" varchar(32), "created_by" integer NOT NULL, "updated_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_shipments_number" UNIQUE ("number"))',
    );
    await queryRunner.query('CREATE INDEX "ix_shipments_customer" ON "shipments" ("customer_id") ');
    await queryRunner.query('CREATE INDEX "ix_shipments_status" ON "shipments" ("status", "ship_date") ');
    await queryRunner.query(
      'CREATE TABLE "shipment_lines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "shipment_id" integer NOT NULL, "line_no" integer NOT NULL, "order_id" integer NOT NULL, "order_line_id" integer NOT NULL, "product_id" integer NOT NULL, "qty" bigint NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "tax_rate" integer NOT NULL, "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0), "invoiced_qty" bigint NOT NULL DEFAULT (0), "invoiced_total" bigint NOT NULL DEFAULT (0), "returned_qty" bigint NOT NULL DEFAULT (0))',
    );
    await queryRunner.query('CREATE INDEX "ix_shipment_lines_shipment" ON "shipment_lines" ("shipment_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_shipment_lines_order_line" ON "shipment_lines" ("order_line_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "customer_balances" ("customer_id" integer PRIMARY KEY NOT NULL, "receivable" bigint NOT NULL DEFAULT (0), "delivered_uninvoiced" bigint NOT NULL DEFAULT (0), "open_orders" bigint NOT NULL DEFAULT (0), "advances" bigint NOT NULL DEFAULT (0), "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'CREATE TABLE "credit_overrides" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "extra_limit" bigint NOT NULL, "valid_until" varchar(10) NOT NULL, "reason" varchar(200) NOT NULL, "order_id" integer, "created_by" integer NOT NULL, "created_at" varchar(32) NOT NULL)',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_credit_overrides_customer" ON "credit_overrides" ("customer_id", "valid_until") ',
    );
    await queryRunner.query(
      'CREATE TABLE "customer_prices" ("customer_id" integer NOT NULL, "product_id" integer NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "order_id" integer NOT NULL, "order_date" varchar(10) NOT NULL, PRIMARY KEY ("customer_id", "product_id"))',
    );
    await queryRunner.query('DROP INDEX "ix_stock_warehouse"');
    await queryRunner.query(
      'CREATE TABLE "temporary_stock" ("product_id" integer NOT NULL, "warehouse_id" integer NOT NULL, "on_hand" bigint NOT NULL DEFAULT (0), "reserved" bigint NOT NULL DEFAULT (0), "updated_at" varchar(32) NOT NULL, CONSTRAINT "fk_stock_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_stock_warehouse_id" FOREIGN KEY ("warehouse_id") REFERENCES "warehouses" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, PRIMARY KEY ("product_id", "warehouse_id"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_stock"("product_id", "warehouse_id", "on_hand", "reserved", "updated_at") SELECT "product_id", "warehouse_id", "on_hand", "reserved", "updated_at" FROM "stock"',
    );
    await queryRunner.query('DROP TABLE "stock"');
    await queryRunner.query('ALTER TABLE "temporary_stock" RENAME TO "stock"');
    await queryRunner.query('CREATE INDEX "ix_stock_warehouse" ON "stock" ("warehouse_id") ');
    await queryRunner.query(
      'CREATE TABLE "temporary_stock_adjustments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(20) NOT NULL, "kind" varchar(12) NOT NULL, "warehouse_id" integer NOT NULL, "doc_date" varchar(10) NOT NULL, "reason" varchar(200) NOT NULL, "created_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, CONSTRAINT "uq_stock_adjustments_number" UNIQUE ("number"), CONSTRAINT "fk_stock_adjustments_warehouse_id" FOREIGN KEY ("warehouse_id") REFERENCES "warehouses" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_stock_adjustments_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_stock_adjustments"("id", "number", "kind", "warehouse_id", "doc_date", "reason", "created_by", "created_at") SELECT "id", "number", "kind", "warehouse_id", "doc_date", "reason", "created_by", "created_at" FROM "stock_adjustments"',
    );
    await queryRunner.query('DROP TABLE "stock_adjustments"');
    await queryRunner.query('ALTER TABLE "temporary_stock_adjustments" RENAME TO "stock_adjustments"');
    await queryRunner.query('DROP INDEX "ix_stock_moves_product"');
    await queryRunner.query('DROP INDEX "ix_stock_moves_doc"');
    await queryRunner.query(
      'CREATE TABLE "temporary_stock_moves" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "product_id" integer NOT NULL, "warehouse_id" integer NOT NULL, "qty" bigint NOT NULL, "doc_type" varchar(20) NOT NULL, "doc_id" integer NOT NULL, "doc_number" varchar(20), "moved_at" varchar(32) NOT NULL, "created_by" integer, CONSTRAINT "fk_stock_moves_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_stock_moves_warehouse_id" FOREIGN KEY ("warehouse_id") REFERENCES "warehouses" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_stock_moves_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_stock_moves"("id", "product_id", "warehouse_id", "qty", "doc_type", "doc_id", "doc_number", "moved_at", "created_by") SELECT "id", "product_id", "warehouse_id", "qty", "doc_type", "doc_id", "doc_number", "moved_at", "created_by" FROM "stock_moves"',
    );
    await queryRunner.query('DROP TABLE "stock_moves"');
    await queryRunner.query('ALTER TABLE "temporary_stock_moves" RENAME TO "stock_moves"');
    await queryRunner.query(
      'CREATE INDEX "ix_stock_moves_product" ON "stock_moves" ("product_id", "warehouse_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_stock_moves_doc" ON "stock_moves" ("doc_type", "doc_id") ');
    await queryRunner.query('DROP INDEX "ix_quotations_customer"');
    await queryRunner.query('DROP INDEX "ix_quotations_status"');
    await queryRunner.query('DROP INDEX "ix_quotations_salesperson"');
    await queryRunner.query(
      'CREATE TABLE "temporary_quotations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(20), "status" varchar(12) NOT NULL, "customer_id" integer NOT NULL, "contact_id" integer, "salesperson_id" integer NOT NULL, "quote_date" varchar(10) NOT NULL, "valid_until" varchar(10), "terms" varchar(1000), "notes" varchar(1000), "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0), "needs_approval" boolean NOT NULL DEFAULT (0), "approval_reason" varchar(500), "reject_reason" varchar(200), "void_reason" varchar(200), "approved_by" integer, "approved_at" varchar(32), "created_by" integer NOT NULL, "updated_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_quotations_number" UNIQUE ("number"), CONSTRAINT "fk_quotations_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_quotations_contact_id" FOREIGN KEY ("contact_id") REFERENCES "contacts" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_quotations_salesperson_id" FOREIGN KEY ("salesperson_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_quotations_approved_by" FOREIGN KEY ("approved_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_quotations_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_quotations_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_quotations"("id", "number", "status", "customer_id", "contact_id", "salesperson_id", "quote_date", "valid_until", "terms", "notes", "amount", "tax", "total", "needs_approval", "approval_reason", "reject_reason", "void_reason", "approved_by", "approved_at", "created_by", "updated_by", "created_at", "updated_at", "version") SELECT "id", "number", "status", "customer_id", "contact_id", "salesperson_id", "quote_date", "valid_until", "terms", "notes", "amount", "tax", "total", "needs_approval", "approval_reason", "reject_reason", "void_reason", "approved_by", "approved_at", "created_by", "updated_by", "created_at", "updated_at", "version" FROM "quotations"',
    );
    await queryRunner.query('DROP TABLE "quotations"');
    await queryRunner.query('ALTER TABLE "temporary_quotations" RENAME TO "quotations"');
    await queryRunner.query('CREATE INDEX "ix_quotations_customer" ON "quotations" ("customer_id") ');
    await queryRunner.query('CREATE INDEX "ix_quotations_status" ON "quotations" ("status", "quote_date") ');
    await queryRunner.query('CREATE INDEX "ix_quotations_salesperson" ON "quotations" ("salesperson_id") ');
    await queryRunner.query('DROP INDEX "ix_quotation_lines_quotation"');
    await queryRunner.query(
      'CREATE TABLE "temporary_quotation_lines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "quotation_id" integer NOT NULL, "line_no" integer NOT NULL, "product_id" integer NOT NULL, "name" varchar(100) NOT NULL, "spec" varchar(100), "unit" varchar(10) NOT NULL, "qty" bigint NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "tax_rate" integer NOT NULL, "amount" bigint NOT NULL, "tax" bigint NOT NULL, "total" bigint NOT NULL, "floor_price" bigint NOT NULL DEFAULT (0), "converted_qty" bigint NOT NULL DEFAULT (0), "notes" varchar(200), CONSTRAINT "fk_quotation_lines_quotation_id" FOREIGN KEY ("quotation_id") REFERENCES "quotations" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_quotation_lines_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_quotation_lines"("id", "quotation_id", "line_no", "product_id", "name", "spec", "unit", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total", "floor_price", "converted_qty", "notes") SELECT "id", "quotation_id", "line_no", "product_id", "name", "spec", "unit", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total", "floor_price", "converted_qty", "notes" FROM "quotation_lines"',
    );
    await queryRunner.query('DROP TABLE "quotation_lines"');
    await queryRunner.query('ALTER TABLE "temporary_quotation_lines" RENAME TO "quotation_lines"');
    await queryRunner.query(
      'CREATE INDEX "ix_quotation_lines_quotation" ON "quotation_lines" ("quotation_id") ',
    );
    await queryRunner.query('DROP INDEX "ix_sales_orders_customer"');
    await queryRunner.query('DROP INDEX "ix_sales_orders_status"');
    await queryRunner.query('DROP INDEX "ix_sales_orders_salesperson"');
    await queryRunner.query('DROP INDEX "ix_sales_orders_date"');
    await queryRunner.query(
      'CREATE TABLE "temporary_sales_orders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(20), "status" varchar(12) NOT NULL, "customer_id" integer NOT NULL, "contact_id" integer, "salesperson_id" integer NOT NULL, "quotation_id" integer, "order_date" varchar(10) NOT NULL, "delivery_date" varchar(10), "warehouse_id" integer NOT NULL, "customer_type" varchar(10) NOT NULL, "credit_days" integer NOT NULL DEFAULT (0), "delivery_address" varchar(200), "receiver" varchar(50), "receiver_phone" varchar(30), "customer_po" varchar(50), "notes" varchar(1000), "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0), "delivered_total" bigint NOT NULL DEFAULT (0), "invoiced_total" bigint NOT NULL DEFAULT (0), "per_delivered" integer NOT NULL DEFAULT (0), "per_billed" integer NOT NULL DEFAULT (0), "needs_approval" boolean NOT NULL DEFAULT (0), "approval_reason" varchar(500), "credit_status" varchar(12), "credit_reason" varchar(500), "credit_snapshot" text, "credit_checked_at" varchar(32), "released_by" integer, "released_at" varchar(32), "release_reason" varchar(200), "reject_reason" varchar(200), "approved_by" integer, "approved_at" varchar(32), "closed_at" varchar(32), "close_reason" varchar(200), "void_reason" varchar(200), "submitted_at" varchar(32), "created_by" integer NOT NULL, "updated_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_sales_orders_number" UNIQUE ("number"), CONSTRAINT "fk_sales_orders_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_sales_orders_contact_id" FOREIGN KEY ("contact_id") REFERENCES "contacts" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_sales_orders_salesperson_id" FOREIGN KEY ("salesperson_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_sales_orders_quotation_id" FOREIGN KEY ("quotation_id") REFERENCES "quotations" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_sales_orders_warehouse_id" FOREIGN KEY ("warehouse_id") REFERENCES "warehouses" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_sales_orders_released_by" FOREIGN KEY ("released_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_sales_orders_approved_by" FOREIGN KEY ("approved_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_sales_orders_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_sales_orders_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_sales_orders"("id", "number", "status", "customer_id", "contact_id", "salesperson_id", "quotation_id", "order_date", "delivery_date", "warehouse_id", "customer_type", "credit_days", "delivery_address", "receiver", "receiver_phone", "customer_po", "notes", "amount", "tax", "total", "delivered_total", "invoiced_total", "per_delivered", "per_billed", "needs_approval", "approval_reason", "credit_status", "credit_reason", "credit_snapshot", "credit_checked_at", "released_by", "released_at", "release_reason", "reject_reason", "approved_by", "approved_at", "closed_at", "close_reason", "void_reason", "submitted_at", "created_by", "updated_by", "created_at", "updated_at", "version") SELECT "id", "number", "status", "customer_id", "contact_id", "salesperson_id", "quotation_id", "order_date", "delivery_date", "warehouse_id", "customer_type", "credit_days", "delivery_address", "receiver", "receiver_phone", "customer_po", "notes", "amount", "tax", "total", "delivered_total", "invoiced_total", "per_delivered", "per_billed", "needs_approval", "approval_reason", "credit_status", "credit_reason", "credit_snapshot", "credit_checked_at", "released_by", "released_at", "release_reason", "reject_reason", "approved_by", "approved_at", "closed_at", "close_reason", "void_reason", "submitted_at", "created_by", "updated_by", "created_at", "updated_at", "version" FROM "sales_orders"',
    );
    await queryRunner.query('DROP TABLE "sales_orders"');
    await queryRunner.query('ALTER TABLE "temporary_sales_orders" RENAME TO "sales_orders"');
    await queryRunner.query(
      'CREATE INDEX "ix_sales_orders_customer" ON "sales_orders" ("customer_id", "status") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_sales_orders_status" ON "sales_orders" ("status", "delivery_date") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_sales_orders_salesperson" ON "sales_orders" ("salesperson_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_sales_orders_date" ON "sales_orders" ("order_date") ');
    await queryRunner.query('DROP INDEX "ix_sales_order_lines_order"');
    await queryRunner.query('DROP INDEX "ix_sales_order_lines_product"');
    await queryRunner.query(
      'CREATE TABLE "temporary_sales_order_lines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "order_id" integer NOT NULL, "line_no" integer NOT NULL, "product_id" integer NOT NULL, "name" varchar(100) NOT NULL, "spec" varchar(100), "unit" varchar(10) NOT NULL, "qty" bigint NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "tax_rate" integer NOT NULL, "amount" bigint NOT NULL, "tax" bigint NOT NULL, "total" bigint NOT NULL, "floor_price" bigint NOT NULL DEFAULT (0), "delivered_qty" bigint NOT NULL DEFAULT (0), "delivered_total" bigint NOT NULL DEFAULT (0), "invoiced_qty" bigint NOT NULL DEFAULT (0), "invoiced_total" bigint NOT NULL DEFAULT (0), "reserved_qty" bigint NOT NULL DEFAULT (0), "quotation_line_id" integer, "notes" varchar(200), CONSTRAINT "fk_sales_order_lines_order_id" FOREIGN KEY ("order_id") REFERENCES "sales_orders" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_sales_order_lines_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_sales_order_lines_quotation_line_id" FOREIGN KEY ("quotation_line_id") REFERENCES "quotation_lines" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_sales_order_lines"("id", "order_id", "line_no", "product_id", "name", "spec", "unit", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total", "floor_price", "delivered_qty", "delivered_total", "invoiced_qty", "invoiced_total", "reserved_qty", "quotation_line_id", "notes") SELECT "id", "order_id", "line_no", "product_id", "name", "spec", "unit", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total", "floor_price", "delivered_qty", "delivered_total", "invoiced_qty", "invoiced_total", "reserved_qty", "quotation_line_id", "notes" FROM "sales_order_lines"',
    );
    await queryRunner.query('DROP TABLE "sales_order_lines"');
    await queryRunner.query('ALTER TABLE "temporary_sales_order_lines" RENAME TO "sales_order_lines"');
    await queryRunner.query('CREATE INDEX "ix_sales_order_lines_order" ON "sales_order_lines" ("order_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_sales_order_lines_product" ON "sales_order_lines" ("product_id") ',
    );
    await queryRunner.query('DROP INDEX "ix_shipments_customer"');
    await queryRunner.query('DROP INDEX "ix_shipments_status"');
    await queryRunner.query(
      'CREATE TABLE "temporary_shipments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(20), "status" varchar(12) NOT NULL, "customer_id" integer NOT NULL, "warehouse_id" integer NOT NULL, "ship_date" varchar(10) NOT NULL, "carrier" varchar(50), "vehicle_no" varchar(30), "waybill_no" varchar(50), "receiver" varchar(50), "receiver_phone" varchar(30), "delivery_address" varchar(200), "collect_on_delivery" boolean NOT NULL DEFAULT (0), "notes" varchar(500), "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0), "invoiced_total" bigint NOT NULL DEFAULT (0), "approved_by" integer, "approved_at" varchar(32), "void_reason" varchar(200), "voided_at" varchar(32), "created_by" integer NOT NULL, "updated_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_shipments_number" UNIQUE ("number"), CONSTRAINT "fk_shipments_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_shipments_warehouse_id" FOREIGN KEY ("warehouse_id") REFERENCES "warehouses" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_shipments_approved_by" FOREIGN KEY ("approved_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_shipments_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_shipments_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_shipments"("id", "number", "status", "customer_id", "warehouse_id", "ship_date", "carrier", "vehicle_no", "waybill_no", "receiver", "receiver_phone", "delivery_address", "collect_on_delivery", "notes", "amount", "tax", "total", "invoiced_total", "approved_by", "approved_at", "void_reason", "voided_at", "created_by", "updated_by", "created_at", "updated_at", "version") SELECT "id", "number", "status", "customer_id", "warehouse_id", "ship_date", "carrier", "vehicle_no", "waybill_no", "receiver", "receiver_phone", "delivery_address", "collect_on_delivery", "notes", "amount", "tax", "total", "invoiced_total", "approved_by", "approved_at", "void_reason", "voided_at", "created_by", "updated_by", "created_at", "updated_at", "version" FROM "shipments"',
    );
    await queryRunner.query('DROP TABLE "shipments"');
    await queryRunner.query('ALTER TABLE "temporary_shipments" RENAME TO "shipments"');
    await queryRunner.query('CREATE INDEX "ix_shipments_customer" ON "shipments" ("customer_id") ');
    await queryRunner.query('CREATE INDEX "ix_shipments_status" ON "shipments" ("status", "ship_date") ');
    await queryRunner.query('DROP INDEX "ix_shipment_lines_shipment"');
    await queryRunner.query('DROP INDEX "ix_shipment_lines_order_line"');
    await queryRunner.query(
      'CREATE TABLE "temporary_shipment_lines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "shipment_id" integer NOT NULL, "line_no" integer NOT NULL, "order_id" integer NOT NULL, "order_line_id" integer NOT NULL, "product_id" integer NOT NULL, "qty" bigint NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "tax_rate" integer NOT NULL, "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0), "invoiced_qty" bigint NOT NULL DEFAULT (0), "invoiced_total" bigint NOT NULL DEFAULT (0), "returned_qty" bigint NOT NULL DEFAULT (0), CONSTRAINT "fk_shipment_lines_shipment_id" FOREIGN KEY ("shipment_id") REFERENCES "shipments" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_shipment_lines_order_id" FOREIGN KEY ("order_id") REFERENCES "sales_orders" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_shipment_lines_order_line_id" FOREIGN KEY ("order_line_id") REFERENCES "sales_order_lines" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_shipment_lines_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_shipment_lines"("id", "shipment_id", "line_no", "order_id", "order_line_id", "product_id", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total", "invoiced_qty", "invoiced_total", "returned_qty") SELECT "id", "shipment_id", "line_no", "order_id", "order_line_id", "product_id", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total", "invoiced_qty", "invoiced_total", "returned_qty" FROM "shipment_lines"',
    );
    await queryRunner.query('DROP TABLE "shipment_lines"');
    await queryRunner.query('ALTER TABLE "temporary_shipment_lines" RENAME TO "shipment_lines"');
    await queryRunner.query('CREATE INDEX "ix_shipment_lines_shipment" ON "shipment_lines" ("shipment_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_shipment_lines_order_line" ON "shipment_lines" ("order_line_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "temporary_customer_balances" ("customer_id" integer PRIMARY KEY NOT NULL, "receivable" bigint NOT NULL DEFAULT (0), "delivered_uninvoiced" bigint NOT NULL DEFAULT (0), "open_orders" bigint NOT NULL DEFAULT (0), "advances" bigint NOT NULL DEFAULT (0), "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "fk_customer_balances_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_customer_balances"("customer_id", "receivable", "delivered_uninvoiced", "open_orders", "advances", "updated_at", "version") SELECT "customer_id", "receivable", "delivered_uninvoiced", "open_orders", "advances", "updated_at", "version" FROM "customer_balances"',
    );
    await queryRunner.query('DROP TABLE "customer_balances"');
    await queryRunner.query('ALTER TABLE "temporary_customer_balances" RENAME TO "customer_balances"');
    await queryRunner.query('DROP INDEX "ix_credit_overrides_customer"');
    await queryRunner.query(
      'CREATE TABLE "temporary_credit_overrides" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "extra_limit" bigint NOT NULL, "valid_until" varchar(10) NOT NULL, "reason" varchar(200) NOT NULL, "order_id" integer, "created_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, CONSTRAINT "fk_credit_overrides_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_credit_overrides_order_id" FOREIGN KEY ("order_id") REFERENCES "sales_orders" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_credit_overrides_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_credit_overrides"("id", "customer_id", "extra_limit", "valid_until", "reason", "order_id", "created_by", "created_at") SELECT "id", "customer_id", "extra_limit", "valid_until", "reason", "order_id", "created_by", "created_at" FROM "credit_overrides"',
    );
    await queryRunner.query('DROP TABLE "credit_overrides"');
    await queryRunner.query('ALTER TABLE "temporary_credit_overrides" RENAME TO "credit_overrides"');
    await queryRunner.query(
      'CREATE INDEX "ix_credit_overrides_customer" ON "credit_overrides" ("customer_id", "valid_until") ',
    );
    await queryRunner.query(
      'CREATE TABLE "temporary_customer_prices" ("customer_id" integer NOT NULL, "product_id" integer NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "order_id" integer NOT NULL, "order_date" varchar(10) NOT NULL, CONSTRAINT "fk_customer_prices_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_customer_prices_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_customer_prices_order_id" FOREIGN KEY ("order_id") REFERENCES "sales_orders" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, PRIMARY KEY ("customer_id", "product_id"))',
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
      'CREATE TABLE "customer_prices" ("customer_id" integer NOT NULL, "product_id" integer NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "order_id" integer NOT NULL, "order_date" varchar(10) NOT NULL, PRIMARY KEY ("customer_id", "product_id"))',
    );
    await queryRunner.query(
      'INSERT INTO "customer_prices"("customer_id", "product_id", "unit_price", "discount_bp", "order_id", "order_date") SELECT "customer_id", "product_id", "unit_price", "discount_bp", "order_id", "order_date" FROM "temporary_customer_prices"',
    );
    await queryRunner.query('DROP TABLE "temporary_customer_prices"');
    await queryRunner.query('DROP INDEX "ix_credit_overrides_customer"');
    await queryRunner.query('ALTER TABLE "credit_overrides" RENAME TO "temporary_credit_overrides"');
    await queryRunner.query(
      'CREATE TABLE "credit_overrides" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "extra_limit" bigint NOT NULL, "valid_until" varchar(10) NOT NULL, "reason" varchar(200) NOT NULL, "order_id" integer, "created_by" integer NOT NULL, "created_at" varchar(32) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "credit_overrides"("id", "customer_id", "extra_limit", "valid_until", "reason", "order_id", "created_by", "created_at") SELECT "id", "customer_id", "extra_limit", "valid_until", "reason", "order_id", "created_by", "created_at" FROM "temporary_credit_overrides"',
    );
    await queryRunner.query('DROP TABLE "temporary_credit_overrides"');
    await queryRunner.query(
      'CREATE INDEX "ix_credit_overrides_customer" ON "credit_overrides" ("customer_id", "valid_until") ',
    );
    await queryRunner.query('ALTER TABLE "customer_balances" RENAME TO "temporary_customer_balances"');
    await queryRunner.query(
      'CREATE TABLE "customer_balances" ("customer_id" integer PRIMARY KEY NOT NULL, "receivable" bigint NOT NULL DEFAULT (0), "delivered_uninvoiced" bigint NOT NULL DEFAULT (0), "open_orders" bigint NOT NULL DEFAULT (0), "advances" bigint NOT NULL DEFAULT (0), "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'INSERT INTO "customer_balances"("customer_id", "receivable", "delivered_uninvoiced", "open_orders", "advances", "updated_at", "version") SELECT "customer_id", "receivable", "delivered_uninvoiced", "open_orders", "advances", "updated_at", "version" FROM "temporary_customer_balances"',
    );
    await queryRunner.query('DROP TABLE "temporary_customer_balances"');
    await queryRunner.query('DROP INDEX "ix_shipment_lines_order_line"');
    await queryRunner.query('DROP INDEX "ix_shipment_lines_shipment"');
    await queryRunner.query('ALTER TABLE "shipment_lines" RENAME TO "temporary_shipment_lines"');
    await queryRunner.query(
      'CREATE TABLE "shipment_lines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "shipment_id" integer NOT NULL, "line_no" integer NOT NULL, "order_id" integer NOT NULL, "order_line_id" integer NOT NULL, "product_id" integer NOT NULL, "qty" bigint NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "tax_rate" integer NOT NULL, "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0), "invoiced_qty" bigint NOT NULL DEFAULT (0), "invoiced_total" bigint NOT NULL DEFAULT (0), "returned_qty" bigint NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'INSERT INTO "shipment_lines"("id", "shipment_id", "line_no", "order_id", "order_line_id", "product_id", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total", "invoiced_qty", "invoiced_total", "returned_qty") SELECT "id", "shipment_id", "line_no", "order_id", "order_line_id", "product_id", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total", "invoiced_qty", "invoiced_total", "returned_qty" FROM "temporary_shipment_lines"',
    );
    await queryRunner.query('DROP TABLE "temporary_shipment_lines"');
    await queryRunner.query(
      'CREATE INDEX "ix_shipment_lines_order_line" ON "shipment_lines" ("order_line_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_shipment_lines_shipment" ON "shipment_lines" ("shipment_id") ');
    await queryRunner.query('DROP INDEX "ix_shipments_status"');
    await queryRunner.query('DROP INDEX "ix_shipments_customer"');
    await queryRunner.query('ALTER TABLE "shipments" RENAME TO "temporary_shipments"');
    await queryRunner.query(
      'CREATE TABLE "shipments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(20), "status" varchar(12) NOT NULL, "customer_id" integer NOT NULL, "warehouse_id" integer NOT NULL, "ship_date" varchar(10) NOT NULL, "carrier" varchar(50), "vehicle_no" varchar(30), "waybill_no" varchar(50), "receiver" varchar(50), "receiver_phone" varchar(30), "delivery_address" varchar(200), "collect_on_delivery" boolean NOT NULL DEFAULT (0), "notes" varchar(500), "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0), "invoiced_total" bigint NOT NULL DEFAULT (0), "approved_by" integer, "approved_at" varchar(32), "void_reason" varchar(200), "voided_at" varchar(32), "created_by" integer NOT NULL, "updated_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_shipments_number" UNIQUE ("number"))',
    );
    await queryRunner.query(
      'INSERT INTO "shipments"("id", "number", "status", "customer_id", "warehouse_id", "ship_date", "carrier", "vehicle_no", "waybill_no", "receiver", "receiver_phone", "delivery_address", "collect_on_delivery", "notes", "amount", "tax", "total", "invoiced_total", "approved_by", "approved_at", "void_reason", "voided_at", "created_by", "updated_by", "created_at", "updated_at", "version") SELECT "id", "number", "status", "customer_id", "warehouse_id", "ship_date", "carrier", "vehicle_no", "waybill_no", "receiver", "receiver_phone", "delivery_address", "collect_on_delivery", "notes", "amount", "tax", "total", "invoiced_total", "approved_by", "approved_at", "void_reason", "voided_at", "created_by", "updated_by", "created_at", "updated_at", "version" FROM "temporary_shipments"',
    );
    await queryRunner.query('DROP TABLE "temporary_shipments"');
    await queryRunner.query('CREATE INDEX "ix_shipments_status" ON "shipments" ("status", "ship_date") ');
    await queryRunner.query('CREATE INDEX "ix_shipments_customer" ON "shipments" ("customer_id") ');
    await queryRunner.query('DROP INDEX "ix_sales_order_lines_product"');
    await queryRunner.query('DROP INDEX "ix_sales_order_lines_order"');
    await queryRunner.query('ALTER TABLE "sales_order_lines" RENAME TO "temporary_sales_order_lines"');
    await queryRunner.query(
      'CREATE TABLE "sales_order_lines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "order_id" integer NOT NULL, "line_no" integer NOT NULL, "product_id" integer NOT NULL, "name" varchar(100) NOT NULL, "spec" varchar(100), "unit" varchar(10) NOT NULL, "qty" bigint NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "tax_rate" integer NOT NULL, "amount" bigint NOT NULL, "tax" bigint NOT NULL, "total" bigint NOT NULL, "floor_price" bigint NOT NULL DEFAULT (0), "delivered_qty" bigint NOT NULL DEFAULT (0), "delivered_total" bigint NOT NULL DEFAULT (0), "invoiced_qty" bigint NOT NULL DEFAULT (0), "invoiced_total" bigint NOT NULL DEFAULT (0), "reserved_qty" bigint NOT NULL DEFAULT (0), "quotation_line_id" integer, "notes" varchar(200))',
    );
    await queryRunner.query(
      'INSERT INTO "sales_order_lines"("id", "order_id", "line_no", "product_id", "name", "spec", "unit", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total", "floor_price", "delivered_qty", "delivered_total", "invoiced_qty", "invoiced_total", "reserved_qty", "quotation_line_id", "notes") SELECT "id", "order_id", "line_no", "product_id", "name", "spec", "unit", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total", "floor_price", "delivered_qty", "delivered_total", "invoiced_qty", "invoiced_total", "reserved_qty", "quotation_line_id", "notes" FROM "temporary_sales_order_lines"',
    );
    await queryRunner.query('DROP TABLE "temporary_sales_order_lines"');
    await queryRunner.query(
      'CREATE INDEX "ix_sales_order_lines_product" ON "sales_order_lines" ("product_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_sales_order_lines_order" ON "sales_order_lines" ("order_id") ');
    await queryRunner.query('DROP INDEX "ix_sales_orders_date"');
    await queryRunner.query('DROP INDEX "ix_sales_orders_salesperson"');
    await queryRunner.query('DROP INDEX "ix_sales_orders_status"');
    await queryRunner.query('DROP INDEX "ix_sales_orders_customer"');
    await queryRunner.query('ALTER TABLE "sales_orders" RENAME TO "temporary_sales_orders"');
    await queryRunner.query(
      'CREATE TABLE "sales_orders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(20), "status" varchar(12) NOT NULL, "customer_id" integer NOT NULL, "contact_id" integer, "salesperson_id" integer NOT NULL, "quotation_id" integer, "order_date" varchar(10) NOT NULL, "delivery_date" varchar(10), "warehouse_id" integer NOT NULL, "customer_type" varchar(10) NOT NULL, "credit_days" integer NOT NULL DEFAULT (0), "delivery_address" varchar(200), "receiver" varchar(50), "receiver_phone" varchar(30), "customer_po" varchar(50), "notes" varchar(1000), "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0), "delivered_total" bigint NOT NULL DEFAULT (0), "invoiced_total" bigint NOT NULL DEFAULT (0), "per_delivered" integer NOT NULL DEFAULT (0), "per_billed" integer NOT NULL DEFAULT (0), "needs_approval" boolean NOT NULL DEFAULT (0), "approval_reason" varchar(500), "credit_status" varchar(12), "credit_reason" varchar(500), "credit_snapshot" text, "credit_checked_at" varchar(32), "released_by" integer, "released_at" varchar(32), "release_reason" varchar(200), "reject_reason" varchar(200), "approved_by" integer, "approved_at" varchar(32), "closed_at" varchar(32), "close_reason" varchar(200), "void_reason" varchar(200), "submitted_at" varchar(32), "created_by" integer NOT NULL, "updated_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_sales_orders_number" UNIQUE ("number"))',
    );
    await queryRunner.query(
      'INSERT INTO "sales_orders"("id", "number", "status", "customer_id", "contact_id", "salesperson_id", "quotation_id", "order_date", "delivery_date", "warehouse_id", "customer_type", "credit_days", "delivery_address", "receiver", "receiver_phone", "customer_po", "notes", "amount", "tax", "total", "delivered_total", "invoiced_total", "per_delivered", "per_billed", "needs_approval", "approval_reason", "credit_status", "credit_reason", "credit_snapshot", "credit_checked_at", "released_by", "released_at", "release_reason", "reject_reason", "approved_by", "approved_at", "closed_at", "close_reason", "void_reason", "submitted_at", "created_by", "updated_by", "created_at", "updated_at", "version") SELECT "id", "number", "status", "customer_id", "contact_id", "salesperson_id", "quotation_id", "order_date", "delivery_date", "warehouse_id", "customer_type", "credit_days", "delivery_address", "receiver", "receiver_phone", "customer_po", "notes", "amount", "tax", "total", "delivered_total", "invoiced_total", "per_delivered", "per_billed", "needs_approval", "approval_reason", "credit_status", "credit_reason", "credit_snapshot", "credit_checked_at", "released_by", "released_at", "release_reason", "reject_reason", "approved_by", "approved_at", "closed_at", "close_reason", "void_reason", "submitted_at", "created_by", "updated_by", "created_at", "updated_at", "version" FROM "temporary_sales_orders"',
    );
    await queryRunner.query('DROP TABLE "temporary_sales_orders"');
    await queryRunner.query('CREATE INDEX "ix_sales_orders_date" ON "sales_orders" ("order_date") ');
    await queryRunner.query(
      'CREATE INDEX "ix_sales_orders_salesperson" ON "sales_orders" ("salesperson_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_sales_orders_status" ON "sales_orders" ("status", "delivery_date") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_sales_orders_customer" ON "sales_orders" ("customer_id", "status") ',
    );
    await queryRunner.query('DROP INDEX "ix_quotation_lines_quotation"');
    await queryRunner.query('ALTER TABLE "quotation_lines" RENAME TO "temporary_quotation_lines"');
    await queryRunner.query(
      'CREATE TABLE "quotation_lines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "quotation_id" integer NOT NULL, "line_no" integer NOT NULL, "product_id" integer NOT NULL, "name" varchar(100) NOT NULL, "spec" varchar(100), "unit" varchar(10) NOT NULL, "qty" bigint NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "tax_rate" integer NOT NULL, "amount" bigint NOT NULL, "tax" bigint NOT NULL, "total" bigint NOT NULL, "floor_price" bigint NOT NULL DEFAULT (0), "converted_qty" bigint NOT NULL DEFAULT (0), "notes" varchar(200))',
    );
    await queryRunner.query(
      'INSERT INTO "quotation_lines"("id", "quotation_id", "line_no", "product_id", "name", "spec", "unit", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total", "floor_price", "converted_qty", "notes") SELECT "id", "quotation_id", "line_no", "product_id", "name", "spec", "unit", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total", "floor_price", "converted_qty", "notes" FROM "temporary_quotation_lines"',
    );
    await queryRunner.query('DROP TABLE "temporary_quotation_lines"');
    await queryRunner.query(
      'CREATE INDEX "ix_quotation_lines_quotation" ON "quotation_lines" ("quotation_id") ',
    );
    await queryRunner.query('DROP INDEX "ix_quotations_salesperson"');
    await queryRunner.query('DROP INDEX "ix_quotations_status"');
    await queryRunner.query('DROP INDEX "ix_quotations_customer"');
    await queryRunner.query('ALTER TABLE "quotations" RENAME TO "temporary_quotations"');
    await queryRunner.query(
      'CREATE TABLE "quotations" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(20), "status" varchar(12) NOT NULL, "customer_id" integer NOT NULL, "contact_id" integer, "salesperson_id" integer NOT NULL, "quote_date" varchar(10) NOT NULL, "valid_until" varchar(10), "terms" varchar(1000), "notes" varchar(1000), "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0), "needs_approval" boolean NOT NULL DEFAULT (0), "approval_reason" varchar(500), "reject_reason" varchar(200), "void_reason" varchar(200), "approved_by" integer, "approved_at" varchar(32), "created_by" integer NOT NULL, "updated_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_quotations_number" UNIQUE ("number"))',
    );
    await queryRunner.query(
      'INSERT INTO "quotations"("id", "number", "status", "customer_id", "contact_id", "salesperson_id", "quote_date", "valid_until", "terms", "notes", "amount", "tax", "total", "needs_approval", "approval_reason", "reject_reason", "void_reason", "approved_by", "approved_at", "created_by", "updated_by", "created_at", "updated_at", "version") SELECT "id", "number", "status", "customer_id", "contact_id", "salesperson_id", "quote_date", "valid_until", "terms", "notes", "amount", "tax", "total", "needs_approval", "approval_reason", "reject_reason", "void_reason", "approved_by", "approved_at", "created_by", "updated_by", "created_at", "updated_at", "version" FROM "temporary_quotations"',
    );
    await queryRunner.query('DROP TABLE "temporary_quotations"');
    await queryRunner.query('CREATE INDEX "ix_quotations_salesperson" ON "quotations" ("salesperson_id") ');
    await queryRunner.query('CREATE INDEX "ix_quotations_status" ON "quotations" ("status", "quote_date") ');
    await queryRunner.query('CREATE INDEX "ix_quotations_customer" ON "quotations" ("customer_id") ');
    await queryRunner.query('DROP INDEX "ix_stock_moves_doc"');
    await queryRunner.query('DROP INDEX "ix_stock_moves_product"');
    await queryRunner.query('ALTER TABLE "stock_moves" RENAME TO "temporary_stock_moves"');
    await queryRunner.query(
      'CREATE TABLE "stock_moves" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "product_id" integer NOT NULL, "warehouse_id" integer NOT NULL, "qty" bigint NOT NULL, "doc_type" varchar(20) NOT NULL, "doc_id" integer NOT NULL, "doc_number" varchar(20), "moved_at" varchar(32) NOT NULL, "created_by" integer)',
    );
    await queryRunner.query(
      'INSERT INTO "stock_moves"("id", "product_id", "warehouse_id", "qty", "doc_type", "doc_id", "doc_number", "moved_at", "created_by") SELECT "id", "product_id", "warehouse_id", "qty", "doc_type", "doc_id", "doc_number", "moved_at", "created_by" FROM "temporary_stock_moves"',
    );
    await queryRunner.query('DROP TABLE "temporary_stock_moves"');
    await queryRunner.query('CREATE INDEX "ix_stock_moves_doc" ON "stock_moves" ("doc_type", "doc_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_stock_moves_product" ON "stock_moves" ("product_id", "warehouse_id") ',
    );
    await queryRunner.query('ALTER TABLE "stock_adjustments" RENAME TO "temporary_stock_adjustments"');
    await queryRunner.query(
      'CREATE TABLE "stock_adjustments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(20) NOT NULL, "kind" varchar(12) NOT NULL, "warehouse_id" integer NOT NULL, "doc_date" varchar(10) NOT NULL, "reason" varchar(200) NOT NULL, "created_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, CONSTRAINT "uq_stock_adjustments_number" UNIQUE ("number"))',
    );
    await queryRunner.query(
      'INSERT INTO "stock_adjustments"("id", "number", "kind", "warehouse_id", "doc_date", "reason", "created_by", "created_at") SELECT "id", "number", "kind", "warehouse_id", "doc_date", "reason", "created_by", "created_at" FROM "temporary_stock_adjustments"',
    );
    await queryRunner.query('DROP TABLE "temporary_stock_adjustments"');
    await queryRunner.query('DROP INDEX "ix_stock_warehouse"');
    await queryRunner.query('ALTER TABLE "stock" RENAME TO "temporary_stock"');
    await queryRunner.query(
      'CREATE TABLE "stock" ("product_id" integer NOT NULL, "warehouse_id" integer NOT NULL, "on_hand" bigint NOT NULL DEFAULT (0), "reserved" bigint NOT NULL DEFAULT (0), "updated_at" varchar(32) NOT NULL, PRIMARY KEY ("product_id", "warehouse_id"))',
    );
    await queryRunner.query(
      'INSERT INTO "stock"("product_id", "warehouse_id", "on_hand", "reserved", "updated_at") SELECT "product_id", "warehouse_id", "on_hand", "reserved", "updated_at" FROM "temporary_stock"',
    );
    await queryRunner.query('DROP TABLE "temporary_stock"');
    await queryRunner.query('CREATE INDEX "ix_stock_warehouse" ON "stock" ("warehouse_id") ');
    await queryRunner.query('DROP TABLE "customer_prices"');
    await queryRunner.query('DROP INDEX "ix_credit_overrides_customer"');
    await queryRunner.query('DROP TABLE "credit_overrides"');
    await queryRunner.query('DROP TABLE "customer_balances"');
    await queryRunner.query('DROP INDEX "ix_shipment_lines_order_line"');
    await queryRunner.query('DROP INDEX "ix_shipment_lines_shipment"');
    await queryRunner.query('DROP TABLE "shipment_lines"');
    await queryRunner.query('DROP INDEX "ix_shipments_status"');
    await queryRunner.query('DROP INDEX "ix_shipments_customer"');
    await queryRunner.query('DROP TABLE "shipments"');
    await queryRunner.query('DROP INDEX "ix_sales_order_lines_product"');
    await queryRunner.query('DROP INDEX "ix_sales_order_lines_order"');
    await queryRunner.query('DROP TABLE "sales_order_lines"');
    await queryRunner.query('DROP INDEX "ix_sales_orders_date"');
    await queryRunner.query('DROP INDEX "ix_sales_orders_salesperson"');
    await queryRunner.query('DROP INDEX "ix_sales_orders_status"');
    await queryRunner.query('DROP INDEX "ix_sales_orders_customer"');
    await queryRunner.query('DROP TABLE "sales_orders"');
    await queryRunner.query('DROP INDEX "ix_quotation_lines_quotation"');
    await queryRunner.query('DROP TABLE "quotation_lines"');
    await queryRunner.query('DROP INDEX "ix_quotations_salesperson"');
    await queryRunner.query('DROP INDEX "ix_quotations_status"');
    await queryRunner.query('DROP INDEX "ix_quotations_customer"');
    await queryRunner.query('DROP TABLE "quotations"');
    await queryRunner.query('DROP INDEX "ix_stock_moves_doc"');
    await queryRunner.query('DROP INDEX "ix_stock_moves_product"');
    await queryRunner.query('DROP TABLE "stock_moves"');
    await queryRunner.query('DROP TABLE "stock_adjustments"');
    await queryRunner.query('DROP INDEX "ix_stock_warehouse"');
    await queryRunner.query('DROP TABLE "stock"');
  }
}
