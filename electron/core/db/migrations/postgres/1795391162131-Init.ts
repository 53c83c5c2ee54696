import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795391162131 implements MigrationInterface {
  name = 'Init1795391162131';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "regions" ("id" SERIAL NOT NULL, "code" character varying(20) NOT NULL, "name" character varying(50) NOT NULL, "parent_id" integer, "active" boolean NOT NULL DEFAULT true, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_regions_code" UNIQUE ("code"), CONSTRAINT "PK_4fcd12ed6a046276e2deb08801c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" SERIAL NOT NULL, "login" character varying(32) NOT NULL, "name" character varying(50) NOT NULL, "py" character varying(50) NOT NULL DEFAULT \'\', "password_hash" character varying(200) NOT NULL, "roles" character varying(200) NOT NULL, "manager_id" integer, "region_id" integer, "phone" character varying(30), "email" character varying(100), "active" boolean NOT NULL DEFAULT true, "failed_logins" integer NOT NULL DEFAULT \'0\', "locked_until" character varying(32), "last_login_at" character varying(32), "must_change_password" boolean NOT NULL DEFAULT false, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_users_login" UNIQUE ("login"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_users_manager" ON "users"  ("manager_id") ');
    await queryRunner.query(
      'CREATE TABLE "customers" ("id" SERIAL NOT NULL, "code" character varying(20) NOT NULL, "legal_name" character varying(200) NOT NULL, "name_key" character varying(200) NOT NULL, "py" character varying(100) NOT NULL DEFAULT \'\', "short_name" character varying(50), "credit_code" character varying(18), "address" character varying(200), "phone" character varying(50), "bank_name" character varying(100), "bank_account" character varying(50), "customer_type" character varying(10) NOT NULL DEFAULT \'cash\', "grade" character varying(10) NOT NULL DEFAULT \'general\', "region_id" integer, "source" character varying(20), "tags" character varying(500) NOT NULL DEFAULT \'\', "owner_id" integer NOT NULL, "credit_limit" bigint NOT NULL DEFAULT \'0\', "credit_days" integer NOT NULL DEFAULT \'0\', "term_basis" character varying(12) NOT NULL DEFAULT \'invoice\', "bad_record" boolean NOT NULL DEFAULT false, "notes" text, "active" boolean NOT NULL DEFAULT true, "created_by" integer, "updated_by" integer, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_customers_code" UNIQUE ("code"), CONSTRAINT "uq_customers_legal_name" UNIQUE ("legal_name"), CONSTRAINT "uq_customers_credit_code" UNIQUE ("credit_code"), CONSTRAINT "PK_133ec679a801fab5e070f73d3ea" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_customers_name_key" ON "customers"  ("name_key") ');
    await queryRunner.query('CREATE INDEX "ix_customers_owner" ON "customers"  ("owner_id") ');
    await queryRunner.query('CREATE INDEX "ix_customers_region" ON "customers"  ("region_id") ');
    await queryRunner.query('CREATE INDEX "ix_customers_updated" ON "customers"  ("updated_at") ');
    await queryRunner.query(
      'CREATE TABLE "customer_owners" ("customer_id" integer NOT NULL, "user_id" integer NOT NULL, CONSTRAINT "PK_0a3db8c1caa0bef6e143f49417f" PRIMARY KEY ("customer_id", "user_id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_customer_owners_user" ON "customer_owners"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "contacts" ("id" SERIAL NOT NULL, "customer_id" integer NOT NULL, "name" character varying(50) NOT NULL, "title" character varying(50), "mobile" character varying(30), "phone" character varying(30), "email" character varying(100), "birthday" character varying(10), "is_primary" boolean NOT NULL DEFAULT false, "notes" character varying(500), "active" boolean NOT NULL DEFAULT true, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_b99cd40cfd66a99f1571f4f72e6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_contacts_customer" ON "contacts"  ("customer_id") ');
    await queryRunner.query(
      'CREATE TABLE "products" ("id" SERIAL NOT NULL, "code" character varying(40) NOT NULL, "name" character varying(100) NOT NULL, "py" character varying(100) NOT NULL DEFAULT \'\', "spec" character varying(100), "unit" character varying(10) NOT NULL, "category" character varying(50), "list_price" bigint NOT NULL DEFAULT \'0\', "floor_price" bigint NOT NULL DEFAULT \'0\', "cost_price" bigint, "tax_rate" integer NOT NULL DEFAULT \'1300\', "notes" character varying(500), "active" boolean NOT NULL DEFAULT true, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_products_code" UNIQUE ("code"), CONSTRAINT "PK_0806c755e0aca124e67c0cf6d7d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_products_name" ON "products"  ("name") ');
    await queryRunner.query(
      'CREATE TABLE "warehouses" ("id" SERIAL NOT NULL, "code" character varying(20) NOT NULL, "name" character varying(50) NOT NULL, "address" character varying(200), "keeper_id" integer, "active" boolean NOT NULL DEFAULT true, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_warehouses_code" UNIQUE ("code"), CONSTRAINT "PK_56ae21ee2432b2270b48867e4be" PRIMARY KEY ("id"))',
    );
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
      'CREATE TABLE "sales_order_lines" ("id" SERIAL NOT NULL, "order_id" integer NOT NULL, "line_no" integer NOT NULL, "product_id" integer NOT NULL, "name" character varying(100) NOT NULL, "spec" character varying(100), "unit" character varying(10) NOT NULL, "qty" bigint NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT \'0\', "tax_rate" integer NOT NULL, "amount" bigint NOT NULL, "tax" bigint NOT NULL, "total" bigint NOT NULL, "floor_price" bigint NOT NULL DEFAULT \'0\', "delivered_qty" bigint NOT NULL DEFAULT \'0\', "delivered_total" bigint NOT NULL DEFAULT \'0\', "invoiced_qty" bigint NOT NULL DEFAULT \'0\', "invoiced_total" bigint NOT NULL DEFAULT \'0\', "reserved_qty" bigint NOT NULL DEFAULT \'0\', "returned_qty" bigint NOT NULL DEFAULT \'0\', "quotation_line_id" integer, "notes" character varying(200), CONSTRAINT "PK_91a9fd0ffdb8572374cf89df4da" PRIMARY KEY ("id"))',
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
      'CREATE TABLE "shipment_lines" ("id" SERIAL NOT NULL, "shipment_id" integer NOT NULL, "line_no" integer NOT NULL, "order_id" integer NOT NULL, "order_line_id" integer NOT NULL, "product_id" integer NOT NULL, "qty" bigint NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT \'0\', "tax_rate" integer NOT NULL, "amount" bigint NOT NULL DEFAULT \'0\', "tax" bigint NOT NULL DEFAULT \'0\', "total" bigint NOT NULL DEFAULT \'0\', "invoiced_qty" bigint NOT NULL DEFAULT \'0\', "invoiced_total" bigint NOT NULL DEFAULT \'0\', "returned_qty" bigint NOT NULL DEFAULT \'0\', "returned_total" bigint NOT NULL DEFAULT \'0\', "credited_qty" bigint NOT NULL DEFAULT \'0\', "credited_total" bigint NOT NULL DEFAULT \'0\', CONSTRAINT "PK_5199504c6b5cdbd91701af3609b" PRIMARY KEY ("id"))',
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
      'CREATE TABLE "number_series" ("series" character varying(20) NOT NULL, "year" integer NOT NULL, "next_value" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_35136cf2d5c4c2c4c0f54ee17f2" PRIMARY KEY ("series", "year"))',
    );
    await queryRunner.query(
      'CREATE TABLE "settings" ("key" character varying(64) NOT NULL, "value" text NOT NULL, "updated_at" character varying(32) NOT NULL, CONSTRAINT "PK_c8639b7626fa94ba8265628f214" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "audit_log" ("id" SERIAL NOT NULL, "at" character varying(32) NOT NULL, "user_id" integer, "user_name" character varying(50), "method" character varying(64) NOT NULL, "entity_type" character varying(32), "entity_id" character varying(64), "summary" character varying(500), "transport" character varying(16), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_audit_at" ON "audit_log"  ("at") ');
    await queryRunner.query('CREATE INDEX "ix_audit_entity" ON "audit_log"  ("entity_type", "entity_id") ');
    await queryRunner.query(
      'CREATE TABLE "crm_leads" ("id" SERIAL NOT NULL, "code" character varying(20) NOT NULL, "company" character varying(200) NOT NULL, "name_key" character varying(200) NOT NULL, "py" character varying(100) NOT NULL DEFAULT \'\', "contact_name" character varying(50), "contact_title" character varying(50), "phone" character varying(50), "phone_key" character varying(30), "email" character varying(100), "source" character varying(20) NOT NULL, "requirement" text, "notes" text, "status" character varying(12) NOT NULL DEFAULT \'open\', "owner_id" integer, "filed_by" integer NOT NULL, "filed_at" character varying(32) NOT NULL, "assigned_at" character varying(32), "idle_since" character varying(32), "last_followup_at" character varying(32), "next_followup_on" character varying(10), "idle_warned_at" character varying(32), "convert_warned_at" character varying(32), "pooled_at" character varying(32), "pool_reason" character varying(200), "previous_owner_id" integer, "customer_id" integer, "converted_at" character varying(32), "merged_into_id" integer, "closed_reason" character varying(200), "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_crm_leads_code" UNIQUE ("code"), CONSTRAINT "PK_023c67e7150b04458c964631db3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_leads_name_key" ON "crm_leads"  ("name_key") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_phone_key" ON "crm_leads"  ("phone_key") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_owner" ON "crm_leads"  ("owner_id", "status") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_idle" ON "crm_leads"  ("status", "idle_since") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_leads_assigned" ON "crm_leads"  ("status", "assigned_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_leads_customer" ON "crm_leads"  ("customer_id") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_filed" ON "crm_leads"  ("filed_at") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_pooled" ON "crm_leads"  ("status", "pooled_at") ');
    await queryRunner.query(
      'CREATE TABLE "crm_lead_events" ("id" SERIAL NOT NULL, "lead_id" integer NOT NULL, "at" character varying(32) NOT NULL, "kind" character varying(20) NOT NULL, "user_id" integer, "from_user_id" integer, "to_user_id" integer, "note" character varying(500), CONSTRAINT "PK_bd0bb955b8bd2b8996ea62b0994" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_lead_events_lead" ON "crm_lead_events"  ("lead_id", "at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_lead_events_to" ON "crm_lead_events"  ("to_user_id", "kind", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_opportunities" ("id" SERIAL NOT NULL, "code" character varying(20) NOT NULL, "name" character varying(200) NOT NULL, "customer_id" integer NOT NULL, "lead_id" integer, "owner_id" integer NOT NULL, "stage" character varying(20) NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'open\', "stage_entered_at" character varying(32) NOT NULL, "stage_due_on" character varying(10), "stage_warned_at" character varying(32), "budget" bigint, "expected_amount" bigint, "expected_bid_date" character varying(10), "win_amount" bigint, "bid_issue_date" character varying(10), "bid_response_date" character varying(10), "design_unit" character varying(200), "decision_unit" character varying(200), "user_unit" character varying(200), "description" text, "won_amount" bigint, "won_on" character varying(10), "won_reason" character varying(500), "lost_reason" character varying(500), "lost_to" character varying(100), "closed_at" character varying(32), "closed_by" integer, "created_by" integer NOT NULL, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_crm_opportunities_code" UNIQUE ("code"), CONSTRAINT "uq_crm_opportunities_name" UNIQUE ("name"), CONSTRAINT "PK_4c6b908ec71ff04148b38b24861" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opps_owner" ON "crm_opportunities"  ("owner_id", "status") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_opps_customer" ON "crm_opportunities"  ("customer_id") ');
    await queryRunner.query('CREATE INDEX "ix_crm_opps_stage" ON "crm_opportunities"  ("status", "stage") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opps_due" ON "crm_opportunities"  ("status", "stage_due_on") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_opps_updated" ON "crm_opportunities"  ("updated_at") ');
    await queryRunner.query(
      'CREATE TABLE "crm_opportunity_owners" ("opportunity_id" integer NOT NULL, "user_id" integer NOT NULL, CONSTRAINT "PK_00f4eee0d10a4b188f5309d1f3a" PRIMARY KEY ("opportunity_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opp_owners_user" ON "crm_opportunity_owners"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_opportunity_stages" ("id" SERIAL NOT NULL, "opportunity_id" integer NOT NULL, "stage" character varying(20) NOT NULL, "entered_at" character varying(32) NOT NULL, "left_at" character varying(32), "due_on" character varying(10), "overdue" boolean NOT NULL DEFAULT false, "user_id" integer, "note" character varying(500), CONSTRAINT "PK_9dd7f1b62ddf6ad345226397d00" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opp_stages_opp" ON "crm_opportunity_stages"  ("opportunity_id", "entered_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_opportunity_tasks" ("opportunity_id" integer NOT NULL, "stage" character varying(20) NOT NULL, "task_key" character varying(40) NOT NULL, "done_by" integer NOT NULL, "done_at" character varying(32) NOT NULL, CONSTRAINT "PK_e128fe340f43af321dd612470ff" PRIMARY KEY ("opportunity_id", "stage", "task_key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_decision_chain" ("id" SERIAL NOT NULL, "opportunity_id" integer NOT NULL, "contact_id" integer NOT NULL, "role" character varying(20) NOT NULL, "notes" character varying(200), "active" boolean NOT NULL DEFAULT true, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_crm_decision_chain" UNIQUE ("opportunity_id", "contact_id"), CONSTRAINT "PK_6e21ab86a7de34e58298ea5a3e6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_competitors" ("id" SERIAL NOT NULL, "opportunity_id" integer NOT NULL, "competitor" character varying(100) NOT NULL, "offer_amount" bigint, "strengths" character varying(1000), "weaknesses" character varying(1000), "notes" character varying(500), "active" boolean NOT NULL DEFAULT true, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_2029ef627f3c9b7344d4d721424" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_competitors_opp" ON "crm_competitors"  ("opportunity_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_competitors_name" ON "crm_competitors"  ("competitor") ');
    await queryRunner.query(
      'CREATE TABLE "crm_opportunity_products" ("id" SERIAL NOT NULL, "opportunity_id" integer NOT NULL, "line_no" integer NOT NULL, "product_id" integer NOT NULL, "qty" integer NOT NULL, "price" bigint NOT NULL, "notes" character varying(200), CONSTRAINT "PK_c235b4c38cf0173b4cb38e203d7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opp_products_opp" ON "crm_opportunity_products"  ("opportunity_id", "line_no") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_attachments" ("id" SERIAL NOT NULL, "entity_type" character varying(20) NOT NULL, "entity_id" integer NOT NULL, "kind" character varying(20) NOT NULL, "file_name" character varying(200) NOT NULL, "mime" character varying(100) NOT NULL, "size" integer NOT NULL, "sha256" character varying(64) NOT NULL, "content" text NOT NULL, "uploaded_by" integer NOT NULL, "uploaded_at" character varying(32) NOT NULL, "removed" boolean NOT NULL DEFAULT false, "removed_by" integer, "removed_at" character varying(32), CONSTRAINT "PK_9782365769b80f54bfd303fac83" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_attachments_entity" ON "crm_attachments"  ("entity_type", "entity_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_activities" ("id" SERIAL NOT NULL, "type" character varying(12) NOT NULL, "user_id" integer NOT NULL, "customer_id" integer, "lead_id" integer, "contact_id" integer, "opportunity_id" integer, "occurred_at" character varying(32) NOT NULL, "checkin_at" character varying(32), "checkin_place" character varying(200), "summary" text NOT NULL, "customer_requests" text, "promises" text, "next_followup_on" character varying(10) NOT NULL, "followup_owner_id" integer NOT NULL, "followup_done" boolean NOT NULL DEFAULT false, "followup_done_at" character varying(32), "created_at" character varying(32) NOT NULL, CONSTRAINT "PK_d56ffe80fd59fb40765d9f6ff35" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_act_customer" ON "crm_activities"  ("customer_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_act_lead" ON "crm_activities"  ("lead_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_act_opp" ON "crm_activities"  ("opportunity_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_act_user" ON "crm_activities"  ("user_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_act_followup" ON "crm_activities"  ("followup_owner_id", "followup_done", "next_followup_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_reminders" ("id" SERIAL NOT NULL, "user_id" integer NOT NULL, "kind" character varying(30) NOT NULL, "entity_type" character varying(20) NOT NULL, "entity_id" integer NOT NULL, "title_zh" character varying(300) NOT NULL, "title_en" character varying(300) NOT NULL, "due_on" character varying(10), "dedupe_key" character varying(120) NOT NULL, "created_at" character varying(32) NOT NULL, "read_at" character varying(32), CONSTRAINT "uq_crm_reminders_key" UNIQUE ("user_id", "dedupe_key"), CONSTRAINT "PK_bb5f9a986026bcc1b1298d8479c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_reminders_user" ON "crm_reminders"  ("user_id", "read_at", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_service_jobs" ("id" SERIAL NOT NULL, "code" character varying(20) NOT NULL, "customer_id" integer NOT NULL, "product_id" integer, "description" text NOT NULL, "completed_on" character varying(10) NOT NULL, "user_id" integer NOT NULL, "created_at" character varying(32) NOT NULL, CONSTRAINT "uq_crm_service_jobs_code" UNIQUE ("code"), CONSTRAINT "PK_5db666c1e12e0bd3e4e84be86f3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_service_jobs_customer" ON "crm_service_jobs"  ("customer_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_aftersales_tasks" ("id" SERIAL NOT NULL, "customer_id" integer NOT NULL, "source_type" character varying(20) NOT NULL, "source_id" integer NOT NULL, "kind" character varying(20) NOT NULL, "seq" integer NOT NULL DEFAULT \'0\', "delivered_on" character varying(10) NOT NULL, "due_from" character varying(10) NOT NULL, "due_on" character varying(10) NOT NULL, "assignee_id" integer NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'open\', "warned_at" character varying(32), "done_at" character varying(32), "done_by" integer, "activity_id" integer, "satisfaction" integer, "result" character varying(500), "created_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_crm_aftersales_source" UNIQUE ("source_type", "source_id", "kind", "seq"), CONSTRAINT "PK_598483bbc1eed3d71ccf880042c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_aftersales_assignee" ON "crm_aftersales_tasks"  ("assignee_id", "status", "due_on") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_aftersales_customer" ON "crm_aftersales_tasks"  ("customer_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_aftersales_due" ON "crm_aftersales_tasks"  ("status", "due_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_complaints" ("id" SERIAL NOT NULL, "code" character varying(20) NOT NULL, "kind" character varying(12) NOT NULL, "customer_id" integer NOT NULL, "contact_id" integer, "product_id" integer, "cause" character varying(12) NOT NULL, "severity" character varying(10) NOT NULL, "description" text NOT NULL, "owner_id" integer NOT NULL, "status" character varying(12) NOT NULL DEFAULT \'open\', "opened_at" character varying(32) NOT NULL, "escalate_at" character varying(32) NOT NULL, "escalated_at" character varying(32), "supervisor_id" integer, "tech_user_id" integer, "routed_at" character varying(32), "tech_result" text, "solution" text, "satisfaction" integer, "closed_at" character varying(32), "closed_by" integer, "resolve_minutes" integer, "created_by" integer NOT NULL, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_crm_complaints_code" UNIQUE ("code"), CONSTRAINT "PK_34c5f9adc407c4115f6372017ba" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_complaints_escalate" ON "crm_complaints"  ("status", "escalate_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_complaints_customer" ON "crm_complaints"  ("customer_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_complaints_owner" ON "crm_complaints"  ("owner_id", "status") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_complaints_product" ON "crm_complaints"  ("product_id") ');
    await queryRunner.query('CREATE INDEX "ix_crm_complaints_opened" ON "crm_complaints"  ("opened_at") ');
    await queryRunner.query(
      'CREATE TABLE "crm_complaint_logs" ("id" SERIAL NOT NULL, "complaint_id" integer NOT NULL, "at" character varying(32) NOT NULL, "user_id" integer, "action" character varying(20) NOT NULL, "note" text, CONSTRAINT "PK_e4924ba1a50357fa95f182eca47" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_complaint_logs" ON "crm_complaint_logs"  ("complaint_id", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_merges" ("id" SERIAL NOT NULL, "winner_type" character varying(10) NOT NULL, "winner_id" integer NOT NULL, "loser_type" character varying(10) NOT NULL, "loser_id" integer NOT NULL, "proposed" character varying(10), "rule" character varying(30), "decided_by" integer NOT NULL, "reason" character varying(500) NOT NULL, "details" text, "at" character varying(32) NOT NULL, CONSTRAINT "PK_99835195b55660ca87b803ff00b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "print_counters" ("doc_type" character varying(32) NOT NULL, "doc_key" character varying(100) NOT NULL, "prints" integer NOT NULL DEFAULT \'0\', "last_printed_at" character varying(32), CONSTRAINT "PK_3bc2b4501a7f352469e35935ecb" PRIMARY KEY ("doc_type", "doc_key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "print_log" ("id" SERIAL NOT NULL, "doc_type" character varying(32) NOT NULL, "doc_key" character varying(100) NOT NULL, "doc_no" character varying(64), "copy_no" integer NOT NULL, "output" character varying(10) NOT NULL, "printed_by" integer NOT NULL, "printed_by_name" character varying(50) NOT NULL, "printed_at" character varying(32) NOT NULL, CONSTRAINT "uq_print_log_copy" UNIQUE ("doc_type", "doc_key", "copy_no"), CONSTRAINT "PK_fda037c70b9b7b6c16ee085ed25" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_print_log_at" ON "print_log"  ("printed_at") ');
    await queryRunner.query(
      'CREATE TABLE "org_units" ("id" SERIAL NOT NULL, "code" character varying(20) NOT NULL, "name" character varying(50) NOT NULL, "kind" character varying(12) NOT NULL, "parent_id" integer, "head_id" integer, "sort" integer NOT NULL DEFAULT \'0\', "active" boolean NOT NULL DEFAULT true, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_org_units_code" UNIQUE ("code"), CONSTRAINT "PK_b4a19b7f3756560cd75643be5a7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_org_units_parent" ON "org_units"  ("parent_id") ');
    await queryRunner.query('CREATE INDEX "ix_org_units_head" ON "org_units"  ("head_id") ');
    await queryRunner.query(
      'CREATE TABLE "staff_profiles" ("user_id" integer NOT NULL, "org_unit_id" integer, "position" character varying(50), "hire_date" character varying(10), "left_date" character varying(10), "data_scope" character varying(10), "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_223deb3f390b28562fad70eefed" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_staff_profiles_unit" ON "staff_profiles"  ("org_unit_id") ');
    await queryRunner.query(
      'CREATE TABLE "staff_changes" ("id" SERIAL NOT NULL, "user_id" integer NOT NULL, "kind" character varying(12) NOT NULL, "effective_date" character varying(10) NOT NULL, "from_org_unit_id" integer, "to_org_unit_id" integer, "from_manager_id" integer, "to_manager_id" integer, "from_roles" character varying(200), "to_roles" character varying(200), "handover_to_id" integer, "handover_summary" character varying(1000), "reason" character varying(200), "created_by" integer NOT NULL, "created_at" character varying(32) NOT NULL, CONSTRAINT "PK_fdf373ac0ec930a8a74f76b1343" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_staff_changes_user" ON "staff_changes"  ("user_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "staff_statuses" ("id" SERIAL NOT NULL, "user_id" integer NOT NULL, "kind" character varying(16) NOT NULL, "starts_at" character varying(32) NOT NULL, "ends_at" character varying(32) NOT NULL, "note" character varying(200), "approval" character varying(10) NOT NULL, "approver_id" integer, "approved_at" character varying(32), "approval_note" character varying(200), "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_d667a59c499bc6436a53434d1ce" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_staff_statuses_user" ON "staff_statuses"  ("user_id", "starts_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_staff_statuses_range" ON "staff_statuses"  ("starts_at", "ends_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "work_reports" ("id" SERIAL NOT NULL, "user_id" integer NOT NULL, "report_date" character varying(10) NOT NULL, "done" text NOT NULL, "visits" text, "visit_count" integer NOT NULL DEFAULT \'0\', "problems" text, "plan" text, "submitted_at" character varying(32) NOT NULL, "late" boolean NOT NULL DEFAULT false, "read_by" integer, "read_at" character varying(32), "comment_count" integer NOT NULL DEFAULT \'0\', "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_work_reports_user_date" UNIQUE ("user_id", "report_date"), CONSTRAINT "PK_415c641d000a6b9d003d8d39b8f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_work_reports_date" ON "work_reports"  ("report_date") ');
    await queryRunner.query(
      'CREATE TABLE "work_report_comments" ("id" SERIAL NOT NULL, "report_id" integer NOT NULL, "user_id" integer NOT NULL, "body" character varying(1000) NOT NULL, "created_at" character varying(32) NOT NULL, CONSTRAINT "PK_c68063a1293776ca75df396bddc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_work_report_comments_report" ON "work_report_comments"  ("report_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "staff_tasks" ("id" SERIAL NOT NULL, "kind" character varying(10) NOT NULL, "subject" character varying(100) NOT NULL, "description" text, "assignee_id" integer NOT NULL, "creator_id" integer NOT NULL, "customer_id" integer, "starts_at" character varying(32) NOT NULL, "ends_at" character varying(32) NOT NULL, "status" character varying(10) NOT NULL, "remind_at" character varying(32), "reminded_at" character varying(32), "postpone_count" integer NOT NULL DEFAULT \'0\', "result" character varying(500), "completed_at" character varying(32), "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_9a4229738b0fe632286aeab5983" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_staff_tasks_assignee" ON "staff_tasks"  ("assignee_id", "starts_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_staff_tasks_creator" ON "staff_tasks"  ("creator_id") ');
    await queryRunner.query('CREATE INDEX "ix_staff_tasks_remind" ON "staff_tasks"  ("remind_at") ');
    await queryRunner.query(
      'CREATE TABLE "staff_task_events" ("id" SERIAL NOT NULL, "task_id" integer NOT NULL, "user_id" integer, "action" character varying(12) NOT NULL, "note" character varying(500), "at" character varying(32) NOT NULL, CONSTRAINT "PK_0cfe8777d3ffcfd4d40c5bdf2f0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_staff_task_events_task" ON "staff_task_events"  ("task_id") ');
    await queryRunner.query(
      'CREATE TABLE "staff_reminders" ("id" SERIAL NOT NULL, "user_id" integer NOT NULL, "kind" character varying(20) NOT NULL, "ref_type" character varying(20), "ref_id" integer, "message" character varying(300) NOT NULL, "dedupe_key" character varying(120) NOT NULL, "created_at" character varying(32) NOT NULL, "read_at" character varying(32), CONSTRAINT "uq_staff_reminders_dedupe" UNIQUE ("dedupe_key"), CONSTRAINT "PK_af543549367ca2bf5b23bb0629d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_staff_reminders_user" ON "staff_reminders"  ("user_id", "read_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "attendance_records" ("id" SERIAL NOT NULL, "user_id" integer NOT NULL, "work_date" character varying(10) NOT NULL, "check_in" character varying(5), "check_out" character varying(5), "source" character varying(10) NOT NULL, "note" character varying(200), "created_by" integer, "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_attendance_user_date" UNIQUE ("user_id", "work_date"), CONSTRAINT "PK_946920332f5bc9efad3f3023b96" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_attendance_date" ON "attendance_records"  ("work_date") ');
    await queryRunner.query(
      'CREATE TABLE "target_plans" ("id" SERIAL NOT NULL, "number" character varying(20), "year" integer NOT NULL, "metric" character varying(20) NOT NULL, "basis" character varying(12) NOT NULL, "revision" integer NOT NULL DEFAULT \'1\', "status" character varying(12) NOT NULL, "name" character varying(100) NOT NULL, "owner_id" integer NOT NULL, "notes" character varying(500), "created_by" integer, "approved_by" integer, "approved_at" character varying(32), "created_at" character varying(32) NOT NULL, "updated_at" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT \'0\', CONSTRAINT "uq_target_plans_rev" UNIQUE ("year", "metric", "revision"), CONSTRAINT "PK_982d91b3a103a88aa23fb524d27" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_target_plans_status" ON "target_plans"  ("year", "metric", "status") ',
    );
    await queryRunner.query(
      'CREATE TABLE "target_nodes" ("id" SERIAL NOT NULL, "plan_id" integer NOT NULL, "parent_id" integer, "subject_type" character varying(12) NOT NULL, "subject_id" integer, "owner_id" integer, "sort" integer NOT NULL DEFAULT \'0\', "v_y" bigint, "v_q1" bigint, "v_q2" bigint, "v_q3" bigint, "v_q4" bigint, "v_m1" bigint, "v_m2" bigint, "v_m3" bigint, "v_m4" bigint, "v_m5" bigint, "v_m6" bigint, "v_m7" bigint, "v_m8" bigint, "v_m9" bigint, "v_m10" bigint, "v_m11" bigint, "v_m12" bigint, CONSTRAINT "PK_d47ca94dbb4bc1da90a0603edf1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_target_nodes_plan" ON "target_nodes"  ("plan_id", "parent_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_target_nodes_subject" ON "target_nodes"  ("subject_type", "subject_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "regions" ADD CONSTRAINT "fk_regions_parent_id" FOREIGN KEY ("parent_id") REFERENCES "regions"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "users" ADD CONSTRAINT "fk_users_manager_id" FOREIGN KEY ("manager_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "users" ADD CONSTRAINT "fk_users_region_id" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "customers" ADD CONSTRAINT "fk_customers_region_id" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "customers" ADD CONSTRAINT "fk_customers_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "customers" ADD CONSTRAINT "fk_customers_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "customers" ADD CONSTRAINT "fk_customers_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "customer_owners" ADD CONSTRAINT "fk_customer_owners_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "customer_owners" ADD CONSTRAINT "fk_customer_owners_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contacts" ADD CONSTRAINT "fk_contacts_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "warehouses" ADD CONSTRAINT "fk_warehouses_keeper_id" FOREIGN KEY ("keeper_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
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
    await queryRunner.query(
      'ALTER TABLE "crm_leads" ADD CONSTRAINT "fk_crm_leads_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_leads" ADD CONSTRAINT "fk_crm_leads_filed_by" FOREIGN KEY ("filed_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_leads" ADD CONSTRAINT "fk_crm_leads_previous_owner_id" FOREIGN KEY ("previous_owner_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_leads" ADD CONSTRAINT "fk_crm_leads_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_leads" ADD CONSTRAINT "fk_crm_leads_merged_into_id" FOREIGN KEY ("merged_into_id") REFERENCES "crm_leads"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_lead_events" ADD CONSTRAINT "fk_crm_lead_events_lead_id" FOREIGN KEY ("lead_id") REFERENCES "crm_leads"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_lead_events" ADD CONSTRAINT "fk_crm_lead_events_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_lead_events" ADD CONSTRAINT "fk_crm_lead_events_from_user_id" FOREIGN KEY ("from_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_lead_events" ADD CONSTRAINT "fk_crm_lead_events_to_user_id" FOREIGN KEY ("to_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunities" ADD CONSTRAINT "fk_crm_opportunities_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunities" ADD CONSTRAINT "fk_crm_opportunities_lead_id" FOREIGN KEY ("lead_id") REFERENCES "crm_leads"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunities" ADD CONSTRAINT "fk_crm_opportunities_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunities" ADD CONSTRAINT "fk_crm_opportunities_closed_by" FOREIGN KEY ("closed_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunities" ADD CONSTRAINT "fk_crm_opportunities_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_owners" ADD CONSTRAINT "fk_crm_opportunity_owners_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_owners" ADD CONSTRAINT "fk_crm_opportunity_owners_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_stages" ADD CONSTRAINT "fk_crm_opportunity_stages_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_stages" ADD CONSTRAINT "fk_crm_opportunity_stages_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_tasks" ADD CONSTRAINT "fk_crm_opportunity_tasks_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_tasks" ADD CONSTRAINT "fk_crm_opportunity_tasks_done_by" FOREIGN KEY ("done_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_decision_chain" ADD CONSTRAINT "fk_crm_decision_chain_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_decision_chain" ADD CONSTRAINT "fk_crm_decision_chain_contact_id" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_competitors" ADD CONSTRAINT "fk_crm_competitors_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_products" ADD CONSTRAINT "fk_crm_opportunity_products_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_products" ADD CONSTRAINT "fk_crm_opportunity_products_product_id" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_attachments" ADD CONSTRAINT "fk_crm_attachments_uploaded_by" FOREIGN KEY ("uploaded_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_attachments" ADD CONSTRAINT "fk_crm_attachments_removed_by" FOREIGN KEY ("removed_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_activities" ADD CONSTRAINT "fk_crm_activities_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_activities" ADD CONSTRAINT "fk_crm_activities_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_activities" ADD CONSTRAINT "fk_crm_activities_lead_id" FOREIGN KEY ("lead_id") REFERENCES "crm_leads"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_activities" ADD CONSTRAINT "fk_crm_activities_contact_id" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_activities" ADD CONSTRAINT "fk_crm_activities_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_activities" ADD CONSTRAINT "fk_crm_activities_followup_owner_id" FOREIGN KEY ("followup_owner_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_reminders" ADD CONSTRAINT "fk_crm_reminders_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_service_jobs" ADD CONSTRAINT "fk_crm_service_jobs_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_service_jobs" ADD CONSTRAINT "fk_crm_service_jobs_product_id" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_service_jobs" ADD CONSTRAINT "fk_crm_service_jobs_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_aftersales_tasks" ADD CONSTRAINT "fk_crm_aftersales_tasks_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_aftersales_tasks" ADD CONSTRAINT "fk_crm_aftersales_tasks_assignee_id" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_aftersales_tasks" ADD CONSTRAINT "fk_crm_aftersales_tasks_done_by" FOREIGN KEY ("done_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_aftersales_tasks" ADD CONSTRAINT "fk_crm_aftersales_tasks_activity_id" FOREIGN KEY ("activity_id") REFERENCES "crm_activities"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_complaints" ADD CONSTRAINT "fk_crm_complaints_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_complaints" ADD CONSTRAINT "fk_crm_complaints_contact_id" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_complaints" ADD CONSTRAINT "fk_crm_complaints_product_id" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_complaints" ADD CONSTRAINT "fk_crm_complaints_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_complaints" ADD CONSTRAINT "fk_crm_complaints_supervisor_id" FOREIGN KEY ("supervisor_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_complaints" ADD CONSTRAINT "fk_crm_complaints_tech_user_id" FOREIGN KEY ("tech_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_complaints" ADD CONSTRAINT "fk_crm_complaints_closed_by" FOREIGN KEY ("closed_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_complaints" ADD CONSTRAINT "fk_crm_complaints_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_complaint_logs" ADD CONSTRAINT "fk_crm_complaint_logs_complaint_id" FOREIGN KEY ("complaint_id") REFERENCES "crm_complaints"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_complaint_logs" ADD CONSTRAINT "fk_crm_complaint_logs_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_merges" ADD CONSTRAINT "fk_crm_merges_decided_by" FOREIGN KEY ("decided_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "print_log" ADD CONSTRAINT "fk_print_log_printed_by" FOREIGN KEY ("printed_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "org_units" ADD CONSTRAINT "fk_org_units_parent_id" FOREIGN KEY ("parent_id") REFERENCES "org_units"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "org_units" ADD CONSTRAINT "fk_org_units_head_id" FOREIGN KEY ("head_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_profiles" ADD CONSTRAINT "fk_staff_profiles_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_profiles" ADD CONSTRAINT "fk_staff_profiles_org_unit_id" FOREIGN KEY ("org_unit_id") REFERENCES "org_units"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_changes" ADD CONSTRAINT "fk_staff_changes_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_changes" ADD CONSTRAINT "fk_staff_changes_from_org_unit_id" FOREIGN KEY ("from_org_unit_id") REFERENCES "org_units"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_changes" ADD CONSTRAINT "fk_staff_changes_to_org_unit_id" FOREIGN KEY ("to_org_unit_id") REFERENCES "org_units"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_changes" ADD CONSTRAINT "fk_staff_changes_from_manager_id" FOREIGN KEY ("from_manager_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_changes" ADD CONSTRAINT "fk_staff_changes_to_manager_id" FOREIGN KEY ("to_manager_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_changes" ADD CONSTRAINT "fk_staff_changes_handover_to_id" FOREIGN KEY ("handover_to_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_changes" ADD CONSTRAINT "fk_staff_changes_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_statuses" ADD CONSTRAINT "fk_staff_statuses_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_statuses" ADD CONSTRAINT "fk_staff_statuses_approver_id" FOREIGN KEY ("approver_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_reports" ADD CONSTRAINT "fk_work_reports_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_reports" ADD CONSTRAINT "fk_work_reports_read_by" FOREIGN KEY ("read_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_report_comments" ADD CONSTRAINT "fk_work_report_comments_report_id" FOREIGN KEY ("report_id") REFERENCES "work_reports"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "work_report_comments" ADD CONSTRAINT "fk_work_report_comments_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_tasks" ADD CONSTRAINT "fk_staff_tasks_assignee_id" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_tasks" ADD CONSTRAINT "fk_staff_tasks_creator_id" FOREIGN KEY ("creator_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_tasks" ADD CONSTRAINT "fk_staff_tasks_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_task_events" ADD CONSTRAINT "fk_staff_task_events_task_id" FOREIGN KEY ("task_id") REFERENCES "staff_tasks"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_task_events" ADD CONSTRAINT "fk_staff_task_events_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "staff_reminders" ADD CONSTRAINT "fk_staff_reminders_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "attendance_records" ADD CONSTRAINT "fk_attendance_records_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "attendance_records" ADD CONSTRAINT "fk_attendance_records_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "target_plans" ADD CONSTRAINT "fk_target_plans_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "target_plans" ADD CONSTRAINT "fk_target_plans_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "target_plans" ADD CONSTRAINT "fk_target_plans_approved_by" FOREIGN KEY ("approved_by") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "target_nodes" ADD CONSTRAINT "fk_target_nodes_plan_id" FOREIGN KEY ("plan_id") REFERENCES "target_plans"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "target_nodes" ADD CONSTRAINT "fk_target_nodes_parent_id" FOREIGN KEY ("parent_id") REFERENCES "target_nodes"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "target_nodes" ADD CONSTRAINT "fk_target_nodes_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "target_nodes" DROP CONSTRAINT "fk_target_nodes_owner_id"');
    await queryRunner.query('ALTER TABLE "target_nodes" DROP CONSTRAINT "fk_target_nodes_parent_id"');
    await queryRunner.query('ALTER TABLE "target_nodes" DROP CONSTRAINT "fk_target_nodes_plan_id"');
    await queryRunner.query('ALTER TABLE "target_plans" DROP CONSTRAINT "fk_target_plans_approved_by"');
    await queryRunner.query('ALTER TABLE "target_plans" DROP CONSTRAINT "fk_target_plans_created_by"');
    await queryRunner.query('ALTER TABLE "target_plans" DROP CONSTRAINT "fk_target_plans_owner_id"');
    await queryRunner.query(
      'ALTER TABLE "attendance_records" DROP CONSTRAINT "fk_attendance_records_created_by"',
    );
    await queryRunner.query(
      'ALTER TABLE "attendance_records" DROP CONSTRAINT "fk_attendance_records_user_id"',
    );
    await queryRunner.query('ALTER TABLE "staff_reminders" DROP CONSTRAINT "fk_staff_reminders_user_id"');
    await queryRunner.query('ALTER TABLE "staff_task_events" DROP CONSTRAINT "fk_staff_task_events_user_id"');
    await queryRunner.query('ALTER TABLE "staff_task_events" DROP CONSTRAINT "fk_staff_task_events_task_id"');
    await queryRunner.query('ALTER TABLE "staff_tasks" DROP CONSTRAINT "fk_staff_tasks_customer_id"');
    await queryRunner.query('ALTER TABLE "staff_tasks" DROP CONSTRAINT "fk_staff_tasks_creator_id"');
    await queryRunner.query('ALTER TABLE "staff_tasks" DROP CONSTRAINT "fk_staff_tasks_assignee_id"');
    await queryRunner.query(
      'ALTER TABLE "work_report_comments" DROP CONSTRAINT "fk_work_report_comments_user_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "work_report_comments" DROP CONSTRAINT "fk_work_report_comments_report_id"',
    );
    await queryRunner.query('ALTER TABLE "work_reports" DROP CONSTRAINT "fk_work_reports_read_by"');
    await queryRunner.query('ALTER TABLE "work_reports" DROP CONSTRAINT "fk_work_reports_user_id"');
    await queryRunner.query('ALTER TABLE "staff_statuses" DROP CONSTRAINT "fk_staff_statuses_approver_id"');
    await queryRunner.query('ALTER TABLE "staff_statuses" DROP CONSTRAINT "fk_staff_statuses_user_id"');
    await queryRunner.query('ALTER TABLE "staff_changes" DROP CONSTRAINT "fk_staff_changes_created_by"');
    await queryRunner.query('ALTER TABLE "staff_changes" DROP CONSTRAINT "fk_staff_changes_handover_to_id"');
    await queryRunner.query('ALTER TABLE "staff_changes" DROP CONSTRAINT "fk_staff_changes_to_manager_id"');
    await queryRunner.query('ALTER TABLE "staff_changes" DROP CONSTRAINT "fk_staff_changes_from_manager_id"');
    await queryRunner.query('ALTER TABLE "staff_changes" DROP CONSTRAINT "fk_staff_changes_to_org_unit_id"');
    await queryRunner.query(
      'ALTER TABLE "staff_changes" DROP CONSTRAINT "fk_staff_changes_from_org_unit_id"',
    );
    await queryRunner.query('ALTER TABLE "staff_changes" DROP CONSTRAINT "fk_staff_changes_user_id"');
    await queryRunner.query('ALTER TABLE "staff_profiles" DROP CONSTRAINT "fk_staff_profiles_org_unit_id"');
    await queryRunner.query('ALTER TABLE "staff_profiles" DROP CONSTRAINT "fk_staff_profiles_user_id"');
    await queryRunner.query('ALTER TABLE "org_units" DROP CONSTRAINT "fk_org_units_head_id"');
    await queryRunner.query('ALTER TABLE "org_units" DROP CONSTRAINT "fk_org_units_parent_id"');
    await queryRunner.query('ALTER TABLE "print_log" DROP CONSTRAINT "fk_print_log_printed_by"');
    await queryRunner.query('ALTER TABLE "crm_merges" DROP CONSTRAINT "fk_crm_merges_decided_by"');
    await queryRunner.query(
      'ALTER TABLE "crm_complaint_logs" DROP CONSTRAINT "fk_crm_complaint_logs_user_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_complaint_logs" DROP CONSTRAINT "fk_crm_complaint_logs_complaint_id"',
    );
    await queryRunner.query('ALTER TABLE "crm_complaints" DROP CONSTRAINT "fk_crm_complaints_created_by"');
    await queryRunner.query('ALTER TABLE "crm_complaints" DROP CONSTRAINT "fk_crm_complaints_closed_by"');
    await queryRunner.query('ALTER TABLE "crm_complaints" DROP CONSTRAINT "fk_crm_complaints_tech_user_id"');
    await queryRunner.query('ALTER TABLE "crm_complaints" DROP CONSTRAINT "fk_crm_complaints_supervisor_id"');
    await queryRunner.query('ALTER TABLE "crm_complaints" DROP CONSTRAINT "fk_crm_complaints_owner_id"');
    await queryRunner.query('ALTER TABLE "crm_complaints" DROP CONSTRAINT "fk_crm_complaints_product_id"');
    await queryRunner.query('ALTER TABLE "crm_complaints" DROP CONSTRAINT "fk_crm_complaints_contact_id"');
    await queryRunner.query('ALTER TABLE "crm_complaints" DROP CONSTRAINT "fk_crm_complaints_customer_id"');
    await queryRunner.query(
      'ALTER TABLE "crm_aftersales_tasks" DROP CONSTRAINT "fk_crm_aftersales_tasks_activity_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_aftersales_tasks" DROP CONSTRAINT "fk_crm_aftersales_tasks_done_by"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_aftersales_tasks" DROP CONSTRAINT "fk_crm_aftersales_tasks_assignee_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_aftersales_tasks" DROP CONSTRAINT "fk_crm_aftersales_tasks_customer_id"',
    );
    await queryRunner.query('ALTER TABLE "crm_service_jobs" DROP CONSTRAINT "fk_crm_service_jobs_user_id"');
    await queryRunner.query(
      'ALTER TABLE "crm_service_jobs" DROP CONSTRAINT "fk_crm_service_jobs_product_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_service_jobs" DROP CONSTRAINT "fk_crm_service_jobs_customer_id"',
    );
    await queryRunner.query('ALTER TABLE "crm_reminders" DROP CONSTRAINT "fk_crm_reminders_user_id"');
    await queryRunner.query(
      'ALTER TABLE "crm_activities" DROP CONSTRAINT "fk_crm_activities_followup_owner_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_activities" DROP CONSTRAINT "fk_crm_activities_opportunity_id"',
    );
    await queryRunner.query('ALTER TABLE "crm_activities" DROP CONSTRAINT "fk_crm_activities_contact_id"');
    await queryRunner.query('ALTER TABLE "crm_activities" DROP CONSTRAINT "fk_crm_activities_lead_id"');
    await queryRunner.query('ALTER TABLE "crm_activities" DROP CONSTRAINT "fk_crm_activities_customer_id"');
    await queryRunner.query('ALTER TABLE "crm_activities" DROP CONSTRAINT "fk_crm_activities_user_id"');
    await queryRunner.query('ALTER TABLE "crm_attachments" DROP CONSTRAINT "fk_crm_attachments_removed_by"');
    await queryRunner.query('ALTER TABLE "crm_attachments" DROP CONSTRAINT "fk_crm_attachments_uploaded_by"');
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_products" DROP CONSTRAINT "fk_crm_opportunity_products_product_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_products" DROP CONSTRAINT "fk_crm_opportunity_products_opportunity_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_competitors" DROP CONSTRAINT "fk_crm_competitors_opportunity_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_decision_chain" DROP CONSTRAINT "fk_crm_decision_chain_contact_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_decision_chain" DROP CONSTRAINT "fk_crm_decision_chain_opportunity_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_tasks" DROP CONSTRAINT "fk_crm_opportunity_tasks_done_by"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_tasks" DROP CONSTRAINT "fk_crm_opportunity_tasks_opportunity_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_stages" DROP CONSTRAINT "fk_crm_opportunity_stages_user_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_stages" DROP CONSTRAINT "fk_crm_opportunity_stages_opportunity_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_owners" DROP CONSTRAINT "fk_crm_opportunity_owners_user_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_owners" DROP CONSTRAINT "fk_crm_opportunity_owners_opportunity_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunities" DROP CONSTRAINT "fk_crm_opportunities_created_by"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunities" DROP CONSTRAINT "fk_crm_opportunities_closed_by"',
    );
    await queryRunner.query(
      'ALTER TABLE "crm_opportunities" DROP CONSTRAINT "fk_crm_opportunities_owner_id"',
    );
    await queryRunner.query('ALTER TABLE "crm_opportunities" DROP CONSTRAINT "fk_crm_opportunities_lead_id"');
    await queryRunner.query(
      'ALTER TABLE "crm_opportunities" DROP CONSTRAINT "fk_crm_opportunities_customer_id"',
    );
    await queryRunner.query('ALTER TABLE "crm_lead_events" DROP CONSTRAINT "fk_crm_lead_events_to_user_id"');
    await queryRunner.query(
      'ALTER TABLE "crm_lead_events" DROP CONSTRAINT "fk_crm_lead_events_from_user_id"',
    );
    await queryRunner.query('ALTER TABLE "crm_lead_events" DROP CONSTRAINT "fk_crm_lead_events_user_id"');
    await queryRunner.query('ALTER TABLE "crm_lead_events" DROP CONSTRAINT "fk_crm_lead_events_lead_id"');
    await queryRunner.query('ALTER TABLE "crm_leads" DROP CONSTRAINT "fk_crm_leads_merged_into_id"');
    await queryRunner.query('ALTER TABLE "crm_leads" DROP CONSTRAINT "fk_crm_leads_customer_id"');
    await queryRunner.query('ALTER TABLE "crm_leads" DROP CONSTRAINT "fk_crm_leads_previous_owner_id"');
    await queryRunner.query('ALTER TABLE "crm_leads" DROP CONSTRAINT "fk_crm_leads_filed_by"');
    await queryRunner.query('ALTER TABLE "crm_leads" DROP CONSTRAINT "fk_crm_leads_owner_id"');
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
    await queryRunner.query('ALTER TABLE "warehouses" DROP CONSTRAINT "fk_warehouses_keeper_id"');
    await queryRunner.query('ALTER TABLE "contacts" DROP CONSTRAINT "fk_contacts_customer_id"');
    await queryRunner.query('ALTER TABLE "customer_owners" DROP CONSTRAINT "fk_customer_owners_user_id"');
    await queryRunner.query('ALTER TABLE "customer_owners" DROP CONSTRAINT "fk_customer_owners_customer_id"');
    await queryRunner.query('ALTER TABLE "customers" DROP CONSTRAINT "fk_customers_updated_by"');
    await queryRunner.query('ALTER TABLE "customers" DROP CONSTRAINT "fk_customers_created_by"');
    await queryRunner.query('ALTER TABLE "customers" DROP CONSTRAINT "fk_customers_owner_id"');
    await queryRunner.query('ALTER TABLE "customers" DROP CONSTRAINT "fk_customers_region_id"');
    await queryRunner.query('ALTER TABLE "users" DROP CONSTRAINT "fk_users_region_id"');
    await queryRunner.query('ALTER TABLE "users" DROP CONSTRAINT "fk_users_manager_id"');
    await queryRunner.query('ALTER TABLE "regions" DROP CONSTRAINT "fk_regions_parent_id"');
    await queryRunner.query('DROP INDEX "public"."ix_target_nodes_subject"');
    await queryRunner.query('DROP INDEX "public"."ix_target_nodes_plan"');
    await queryRunner.query('DROP TABLE "target_nodes"');
    await queryRunner.query('DROP INDEX "public"."ix_target_plans_status"');
    await queryRunner.query('DROP TABLE "target_plans"');
    await queryRunner.query('DROP INDEX "public"."ix_attendance_date"');
    await queryRunner.query('DROP TABLE "attendance_records"');
    await queryRunner.query('DROP INDEX "public"."ix_staff_reminders_user"');
    await queryRunner.query('DROP TABLE "staff_reminders"');
    await queryRunner.query('DROP INDEX "public"."ix_staff_task_events_task"');
    await queryRunner.query('DROP TABLE "staff_task_events"');
    await queryRunner.query('DROP INDEX "public"."ix_staff_tasks_remind"');
    await queryRunner.query('DROP INDEX "public"."ix_staff_tasks_creator"');
    await queryRunner.query('DROP INDEX "public"."ix_staff_tasks_assignee"');
    await queryRunner.query('DROP TABLE "staff_tasks"');
    await queryRunner.query('DROP INDEX "public"."ix_work_report_comments_report"');
    await queryRunner.query('DROP TABLE "work_report_comments"');
    await queryRunner.query('DROP INDEX "public"."ix_work_reports_date"');
    await queryRunner.query('DROP TABLE "work_reports"');
    await queryRunner.query('DROP INDEX "public"."ix_staff_statuses_range"');
    await queryRunner.query('DROP INDEX "public"."ix_staff_statuses_user"');
    await queryRunner.query('DROP TABLE "staff_statuses"');
    await queryRunner.query('DROP INDEX "public"."ix_staff_changes_user"');
    await queryRunner.query('DROP TABLE "staff_changes"');
    await queryRunner.query('DROP INDEX "public"."ix_staff_profiles_unit"');
    await queryRunner.query('DROP TABLE "staff_profiles"');
    await queryRunner.query('DROP INDEX "public"."ix_org_units_head"');
    await queryRunner.query('DROP INDEX "public"."ix_org_units_parent"');
    await queryRunner.query('DROP TABLE "org_units"');
    await queryRunner.query('DROP INDEX "public"."ix_print_log_at"');
    await queryRunner.query('DROP TABLE "print_log"');
    await queryRunner.query('DROP TABLE "print_counters"');
    await queryRunner.query('DROP TABLE "crm_merges"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_complaint_logs"');
    await queryRunner.query('DROP TABLE "crm_complaint_logs"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_complaints_opened"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_complaints_product"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_complaints_owner"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_complaints_customer"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_complaints_escalate"');
    await queryRunner.query('DROP TABLE "crm_complaints"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_aftersales_due"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_aftersales_customer"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_aftersales_assignee"');
    await queryRunner.query('DROP TABLE "crm_aftersales_tasks"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_service_jobs_customer"');
    await queryRunner.query('DROP TABLE "crm_service_jobs"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_reminders_user"');
    await queryRunner.query('DROP TABLE "crm_reminders"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_act_followup"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_act_user"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_act_opp"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_act_lead"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_act_customer"');
    await queryRunner.query('DROP TABLE "crm_activities"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_attachments_entity"');
    await queryRunner.query('DROP TABLE "crm_attachments"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_opp_products_opp"');
    await queryRunner.query('DROP TABLE "crm_opportunity_products"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_competitors_name"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_competitors_opp"');
    await queryRunner.query('DROP TABLE "crm_competitors"');
    await queryRunner.query('DROP TABLE "crm_decision_chain"');
    await queryRunner.query('DROP TABLE "crm_opportunity_tasks"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_opp_stages_opp"');
    await queryRunner.query('DROP TABLE "crm_opportunity_stages"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_opp_owners_user"');
    await queryRunner.query('DROP TABLE "crm_opportunity_owners"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_opps_updated"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_opps_due"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_opps_stage"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_opps_customer"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_opps_owner"');
    await queryRunner.query('DROP TABLE "crm_opportunities"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_lead_events_to"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_lead_events_lead"');
    await queryRunner.query('DROP TABLE "crm_lead_events"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_leads_pooled"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_leads_filed"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_leads_customer"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_leads_assigned"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_leads_idle"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_leads_owner"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_leads_phone_key"');
    await queryRunner.query('DROP INDEX "public"."ix_crm_leads_name_key"');
    await queryRunner.query('DROP TABLE "crm_leads"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_entity"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_at"');
    await queryRunner.query('DROP TABLE "audit_log"');
    await queryRunner.query('DROP TABLE "settings"');
    await queryRunner.query('DROP TABLE "number_series"');
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
    await queryRunner.query('DROP TABLE "warehouses"');
    await queryRunner.query('DROP INDEX "public"."ix_products_name"');
    await queryRunner.query('DROP TABLE "products"');
    await queryRunner.query('DROP INDEX "public"."ix_contacts_customer"');
    await queryRunner.query('DROP TABLE "contacts"');
    await queryRunner.query('DROP INDEX "public"."ix_customer_owners_user"');
    await queryRunner.query('DROP TABLE "customer_owners"');
    await queryRunner.query('DROP INDEX "public"."ix_customers_updated"');
    await queryRunner.query('DROP INDEX "public"."ix_customers_region"');
    await queryRunner.query('DROP INDEX "public"."ix_customers_owner"');
    await queryRunner.query('DROP INDEX "public"."ix_customers_name_key"');
    await queryRunner.query('DROP TABLE "customers"');
    await queryRunner.query('DROP INDEX "public"."ix_users_manager"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP TABLE "regions"');
  }
}
