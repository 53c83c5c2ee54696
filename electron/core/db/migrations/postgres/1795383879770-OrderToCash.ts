import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrderToCash1795383879770 implements MigrationInterface {
  name = 'OrderToCash1795383879770';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "stock" ("product_id" integer NOT NULL, "warehouse_id" integer NOT NULL, "on_hand" bigint NOT NULL DEFAULT \'0\', "reserved" bigint NOT NULL DEFAULT \'0\', "updated_at" character varying(32) NOT NULL, CONSTRAINT "PK_e8972132ab590cf79344815cfc8" PRIMARY KEY ("product_id", "warehouse_id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_stock_warehouse" ON "stock"  ("warehouse_id") ');
    await queryRunner.query(
      'CREATE TABLE "stock_adjustments" ("id" SERIAL NOT NULL, "number" character varying(20) NOT NULL, "kind" character varying(12) NOT NULL, "warehouse_id" integer NOT NULL, "doc_date" character varying(10) NOT NULL, "reason" character varying(200) NOT NULL, "created_by" integer NOT NULL, "created_at" character varying(32) NOT NULL, CONSTRAINT "uq_stock_adjustments_number" UNIQUE ("number"), CONSTRAINT "PK_7dc03d92f242dd489d33b80d063" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "stock_moves" ("id" SERIAL NOT NULL, "product_id" integer NOT NULL, "warehouse_id" integer NOT NULL, "qty" bigint NOT NULL, "doc_type" character varying(20) NOT NULL, "doc_id" integer NOT NULL, "doc_number" character varying(20), "moved_at" character varying(32) NOT NULL, "created_by" integer, CONSTRAINT "PK_27d4cab9a9996a1805d132497b7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_stock_moves_product" ON "stock_moves"  ("product_id", "warehouse_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_stock_moves_doc" ON "stock_moves"  ("doc_type", "doc_id") ');
    await queryRunner.query(
      'CREATE TABLE "quotations" ("id" SERIAL NOT NULL, "number" character varying(20), "status" character varying(12) NOT NULL, "customer_id" integer NOT NULL, "contact_id" integer, "salesperson_id" integer NOT NULL, "quote_date" character varying(10) NOT NULL, "valid_until" character varying(10), "terms" character varying(1000), "notes" character varying(1000), "amount" bigint NOT NULL DEFAULT \'0\', "tax" bigint NOT NULL DEFAULT \'0\', "total" bigint NOT NULL DEFAULT \'0\', "needs_approval" boolean NOT NULL DEFAULT false, "approval_reason" character varying(500), "reject_reason" character varying(200), "void_reason" character varying(200), "approved_by" integer, "approved_at" character varying(32), "created_by" integer NOT NULL, "updated_by" integer NOT NULL, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_quotations_number" UNIQUE ("number"), CONSTRAINT "PK_6c00eb8ba181f28c21ffba7ecb1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_quotations_customer" ON "quotations"  ("customer_id") ');
    await queryRunner.query('CREATE INDEX "ix_quotations_status" ON "quotations"  ("status", "quote_date") ');
    await queryRunner.query('CREATE INDEX "ix_quotations_salesperson" ON "quotations"  ("salesperson_id") ');
    await queryRunner.query(
      'CREATE TABLE "quotation_lines" ("id" SERIAL NOT NULL, "quotation_id" integer NOT NULL, "line_no" integer NOT NULL, "product_id" integer NOT NULL, "name" character varying(100) NOT NULL, "spec" character varying(100), "unit" character varying(10) NOT NULL, "qty" bigint NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT \'0\', "tax_rate" integer NOT NULL, "amount" bigint NOT NULL, "tax" bigint NOT NULL, "total" bigint NOT NULL, "floor_price" bigint NOT NULL DEFAULT \'0\', "converted_qty" bigint NOT NULL DEFAULT \'0\', "notes" character varying(200), CONSTRAINT "PK_facdcaf4d7c7974c5d9adb63c23" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_quotation_lines_quotation" ON "quotation_lines"  ("quotation_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "sales_orders" ("id" SERIAL NOT NULL, "number" character varying(20), "status" character varying(12) NOT NULL, "customer_id" integer NOT NULL, "contact_id" integer, "salesperson_id" integer NOT NULL, "quotation_id" integer, "order_date" character varying(10) NOT NULL, "delivery_date" character varying(10), "warehouse_id" integer NOT NULL, "customer_type" character varying(10) NOT NULL, "credit_days" integer NOT NULL DEFAULT \'0\', "delivery_address" character varying(200), "receiver" character varying(50), "receiver_phone" character varying(30), "customer_po" character varying(50), "notes" character varying(1000), "amount" bigint NOT NULL DEFAULT \'0\', "tax" bigint NOT NULL DEFAULT \'0\', "total" bigint NOT NULL DEFAULT \'0\', "delivered_total" bigint NOT NULL DEFAULT \'0\', "invoiced_total" bigint NOT NULL DEFAULT \'0\', "per_delivered" integer NOT NULL DEFAULT \'0\', "per_billed" integer NOT NULL DEFAULT \'0\', "needs_approval" boolean NOT NULL DEFAULT false, "approval_reason" character varying(500), "credit_status" character varying(12), "credit_reason" character varying(500), "credit_snapshot" text, "credit_checked_at" character varying(32), "released_by" integer, "released_at" character varying(32), "release_reason" character varying(200), "reject_reason" character varying(200), "approved_by" integer, "approved_at" character varying(32), "closed_at" character varying(32), "close_reason" character varying(200), "void_reason" character varying(200), "submitted_at" character varying(32), "created_by" integer NOT NULL, "updated_by" integer NOT NULL, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_sales_orders_number" UNIQUE ("number"), CONSTRAINT "PK_5328297e067ca929fbe7cf989dd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_sales_orders_customer" ON "sales_orders"  ("customer_id", "status") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_sales_orders_status" ON "sales_orders"  ("status", "delivery_date") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_sales_orders_salesperson" ON "sales_orders"  ("salesperson_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_sales_orders_date" ON "sales_orders"  ("order_date") ');
    await queryRunner.query(
      'CREATE TABLE "sales_order_lines" ("id" SERIAL NOT NULL, "order_id" integer NOT NULL, "line_no" integer NOT NULL, "product_id" integer NOT NULL, "name" character varying(100) NOT NULL, "spec" character varying(100), "unit" character varying(10) NOT NULL, "qty" bigint NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT \'0\', "tax_rate" integer NOT NULL, "amount" bigint NOT NULL, "tax" bigint NOT NULL, "total" bigint NOT NULL, "floor_price" bigint NOT NULL DEFAULT \'0\', "delivered_qty" bigint NOT NULL DEFAULT \'0\', "delivered_total" bigint NOT NULL DEFAULT \'0\', "invoiced_qty" bigint NOT NULL DEFAULT \'0\', "invoiced_total" bigint NOT NULL DEFAULT \'0\', "reserved_qty" bigint NOT NULL DEFAULT \'0\', "quotation_line_id" integer, "notes" character varying(200), CONSTRAINT "PK_91a9fd0ffdb8572374cf89df4da" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_sales_order_lines_order" ON "sales_order_lines"  ("order_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_sales_order_lines_product" ON "sales_order_lines"  ("product_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "shipments" ("id" SERIAL NOT NULL, "number" character varying(20), "status" character varying(12) NOT NULL, "customer_id" integer NOT NULL, "warehouse_id" integer NOT NULL, "ship_date" character varying(10) NOT NULL, "carrier" character varying(50), "vehicle_no" character varying(30), "waybill_no" character varying(50), "receiver" character varying(50), "receiver_phone" character varying(30), "delivery_address" character varying(200), "collect_on_delivery" boolean NOT NULL DEFAULT false, "notes" character varying(500), "amount" bigint NOT NULL DEFAULT \'0\', "tax" bigint NOT NULL DEFAULT \'0\', "total" bigint NOT NULL DEFAULT \'0\', "invoiced_total" bigint NOT NULL DEFAULT \'0\', "approved_by" integer, "approved_at" character varying(32), "void_reason" character varying(200), "voided_at" character varying(32), "created_by" integer NOT NULL, "updated_by" integer NOT NULL, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_shipments_number" UNIQUE ("number"), CONSTRAINT "PK_6deda4532ac542a93eab214b564" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_shipments_customer" ON "shipments"  ("customer_id") ');
    await queryRunner.query('CREATE INDEX "ix_shipments_status" ON "shipments"  ("status", "ship_date") ');
    await queryRunner.query(
      'CREATE TABLE "shipment_lines" ("id" SERIAL NOT NULL, "shipment_id" integer NOT NULL, "line_no" integer NOT NULL, "order_id" integer NOT NULL, "order_line_id" integer NOT NULL, "product_id" integer NOT NULL, "qty" bigint NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT \'0\', "tax_rate" integer NOT NULL, "amount" bigint NOT NULL DEFAULT \'0\', "tax" bigint NOT NULL DEFAULT \'0\', "total" bigint NOT NULL DEFAULT \'0\', "invoiced_qty" bigint NOT NULL DEFAULT \'0\', "invoiced_total" bigint NOT NULL DEFAULT \'0\', "returned_qty" bigint NOT NULL DEFAULT \'0\', CONSTRAINT "PK_5199504c6b5cdbd91701af3609b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_shipment_lines_shipment" ON "shipment_lines"  ("shipment_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_shipment_lines_order_line" ON "shipment_lines"  ("order_line_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "customer_balances" ("customer_id" integer NOT NULL, "receivable" bigint NOT NULL DEFAULT \'0\', "delivered_uninvoiced" bigint NOT NULL DEFAULT \'0\', "open_orders" bigint NOT NULL DEFAULT \'0\', "advances" bigint NOT NULL DEFAULT \'0\', "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_89aa086011a1adbde5b02de9059" PRIMARY KEY ("customer_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "credit_overrides" ("id" SERIAL NOT NULL, "customer_id" integer NOT NULL, "extra_limit" bigint NOT NULL, "valid_until" character varying(10) NOT NULL, "reason" character varying(200) NOT NULL, "order_id" integer, "created_by" integer NOT NULL, "created_at" character varying(32) NOT NULL, CONSTRAINT "PK_c74566512b52a1e8c16dcd87107" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_credit_overrides_customer" ON "credit_overrides"  ("customer_id", "valid_until") ',
    );
    await queryRunner.query(
      'CREATE TABLE "customer_prices" ("customer_id" integer NOT NULL, "product_id" integer NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT \'0\', "order_id" integer NOT NULL, "order_date" character varying(10) NOT NULL, CONSTRAINT "PK_4bb091a0ff843b3d5e77a30aba4" PRIMARY KEY ("customer_id", "product_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "stock" ADD CONSTRAINT "fk_stock_product_id" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stock" ADD CONSTRAINT "fk_stock_warehouse_id" FOREIGN KEY ("warehouse_id") REFERENCES "warehouses"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stock_adjustments" ADD CONSTRAINT "fk_stock_adjustments_warehouse_id" FOREIGN KEY ("warehouse_id") REFERENCES "warehouses"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stock_adjustments" ADD CONSTRAINT "fk_stock_adjustments_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stock_moves" ADD CONSTRAINT "fk_stock_moves_product_id" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stock_moves" ADD CONSTRAINT "fk_stock_moves_warehouse_id" FOREIGN KEY ("warehouse_id") REFERENCES "warehouses"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "stock_moves" ADD CONSTRAINT "fk_stock_moves_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "quotations" ADD CONSTRAINT "fk_quotations_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "quotations" ADD CONSTRAINT "fk_quotations_contact_id" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "quotations" ADD CONSTRAINT "fk_quotations_salesperson_id" FOREIGN KEY ("salesperson_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "quotations" ADD CONSTRAINT "fk_quotations_approved_by" FOREIGN KEY ("approved_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "quotations" ADD CONSTRAINT "fk_quotations_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "quotations" ADD CONSTRAINT "fk_quotations_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "quotation_lines" ADD CONSTRAINT "fk_quotation_lines_quotation_id" FOREIGN KEY ("quotation_id") REFERENCES "quotations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "quotation_lines" ADD CONSTRAINT "fk_quotation_lines_product_id" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_orders" ADD CONSTRAINT "fk_sales_orders_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_orders" ADD CONSTRAINT "fk_sales_orders_contact_id" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_orders" ADD CONSTRAINT "fk_sales_orders_salesperson_id" FOREIGN KEY ("salesperson_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_orders" ADD CONSTRAINT "fk_sales_orders_quotation_id" FOREIGN KEY ("quotation_id") REFERENCES "quotations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_orders" ADD CONSTRAINT "fk_sales_orders_warehouse_id" FOREIGN KEY ("warehouse_id") REFERENCES "warehouses"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_orders" ADD CONSTRAINT "fk_sales_orders_released_by" FOREIGN KEY ("released_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_orders" ADD CONSTRAINT "fk_sales_orders_approved_by" FOREIGN KEY ("approved_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_orders" ADD CONSTRAINT "fk_sales_orders_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_orders" ADD CONSTRAINT "fk_sales_orders_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_order_lines" ADD CONSTRAINT "fk_sales_order_lines_order_id" FOREIGN KEY ("order_id") REFERENCES "sales_orders"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_order_lines" ADD CONSTRAINT "fk_sales_order_lines_product_id" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_order_lines" ADD CONSTRAINT "fk_sales_order_lines_quotation_line_id" FOREIGN KEY ("quotation_line_id") REFERENCES "quotation_lines"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "shipments" ADD CONSTRAINT "fk_shipments_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "shipments" ADD CONSTRAINT "fk_shipments_warehouse_id" FOREIGN KEY ("warehouse_id") REFERENCES "warehouses"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "shipments" ADD CONSTRAINT "fk_shipments_approved_by" FOREIGN KEY ("approved_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "shipments" ADD CONSTRAINT "fk_shipments_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "shipments" ADD CONSTRAINT "fk_shipments_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "shipment_lines" ADD CONSTRAINT "fk_shipment_lines_shipment_id" FOREIGN KEY ("shipment_id") REFERENCES "shipments"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "shipment_lines" ADD CONSTRAINT "fk_shipment_lines_order_id" FOREIGN KEY ("order_id") REFERENCES "sales_orders"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "shipment_lines" ADD CONSTRAINT "fk_shipment_lines_order_line_id" FOREIGN KEY ("order_line_id") REFERENCES "sales_order_lines"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "shipment_lines" ADD CONSTRAINT "fk_shipment_lines_product_id" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "customer_balances" ADD CONSTRAINT "fk_customer_balances_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "credit_overrides" ADD CONSTRAINT "fk_credit_overrides_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "credit_overrides" ADD CONSTRAINT "fk_credit_overrides_order_id" FOREIGN KEY ("order_id") REFERENCES "sales_orders"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "credit_overrides" ADD CONSTRAINT "fk_credit_overrides_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "customer_prices" ADD CONSTRAINT "fk_customer_prices_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "customer_prices" ADD CONSTRAINT "fk_customer_prices_product_id" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "customer_prices" ADD CONSTRAINT "fk_customer_prices_order_id" FOREIGN KEY ("order_id") REFERENCES "sales_orders"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "customer_prices" DROP CONSTRAINT "fk_customer_prices_order_id"');
    await queryRunner.query('ALTER TABLE "customer_prices" DROP CONSTRAINT "fk_customer_prices_product_id"');
    await queryRunner.query('ALTER TABLE "customer_prices" DROP CONSTRAINT "fk_customer_prices_customer_id"');
    await queryRunner.query(
      'ALTER TABLE "credit_overrides" DROP CONSTRAINT "fk_credit_overrides_created_by"',
    );
    await queryRunner.query('ALTER TABLE "credit_overrides" DROP CONSTRAINT "fk_credit_overrides_order_id"');
    await queryRunner.query(
      'ALTER TABLE "credit_overrides" DROP CONSTRAINT "fk_credit_overrides_customer_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "customer_balances" DROP CONSTRAINT "fk_customer_balances_customer_id"',
    );
    await queryRunner.query('ALTER TABLE "shipment_lines" DROP CONSTRAINT "fk_shipment_lines_product_id"');
    await queryRunner.query('ALTER TABLE "shipment_lines" DROP CONSTRAINT "fk_shipment_lines_order_line_id"');
    await queryRunner.query('ALTER TABLE "shipment_lines" DROP CONSTRAINT "fk_shipment_lines_order_id"');
    await queryRunner.query('ALTER TABLE "shipment_lines" DROP CONSTRAINT "fk_shipment_lines_shipment_id"');
    await queryRunner.query('ALTER TABLE "shipments" DROP CONSTRAINT "fk_shipments_updated_by"');
    await queryRunner.query('ALTER TABLE "shipments" DROP CONSTRAINT "fk_shipments_created_by"');
    await queryRunner.query('ALTER TABLE "shipments" DROP CONSTRAINT "fk_shipments_approved_by"');
    await queryRunner.query('ALTER TABLE "shipments" DROP CONSTRAINT "fk_shipments_warehouse_id"');
    await queryRunner.query('ALTER TABLE "shipments" DROP CONSTRAINT "fk_shipments_customer_id"');
    await queryRunner.query(
      'ALTER TABLE "sales_order_lines" DROP CONSTRAINT "fk_sales_order_lines_quotation_line_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_order_lines" DROP CONSTRAINT "fk_sales_order_lines_product_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_order_lines" DROP CONSTRAINT "fk_sales_order_lines_order_id"',
    );
    await queryRunner.query('ALTER TABLE "sales_orders" DROP CONSTRAINT "fk_sales_orders_updated_by"');
    await queryRunner.query('ALTER TABLE "sales_orders" DROP CONSTRAINT "fk_sales_orders_created_by"');
    await queryRunner.query('ALTER TABLE "sales_orders" DROP CONSTRAINT "fk_sales_orders_approved_by"');
    await queryRunner.query('ALTER TABLE "sales_orders" DROP CONSTRAINT "fk_sales_orders_released_by"');
    await queryRunner.query('ALTER TABLE "sales_orders" DROP CONSTRAINT "fk_sales_orders_warehouse_id"');
    await queryRunner.query('ALTER TABLE "sales_orders" DROP CONSTRAINT "fk_sales_orders_quotation_id"');
    await queryRunner.query('ALTER TABLE "sales_orders" DROP CONSTRAINT "fk_sales_orders_salesperson_id"');
    await queryRunner.query('ALTER TABLE "sales_orders" DROP CONSTRAINT "fk_sales_orders_contact_id"');
    await queryRunner.query('ALTER TABLE "sales_orders" DROP CONSTRAINT "fk_sales_orders_customer_id"');
    await queryRunner.query('ALTER TABLE "quotation_lines" DROP CONSTRAINT "fk_quotation_lines_product_id"');
    await queryRunner.query(
      'ALTER TABLE "quotation_lines" DROP CONSTRAINT "fk_quotation_lines_quotation_id"',
    );
    await queryRunner.query('ALTER TABLE "quotations" DROP CONSTRAINT "fk_quotations_updated_by"');
    await queryRunner.query('ALTER TABLE "quotations" DROP CONSTRAINT "fk_quotations_created_by"');
    await queryRunner.query('ALTER TABLE "quotations" DROP CONSTRAINT "fk_quotations_approved_by"');
    await queryRunner.query('ALTER TABLE "quotations" DROP CONSTRAINT "fk_quotations_salesperson_id"');
    await queryRunner.query('ALTER TABLE "quotations" DROP CONSTRAINT "fk_quotations_contact_id"');
    await queryRunner.query('ALTER TABLE "quotations" DROP CONSTRAINT "fk_quotations_customer_id"');
    await queryRunner.query('ALTER TABLE "stock_moves" DROP CONSTRAINT "fk_stock_moves_created_by"');
    await queryRunner.query('ALTER TABLE "stock_moves" DROP CONSTRAINT "fk_stock_moves_warehouse_id"');
    await queryRunner.query('ALTER TABLE "stock_moves" DROP CONSTRAINT "fk_stock_moves_product_id"');
    await queryRunner.query(
      'ALTER TABLE "stock_adjustments" DROP CONSTRAINT "fk_stock_adjustments_created_by"',
    );
    await queryRunner.query(
      'ALTER TABLE "stock_adjustments" DROP CONSTRAINT "fk_stock_adjustments_warehouse_id"',
    );
    await queryRunner.query('ALTER TABLE "stock" DROP CONSTRAINT "fk_stock_warehouse_id"');
    await queryRunner.query('ALTER TABLE "stock" DROP CONSTRAINT "fk_stock_product_id"');
    await queryRunner.query('DROP TABLE "customer_prices"');
    await queryRunner.query('DROP INDEX "public"."ix_credit_overrides_customer"');
    await queryRunner.query('DROP TABLE "credit_overrides"');
    await queryRunner.query('DROP TABLE "customer_balances"');
    await queryRunner.query('DROP INDEX "public"."ix_shipment_lines_order_line"');
    await queryRunner.query('DROP INDEX "public"."ix_shipment_lines_shipment"');
    await queryRunner.query('DROP TABLE "shipment_lines"');
    await queryRunner.query('DROP INDEX "public"."ix_shipments_status"');
    await queryRunner.query('DROP INDEX "public"."ix_shipments_customer"');
    await queryRunner.query('DROP TABLE "shipments"');
    await queryRunner.query('DROP INDEX "public"."ix_sales_order_lines_product"');
    await queryRunner.query('DROP INDEX "public"."ix_sales_order_lines_order"');
    await queryRunner.query('DROP TABLE "sales_order_lines"');
    await queryRunner.query('DROP INDEX "public"."ix_sales_orders_date"');
    await queryRunner.query('DROP INDEX "public"."ix_sales_orders_salesperson"');
    await queryRunner.query('DROP INDEX "public"."ix_sales_orders_status"');
    await queryRunner.query('DROP INDEX "public"."ix_sales_orders_customer"');
    await queryRunner.query('DROP TABLE "sales_orders"');
    await queryRunner.query('DROP INDEX "public"."ix_quotation_lines_quotation"');
    await queryRunner.query('DROP TABLE "quotation_lines"');
    await queryRunner.query('DROP INDEX "public"."ix_quotations_salesperson"');
    await queryRunner.query('DROP INDEX "public"."ix_quotations_status"');
    await queryRunner.query('DROP INDEX "public"."ix_quotations_customer"');
    await queryRunner.query('DROP TABLE "quotations"');
    await queryRunner.query('DROP INDEX "public"."ix_stock_moves_doc"');
    await queryRunner.query('DROP INDEX "public"."ix_stock_moves_product"');
    await queryRunner.query('DROP TABLE "stock_moves"');
    await queryRunner.query('DROP TABLE "stock_adjustments"');
    await queryRunner.query('DROP INDEX "public"."ix_stock_warehouse"');
    await queryRunner.query('DROP TABLE "stock"');
  }
}
