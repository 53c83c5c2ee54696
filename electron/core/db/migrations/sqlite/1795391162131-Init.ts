import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795391162131 implements MigrationInterface {
  name = 'Init1795391162131';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "regions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(50) NOT NULL, "parent_id" integer, "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_regions_code" UNIQUE ("code"))',
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "login" varchar(32) NOT NULL, "name" varchar(50) NOT NULL, "py" varchar(50) NOT NULL DEFAULT (\'\'), "password_hash" varchar(200) NOT NULL, "roles" varchar(200) NOT NULL, "manager_id" integer, "region_id" integer, "phone" varchar(30), "email" varchar(100), "active" boolean NOT NULL DEFAULT (1), "failed_logins" integer NOT NULL DEFAULT (0), "locked_until" varchar(32), "last_login_at" varchar(32), "must_change_password" boolean NOT NULL DEFAULT (0), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_users_login" UNIQUE ("login"))',
    );
    await queryRunner.query('CREATE INDEX "ix_users_manager" ON "users" ("manager_id") ');
    await queryRunner.query(
      'CREATE TABLE "customers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "legal_name" varchar(200) NOT NULL, "name_key" varchar(200) NOT NULL, "py" varchar(100) NOT NULL DEFAULT (\'\'), "short_name" varchar(50), "credit_code" varchar(18), "address" varchar(200), "phone" varchar(50), "bank_name" varchar(100), "bank_account" varchar(50), "customer_type" varchar(10) NOT NULL DEFAULT (\'cash\'), "grade" varchar(10) NOT NULL DEFAULT (\'general\'), "region_id" integer, "source" varchar(20), "tags" varchar(500) NOT NULL DEFAULT (\'\'), "owner_id" integer NOT NULL, "credit_limit" bigint NOT NULL DEFAULT (0), "credit_days" integer NOT NULL DEFAULT (0), "term_basis" varchar(12) NOT NULL DEFAULT (\'invoice\'), "bad_record" boolean NOT NULL DEFAULT (0), "notes" text, "active" boolean NOT NULL DEFAULT (1), "created_by" integer, "updated_by" integer, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_customers_code" UNIQUE ("code"), CONSTRAINT "uq_customers_legal_name" UNIQUE ("legal_name"), CONSTRAINT "uq_customers_credit_code" UNIQUE ("credit_code"))',
    );
    await queryRunner.query('CREATE INDEX "ix_customers_name_key" ON "customers" ("name_key") ');
    await queryRunner.query('CREATE INDEX "ix_customers_owner" ON "customers" ("owner_id") ');
    await queryRunner.query('CREATE INDEX "ix_customers_region" ON "customers" ("region_id") ');
    await queryRunner.query('CREATE INDEX "ix_customers_updated" ON "customers" ("updated_at") ');
    await queryRunner.query(
      'CREATE TABLE "customer_owners" ("customer_id" integer NOT NULL, "user_id" integer NOT NULL, PRIMARY KEY ("customer_id", "user_id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_customer_owners_user" ON "customer_owners" ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "contacts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "name" varchar(50) NOT NULL, "title" varchar(50), "mobile" varchar(30), "phone" varchar(30), "email" varchar(100), "birthday" varchar(10), "is_primary" boolean NOT NULL DEFAULT (0), "notes" varchar(500), "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query('CREATE INDEX "ix_contacts_customer" ON "contacts" ("customer_id") ');
    await queryRunner.query(
      'CREATE TABLE "products" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(40) NOT NULL, "name" varchar(100) NOT NULL, "py" varchar(100) NOT NULL DEFAULT (\'\'), "spec" varchar(100), "unit" varchar(10) NOT NULL, "category" varchar(50), "list_price" bigint NOT NULL DEFAULT (0), "floor_price" bigint NOT NULL DEFAULT (0), "cost_price" bigint, "tax_rate" integer NOT NULL DEFAULT (1300), "notes" varchar(500), "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_products_code" UNIQUE ("code"))',
    );
    await queryRunner.query('CREATE INDEX "ix_products_name" ON "products" ("name") ');
    await queryRunner.query(
      'CREATE TABLE "warehouses" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(50) NOT NULL, "address" varchar(200), "keeper_id" integer, "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_warehouses_code" UNIQUE ("code"))',
    );
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
      'CREATE TABLE "sales_order_lines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "order_id" integer NOT NULL, "line_no" integer NOT NULL, "product_id" integer NOT NULL, "name" varchar(100) NOT NULL, "spec" varchar(100), "unit" varchar(10) NOT NULL, "qty" bigint NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "tax_rate" integer NOT NULL, "amount" bigint NOT NULL, "tax" bigint NOT NULL, "total" bigint NOT NULL, "floor_price" bigint NOT NULL DEFAULT (0), "delivered_qty" bigint NOT NULL DEFAULT (0), "delivered_total" bigint NOT NULL DEFAULT (0), "invoiced_qty" bigint NOT NULL DEFAULT (0), "invoiced_total" bigint NOT NULL DEFAULT (0), "reserved_qty" bigint NOT NULL DEFAULT (0), "returned_qty" bigint NOT NULL DEFAULT (0), "quotation_line_id" integer, "notes" varchar(200))',
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
      'CREATE TABLE "shipment_lines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "shipment_id" integer NOT NULL, "line_no" integer NOT NULL, "order_id" integer NOT NULL, "order_line_id" integer NOT NULL, "product_id" integer NOT NULL, "qty" bigint NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "tax_rate" integer NOT NULL, "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0), "invoiced_qty" bigint NOT NULL DEFAULT (0), "invoiced_total" bigint NOT NULL DEFAULT (0), "returned_qty" bigint NOT NULL DEFAULT (0), "returned_total" bigint NOT NULL DEFAULT (0), "credited_qty" bigint NOT NULL DEFAULT (0), "credited_total" bigint NOT NULL DEFAULT (0))',
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
    await queryRunner.query(
      'CREATE TABLE "number_series" ("series" varchar(20) NOT NULL, "year" integer NOT NULL, "next_value" integer NOT NULL DEFAULT (1), PRIMARY KEY ("series", "year"))',
    );
    await queryRunner.query(
      'CREATE TABLE "settings" ("key" varchar(64) PRIMARY KEY NOT NULL, "value" text NOT NULL, "updated_at" varchar(32) NOT NULL)',
    );
    await queryRunner.query(
      'CREATE TABLE "audit_log" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" varchar(32) NOT NULL, "user_id" integer, "user_name" varchar(50), "method" varchar(64) NOT NULL, "entity_type" varchar(32), "entity_id" varchar(64), "summary" varchar(500), "transport" varchar(16))',
    );
    await queryRunner.query('CREATE INDEX "ix_audit_at" ON "audit_log" ("at") ');
    await queryRunner.query('CREATE INDEX "ix_audit_entity" ON "audit_log" ("entity_type", "entity_id") ');
    await queryRunner.query(
      'CREATE TABLE "crm_leads" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "company" varchar(200) NOT NULL, "name_key" varchar(200) NOT NULL, "py" varchar(100) NOT NULL DEFAULT (\'\'), "contact_name" varchar(50), "contact_title" varchar(50), "phone" varchar(50), "phone_key" varchar(30), "email" varchar(100), "source" varchar(20) NOT NULL, "requirement" text, "notes" text, "status" varchar(12) NOT NULL DEFAULT (\'open\'), "owner_id" integer, "filed_by" integer NOT NULL, "filed_at" varchar(32) NOT NULL, "assigned_at" varchar(32), "idle_since" varchar(32), "last_followup_at" varchar(32), "next_followup_on" varchar(10), "idle_warned_at" varchar(32), "convert_warned_at" varchar(32), "pooled_at" varchar(32), "pool_reason" varchar(200), "previous_owner_id" integer, "customer_id" integer, "converted_at" varchar(32), "merged_into_id" integer, "closed_reason" varchar(200), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_leads_code" UNIQUE ("code"))',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_leads_name_key" ON "crm_leads" ("name_key") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_phone_key" ON "crm_leads" ("phone_key") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_owner" ON "crm_leads" ("owner_id", "status") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_idle" ON "crm_leads" ("status", "idle_since") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_assigned" ON "crm_leads" ("status", "assigned_at") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_customer" ON "crm_leads" ("customer_id") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_filed" ON "crm_leads" ("filed_at") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_pooled" ON "crm_leads" ("status", "pooled_at") ');
    await queryRunner.query(
      'CREATE TABLE "crm_lead_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "lead_id" integer NOT NULL, "at" varchar(32) NOT NULL, "kind" varchar(20) NOT NULL, "user_id" integer, "from_user_id" integer, "to_user_id" integer, "note" varchar(500))',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_lead_events_lead" ON "crm_lead_events" ("lead_id", "at") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_lead_events_to" ON "crm_lead_events" ("to_user_id", "kind", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_opportunities" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(200) NOT NULL, "customer_id" integer NOT NULL, "lead_id" integer, "owner_id" integer NOT NULL, "stage" varchar(20) NOT NULL, "status" varchar(10) NOT NULL DEFAULT (\'open\'), "stage_entered_at" varchar(32) NOT NULL, "stage_due_on" varchar(10), "stage_warned_at" varchar(32), "budget" bigint, "expected_amount" bigint, "expected_bid_date" varchar(10), "win_amount" bigint, "bid_issue_date" varchar(10), "bid_response_date" varchar(10), "design_unit" varchar(200), "decision_unit" varchar(200), "user_unit" varchar(200), "description" text, "won_amount" bigint, "won_on" varchar(10), "won_reason" varchar(500), "lost_reason" varchar(500), "lost_to" varchar(100), "closed_at" varchar(32), "closed_by" integer, "created_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_opportunities_code" UNIQUE ("code"), CONSTRAINT "uq_crm_opportunities_name" UNIQUE ("name"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opps_owner" ON "crm_opportunities" ("owner_id", "status") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_opps_customer" ON "crm_opportunities" ("customer_id") ');
    await queryRunner.query('CREATE INDEX "ix_crm_opps_stage" ON "crm_opportunities" ("status", "stage") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opps_due" ON "crm_opportunities" ("status", "stage_due_on") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_opps_updated" ON "crm_opportunities" ("updated_at") ');
    await queryRunner.query(
      'CREATE TABLE "crm_opportunity_owners" ("opportunity_id" integer NOT NULL, "user_id" integer NOT NULL, PRIMARY KEY ("opportunity_id", "user_id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_opp_owners_user" ON "crm_opportunity_owners" ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "crm_opportunity_stages" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "opportunity_id" integer NOT NULL, "stage" varchar(20) NOT NULL, "entered_at" varchar(32) NOT NULL, "left_at" varchar(32), "due_on" varchar(10), "overdue" boolean NOT NULL DEFAULT (0), "user_id" integer, "note" varchar(500))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opp_stages_opp" ON "crm_opportunity_stages" ("opportunity_id", "entered_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_opportunity_tasks" ("opportunity_id" integer NOT NULL, "stage" varchar(20) NOT NULL, "task_key" varchar(40) NOT NULL, "done_by" integer NOT NULL, "done_at" varchar(32) NOT NULL, PRIMARY KEY ("opportunity_id", "stage", "task_key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_decision_chain" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "opportunity_id" integer NOT NULL, "contact_id" integer NOT NULL, "role" varchar(20) NOT NULL, "notes" varchar(200), "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_decision_chain" UNIQUE ("opportunity_id", "contact_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_competitors" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "opportunity_id" integer NOT NULL, "competitor" varchar(100) NOT NULL, "offer_amount" bigint, "strengths" varchar(1000), "weaknesses" varchar(1000), "notes" varchar(500), "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_competitors_opp" ON "crm_competitors" ("opportunity_id") ');
    await queryRunner.query('CREATE INDEX "ix_crm_competitors_name" ON "crm_competitors" ("competitor") ');
    await queryRunner.query(
      'CREATE TABLE "crm_opportunity_products" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "opportunity_id" integer NOT NULL, "line_no" integer NOT NULL, "product_id" integer NOT NULL, "qty" integer NOT NULL, "price" bigint NOT NULL, "notes" varchar(200))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opp_products_opp" ON "crm_opportunity_products" ("opportunity_id", "line_no") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_attachments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "entity_type" varchar(20) NOT NULL, "entity_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "file_name" varchar(200) NOT NULL, "mime" varchar(100) NOT NULL, "size" integer NOT NULL, "sha256" varchar(64) NOT NULL, "content" text NOT NULL, "uploaded_by" integer NOT NULL, "uploaded_at" varchar(32) NOT NULL, "removed" boolean NOT NULL DEFAULT (0), "removed_by" integer, "removed_at" varchar(32))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_attachments_entity" ON "crm_attachments" ("entity_type", "entity_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_activities" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "type" varchar(12) NOT NULL, "user_id" integer NOT NULL, "customer_id" integer, "lead_id" integer, "contact_id" integer, "opportunity_id" integer, "occurred_at" varchar(32) NOT NULL, "checkin_at" varchar(32), "checkin_place" varchar(200), "summary" text NOT NULL, "customer_requests" text, "promises" text, "next_followup_on" varchar(10) NOT NULL, "followup_owner_id" integer NOT NULL, "followup_done" boolean NOT NULL DEFAULT (0), "followup_done_at" varchar(32), "created_at" varchar(32) NOT NULL)',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_act_customer" ON "crm_activities" ("customer_id", "occurred_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_act_lead" ON "crm_activities" ("lead_id", "occurred_at") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_act_opp" ON "crm_activities" ("opportunity_id", "occurred_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_act_user" ON "crm_activities" ("user_id", "occurred_at") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_act_followup" ON "crm_activities" ("followup_owner_id", "followup_done", "next_followup_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_reminders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "kind" varchar(30) NOT NULL, "entity_type" varchar(20) NOT NULL, "entity_id" integer NOT NULL, "title_zh" varchar(300) NOT NULL, "title_en" varchar(300) NOT NULL, "due_on" varchar(10), "dedupe_key" varchar(120) NOT NULL, "created_at" varchar(32) NOT NULL, "read_at" varchar(32), CONSTRAINT "uq_crm_reminders_key" UNIQUE ("user_id", "dedupe_key"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_reminders_user" ON "crm_reminders" ("user_id", "read_at", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_service_jobs" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "customer_id" integer NOT NULL, "product_id" integer, "description" text NOT NULL, "completed_on" varchar(10) NOT NULL, "user_id" integer NOT NULL, "created_at" varchar(32) NOT NULL, CONSTRAINT "uq_crm_service_jobs_code" UNIQUE ("code"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_service_jobs_customer" ON "crm_service_jobs" ("customer_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_aftersales_tasks" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "source_type" varchar(20) NOT NULL, "source_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "seq" integer NOT NULL DEFAULT (0), "delivered_on" varchar(10) NOT NULL, "due_from" varchar(10) NOT NULL, "due_on" varchar(10) NOT NULL, "assignee_id" integer NOT NULL, "status" varchar(10) NOT NULL DEFAULT (\'open\'), "warned_at" varchar(32), "done_at" varchar(32), "done_by" integer, "activity_id" integer, "satisfaction" integer, "result" varchar(500), "created_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_aftersales_source" UNIQUE ("source_type", "source_id", "kind", "seq"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_aftersales_assignee" ON "crm_aftersales_tasks" ("assignee_id", "status", "due_on") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_aftersales_customer" ON "crm_aftersales_tasks" ("customer_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_aftersales_due" ON "crm_aftersales_tasks" ("status", "due_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_complaints" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "kind" varchar(12) NOT NULL, "customer_id" integer NOT NULL, "contact_id" integer, "product_id" integer, "cause" varchar(12) NOT NULL, "severity" varchar(10) NOT NULL, "description" text NOT NULL, "owner_id" integer NOT NULL, "status" varchar(12) NOT NULL DEFAULT (\'open\'), "opened_at" varchar(32) NOT NULL, "escalate_at" varchar(32) NOT NULL, "escalated_at" varchar(32), "supervisor_id" integer, "tech_user_id" integer, "routed_at" varchar(32), "tech_result" text, "solution" text, "satisfaction" integer, "closed_at" varchar(32), "closed_by" integer, "resolve_minutes" integer, "created_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_complaints_code" UNIQUE ("code"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_complaints_escalate" ON "crm_complaints" ("status", "escalate_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_complaints_customer" ON "crm_complaints" ("customer_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_complaints_owner" ON "crm_complaints" ("owner_id", "status") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_complaints_product" ON "crm_complaints" ("product_id") ');
    await queryRunner.query('CREATE INDEX "ix_crm_complaints_opened" ON "crm_complaints" ("opened_at") ');
    await queryRunner.query(
      'CREATE TABLE "crm_complaint_logs" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "complaint_id" integer NOT NULL, "at" varchar(32) NOT NULL, "user_id" integer, "action" varchar(20) NOT NULL, "note" text)',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_complaint_logs" ON "crm_complaint_logs" ("complaint_id", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_merges" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "winner_type" varchar(10) NOT NULL, "winner_id" integer NOT NULL, "loser_type" varchar(10) NOT NULL, "loser_id" integer NOT NULL, "proposed" varchar(10), "rule" varchar(30), "decided_by" integer NOT NULL, "reason" varchar(500) NOT NULL, "details" text, "at" varchar(32) NOT NULL)',
    );
    await queryRunner.query(
      'CREATE TABLE "print_counters" ("doc_type" varchar(32) NOT NULL, "doc_key" varchar(100) NOT NULL, "prints" integer NOT NULL DEFAULT (0), "last_printed_at" varchar(32), PRIMARY KEY ("doc_type", "doc_key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "print_log" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "doc_type" varchar(32) NOT NULL, "doc_key" varchar(100) NOT NULL, "doc_no" varchar(64), "copy_no" integer NOT NULL, "output" varchar(10) NOT NULL, "printed_by" integer NOT NULL, "printed_by_name" varchar(50) NOT NULL, "printed_at" varchar(32) NOT NULL, CONSTRAINT "uq_print_log_copy" UNIQUE ("doc_type", "doc_key", "copy_no"))',
    );
    await queryRunner.query('CREATE INDEX "ix_print_log_at" ON "print_log" ("printed_at") ');
    await queryRunner.query(
      'CREATE TABLE "org_units" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(50) NOT NULL, "kind" varchar(12) NOT NULL, "parent_id" integer, "head_id" integer, "sort" integer NOT NULL DEFAULT (0), "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_org_units_code" UNIQUE ("code"))',
    );
    await queryRunner.query('CREATE INDEX "ix_org_units_parent" ON "org_units" ("parent_id") ');
    await queryRunner.query('CREATE INDEX "ix_org_units_head" ON "org_units" ("head_id") ');
    await queryRunner.query(
      'CREATE TABLE "staff_profiles" ("user_id" integer PRIMARY KEY NOT NULL, "org_unit_id" integer, "position" varchar(50), "hire_date" varchar(10), "left_date" varchar(10), "data_scope" varchar(10), "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query('CREATE INDEX "ix_staff_profiles_unit" ON "staff_profiles" ("org_unit_id") ');
    await queryRunner.query(
      'CREATE TABLE "staff_changes" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "kind" varchar(12) NOT NULL, "effective_date" varchar(10) NOT NULL, "from_org_unit_id" integer, "to_org_unit_id" integer, "from_manager_id" integer, "to_manager_id" integer, "from_roles" varchar(200), "to_roles" varchar(200), "handover_to_id" integer, "handover_summary" varchar(1000), "reason" varchar(200), "created_by" integer NOT NULL, "created_at" varchar(32) NOT NULL)',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_staff_changes_user" ON "staff_changes" ("user_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "staff_statuses" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "kind" varchar(16) NOT NULL, "starts_at" varchar(32) NOT NULL, "ends_at" varchar(32) NOT NULL, "note" varchar(200), "approval" varchar(10) NOT NULL, "approver_id" integer, "approved_at" varchar(32), "approval_note" varchar(200), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_staff_statuses_user" ON "staff_statuses" ("user_id", "starts_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_staff_statuses_range" ON "staff_statuses" ("starts_at", "ends_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "work_reports" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "report_date" varchar(10) NOT NULL, "done" text NOT NULL, "visits" text, "visit_count" integer NOT NULL DEFAULT (0), "problems" text, "plan" text, "submitted_at" varchar(32) NOT NULL, "late" boolean NOT NULL DEFAULT (0), "read_by" integer, "read_at" varchar(32), "comment_count" integer NOT NULL DEFAULT (0), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_work_reports_user_date" UNIQUE ("user_id", "report_date"))',
    );
    await queryRunner.query('CREATE INDEX "ix_work_reports_date" ON "work_reports" ("report_date") ');
    await queryRunner.query(
      'CREATE TABLE "work_report_comments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "report_id" integer NOT NULL, "user_id" integer NOT NULL, "body" varchar(1000) NOT NULL, "created_at" varchar(32) NOT NULL)',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_work_report_comments_report" ON "work_report_comments" ("report_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "staff_tasks" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(10) NOT NULL, "subject" varchar(100) NOT NULL, "description" text, "assignee_id" integer NOT NULL, "creator_id" integer NOT NULL, "customer_id" integer, "starts_at" varchar(32) NOT NULL, "ends_at" varchar(32) NOT NULL, "status" varchar(10) NOT NULL, "remind_at" varchar(32), "reminded_at" varchar(32), "postpone_count" integer NOT NULL DEFAULT (0), "result" varchar(500), "completed_at" varchar(32), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_staff_tasks_assignee" ON "staff_tasks" ("assignee_id", "starts_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_staff_tasks_creator" ON "staff_tasks" ("creator_id") ');
    await queryRunner.query('CREATE INDEX "ix_staff_tasks_remind" ON "staff_tasks" ("remind_at") ');
    await queryRunner.query(
      'CREATE TABLE "staff_task_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "task_id" integer NOT NULL, "user_id" integer, "action" varchar(12) NOT NULL, "note" varchar(500), "at" varchar(32) NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "ix_staff_task_events_task" ON "staff_task_events" ("task_id") ');
    await queryRunner.query(
      'CREATE TABLE "staff_reminders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "ref_type" varchar(20), "ref_id" integer, "message" varchar(300) NOT NULL, "dedupe_key" varchar(120) NOT NULL, "created_at" varchar(32) NOT NULL, "read_at" varchar(32), CONSTRAINT "uq_staff_reminders_dedupe" UNIQUE ("dedupe_key"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_staff_reminders_user" ON "staff_reminders" ("user_id", "read_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "attendance_records" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "work_date" varchar(10) NOT NULL, "check_in" varchar(5), "check_out" varchar(5), "source" varchar(10) NOT NULL, "note" varchar(200), "created_by" integer, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_attendance_user_date" UNIQUE ("user_id", "work_date"))',
    );
    await queryRunner.query('CREATE INDEX "ix_attendance_date" ON "attendance_records" ("work_date") ');
    await queryRunner.query(
      'CREATE TABLE "target_plans" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(20), "year" integer NOT NULL, "metric" varchar(20) NOT NULL, "basis" varchar(12) NOT NULL, "revision" integer NOT NULL DEFAULT (1), "status" varchar(12) NOT NULL, "name" varchar(100) NOT NULL, "owner_id" integer NOT NULL, "notes" varchar(500), "created_by" integer, "approved_by" integer, "approved_at" varchar(32), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_target_plans_rev" UNIQUE ("year", "metric", "revision"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_target_plans_status" ON "target_plans" ("year", "metric", "status") ',
    );
    await queryRunner.query(
      'CREATE TABLE "target_nodes" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "plan_id" integer NOT NULL, "parent_id" integer, "subject_type" varchar(12) NOT NULL, "subject_id" integer, "owner_id" integer, "sort" integer NOT NULL DEFAULT (0), "v_y" bigint, "v_q1" bigint, "v_q2" bigint, "v_q3" bigint, "v_q4" bigint, "v_m1" bigint, "v_m2" bigint, "v_m3" bigint, "v_m4" bigint, "v_m5" bigint, "v_m6" bigint, "v_m7" bigint, "v_m8" bigint, "v_m9" bigint, "v_m10" bigint, "v_m11" bigint, "v_m12" bigint)',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_target_nodes_plan" ON "target_nodes" ("plan_id", "parent_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_target_nodes_subject" ON "target_nodes" ("subject_type", "subject_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "temporary_regions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(50) NOT NULL, "parent_id" integer, "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_regions_code" UNIQUE ("code"), CONSTRAINT "fk_regions_parent_id" FOREIGN KEY ("parent_id") REFERENCES "regions" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_regions"("id", "code", "name", "parent_id", "active", "created_at", "updated_at", "version") SELECT "id", "code", "name", "parent_id", "active", "created_at", "updated_at", "version" FROM "regions"',
    );
    await queryRunner.query('DROP TABLE "regions"');
    await queryRunner.query('ALTER TABLE "temporary_regions" RENAME TO "regions"');
    await queryRunner.query('DROP INDEX "ix_users_manager"');
    await queryRunner.query(
      'CREATE TABLE "temporary_users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "login" varchar(32) NOT NULL, "name" varchar(50) NOT NULL, "py" varchar(50) NOT NULL DEFAULT (\'\'), "password_hash" varchar(200) NOT NULL, "roles" varchar(200) NOT NULL, "manager_id" integer, "region_id" integer, "phone" varchar(30), "email" varchar(100), "active" boolean NOT NULL DEFAULT (1), "failed_logins" integer NOT NULL DEFAULT (0), "locked_until" varchar(32), "last_login_at" varchar(32), "must_change_password" boolean NOT NULL DEFAULT (0), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_users_login" UNIQUE ("login"), CONSTRAINT "fk_users_manager_id" FOREIGN KEY ("manager_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_users_region_id" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_users"("id", "login", "name", "py", "password_hash", "roles", "manager_id", "region_id", "phone", "email", "active", "failed_logins", "locked_until", "last_login_at", "must_change_password", "created_at", "updated_at", "version") SELECT "id", "login", "name", "py", "password_hash", "roles", "manager_id", "region_id", "phone", "email", "active", "failed_logins", "locked_until", "last_login_at", "must_change_password", "created_at", "updated_at", "version" FROM "users"',
    );
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('ALTER TABLE "temporary_users" RENAME TO "users"');
    await queryRunner.query('CREATE INDEX "ix_users_manager" ON "users" ("manager_id") ');
    await queryRunner.query('DROP INDEX "ix_customers_name_key"');
    await queryRunner.query('DROP INDEX "ix_customers_owner"');
    await queryRunner.query('DROP INDEX "ix_customers_region"');
    await queryRunner.query('DROP INDEX "ix_customers_updated"');
    await queryRunner.query(
      'CREATE TABLE "temporary_customers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "legal_name" varchar(200) NOT NULL, "name_key" varchar(200) NOT NULL, "py" varchar(100) NOT NULL DEFAULT (\'\'), "short_name" varchar(50), "credit_code" varchar(18), "address" varchar(200), "phone" varchar(50), "bank_name" varchar(100), "bank_account" varchar(50), "customer_type" varchar(10) NOT NULL DEFAULT (\'cash\'), "grade" varchar(10) NOT NULL DEFAULT (\'general\'), "region_id" integer, "source" varchar(20), "tags" varchar(500) NOT NULL DEFAULT (\'\'), "owner_id" integer NOT NULL, "credit_limit" bigint NOT NULL DEFAULT (0), "credit_days" integer NOT NULL DEFAULT (0), "term_basis" varchar(12) NOT NULL DEFAULT (\'invoice\'), "bad_record" boolean NOT NULL DEFAULT (0), "notes" text, "active" boolean NOT NULL DEFAULT (1), "created_by" integer, "updated_by" integer, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_customers_code" UNIQUE ("code"), CONSTRAINT "uq_customers_legal_name" UNIQUE ("legal_name"), CONSTRAINT "uq_customers_credit_code" UNIQUE ("credit_code"), CONSTRAINT "fk_customers_region_id" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_customers_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_customers_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_customers_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_customers"("id", "code", "legal_name", "name_key", "py", "short_name", "credit_code", "address", "phone", "bank_name", "bank_account", "customer_type", "grade", "region_id", "source", "tags", "owner_id", "credit_limit", "credit_days", "term_basis", "bad_record", "notes", "active", "created_by", "updated_by", "created_at", "updated_at", "version") SELECT "id", "code", "legal_name", "name_key", "py", "short_name", "credit_code", "address", "phone", "bank_name", "bank_account", "customer_type", "grade", "region_id", "source", "tags", "owner_id", "credit_limit", "credit_days", "term_basis", "bad_record", "notes", "active", "created_by", "updated_by", "created_at", "updated_at", "version" FROM "customers"',
    );
    await queryRunner.query('DROP TABLE "customers"');
    await queryRunner.query('ALTER TABLE "temporary_customers" RENAME TO "customers"');
    await queryRunner.query('CREATE INDEX "ix_customers_name_key" ON "customers" ("name_key") ');
    await queryRunner.query('CREATE INDEX "ix_customers_owner" ON "customers" ("owner_id") ');
    await queryRunner.query('CREATE INDEX "ix_customers_region" ON "customers" ("region_id") ');
    await queryRunner.query('CREATE INDEX "ix_customers_updated" ON "customers" ("updated_at") ');
    await queryRunner.query('DROP INDEX "ix_customer_owners_user"');
    await queryRunner.query(
      'CREATE TABLE "temporary_customer_owners" ("customer_id" integer NOT NULL, "user_id" integer NOT NULL, CONSTRAINT "fk_customer_owners_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_customer_owners_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, PRIMARY KEY ("customer_id", "user_id"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_customer_owners"("customer_id", "user_id") SELECT "customer_id", "user_id" FROM "customer_owners"',
    );
    await queryRunner.query('DROP TABLE "customer_owners"');
    await queryRunner.query('ALTER TABLE "temporary_customer_owners" RENAME TO "customer_owners"');
    await queryRunner.query('CREATE INDEX "ix_customer_owners_user" ON "customer_owners" ("user_id") ');
    await queryRunner.query('DROP INDEX "ix_contacts_customer"');
    await queryRunner.query(
      'CREATE TABLE "temporary_contacts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "name" varchar(50) NOT NULL, "title" varchar(50), "mobile" varchar(30), "phone" varchar(30), "email" varchar(100), "birthday" varchar(10), "is_primary" boolean NOT NULL DEFAULT (0), "notes" varchar(500), "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "fk_contacts_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_contacts"("id", "customer_id", "name", "title", "mobile", "phone", "email", "birthday", "is_primary", "notes", "active", "created_at", "updated_at", "version") SELECT "id", "customer_id", "name", "title", "mobile", "phone", "email", "birthday", "is_primary", "notes", "active", "created_at", "updated_at", "version" FROM "contacts"',
    );
    await queryRunner.query('DROP TABLE "contacts"');
    await queryRunner.query('ALTER TABLE "temporary_contacts" RENAME TO "contacts"');
    await queryRunner.query('CREATE INDEX "ix_contacts_customer" ON "contacts" ("customer_id") ');
    await queryRunner.query(
      'CREATE TABLE "temporary_warehouses" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(50) NOT NULL, "address" varchar(200), "keeper_id" integer, "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_warehouses_code" UNIQUE ("code"), CONSTRAINT "fk_warehouses_keeper_id" FOREIGN KEY ("keeper_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_warehouses"("id", "code", "name", "address", "keeper_id", "active", "created_at", "updated_at", "version") SELECT "id", "code", "name", "address", "keeper_id", "active", "created_at", "updated_at", "version" FROM "warehouses"',
    );
    await queryRunner.query('DROP TABLE "warehouses"');
    await queryRunner.query('ALTER TABLE "temporary_warehouses" RENAME TO "warehouses"');
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
      'CREATE TABLE "temporary_sales_order_lines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "order_id" integer NOT NULL, "line_no" integer NOT NULL, "product_id" integer NOT NULL, "name" varchar(100) NOT NULL, "spec" varchar(100), "unit" varchar(10) NOT NULL, "qty" bigint NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "tax_rate" integer NOT NULL, "amount" bigint NOT NULL, "tax" bigint NOT NULL, "total" bigint NOT NULL, "floor_price" bigint NOT NULL DEFAULT (0), "delivered_qty" bigint NOT NULL DEFAULT (0), "delivered_total" bigint NOT NULL DEFAULT (0), "invoiced_qty" bigint NOT NULL DEFAULT (0), "invoiced_total" bigint NOT NULL DEFAULT (0), "reserved_qty" bigint NOT NULL DEFAULT (0), "returned_qty" bigint NOT NULL DEFAULT (0), "quotation_line_id" integer, "notes" varchar(200), CONSTRAINT "fk_sales_order_lines_order_id" FOREIGN KEY ("order_id") REFERENCES "sales_orders" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_sales_order_lines_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_sales_order_lines_quotation_line_id" FOREIGN KEY ("quotation_line_id") REFERENCES "quotation_lines" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_sales_order_lines"("id", "order_id", "line_no", "product_id", "name", "spec", "unit", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total", "floor_price", "delivered_qty", "delivered_total", "invoiced_qty", "invoiced_total", "reserved_qty", "returned_qty", "quotation_line_id", "notes") SELECT "id", "order_id", "line_no", "product_id", "name", "spec", "unit", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total", "floor_price", "delivered_qty", "delivered_total", "invoiced_qty", "invoiced_total", "reserved_qty", "returned_qty", "quotation_line_id", "notes" FROM "sales_order_lines"',
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
      'CREATE TABLE "temporary_shipment_lines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "shipment_id" integer NOT NULL, "line_no" integer NOT NULL, "order_id" integer NOT NULL, "order_line_id" integer NOT NULL, "product_id" integer NOT NULL, "qty" bigint NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "tax_rate" integer NOT NULL, "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0), "invoiced_qty" bigint NOT NULL DEFAULT (0), "invoiced_total" bigint NOT NULL DEFAULT (0), "returned_qty" bigint NOT NULL DEFAULT (0), "returned_total" bigint NOT NULL DEFAULT (0), "credited_qty" bigint NOT NULL DEFAULT (0), "credited_total" bigint NOT NULL DEFAULT (0), CONSTRAINT "fk_shipment_lines_shipment_id" FOREIGN KEY ("shipment_id") REFERENCES "shipments" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_shipment_lines_order_id" FOREIGN KEY ("order_id") REFERENCES "sales_orders" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_shipment_lines_order_line_id" FOREIGN KEY ("order_line_id") REFERENCES "sales_order_lines" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_shipment_lines_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_shipment_lines"("id", "shipment_id", "line_no", "order_id", "order_line_id", "product_id", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total", "invoiced_qty", "invoiced_total", "returned_qty", "returned_total", "credited_qty", "credited_total") SELECT "id", "shipment_id", "line_no", "order_id", "order_line_id", "product_id", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total", "invoiced_qty", "invoiced_total", "returned_qty", "returned_total", "credited_qty", "credited_total" FROM "shipment_lines"',
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
    await queryRunner.query('DROP INDEX "ix_crm_leads_name_key"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_phone_key"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_owner"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_idle"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_assigned"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_customer"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_filed"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_pooled"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_leads" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "company" varchar(200) NOT NULL, "name_key" varchar(200) NOT NULL, "py" varchar(100) NOT NULL DEFAULT (\'\'), "contact_name" varchar(50), "contact_title" varchar(50), "phone" varchar(50), "phone_key" varchar(30), "email" varchar(100), "source" varchar(20) NOT NULL, "requirement" text, "notes" text, "status" varchar(12) NOT NULL DEFAULT (\'open\'), "owner_id" integer, "filed_by" integer NOT NULL, "filed_at" varchar(32) NOT NULL, "assigned_at" varchar(32), "idle_since" varchar(32), "last_followup_at" varchar(32), "next_followup_on" varchar(10), "idle_warned_at" varchar(32), "convert_warned_at" varchar(32), "pooled_at" varchar(32), "pool_reason" varchar(200), "previous_owner_id" integer, "customer_id" integer, "converted_at" varchar(32), "merged_into_id" integer, "closed_reason" varchar(200), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_leads_code" UNIQUE ("code"), CONSTRAINT "fk_crm_leads_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_leads_filed_by" FOREIGN KEY ("filed_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_leads_previous_owner_id" FOREIGN KEY ("previous_owner_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_leads_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_leads_merged_into_id" FOREIGN KEY ("merged_into_id") REFERENCES "crm_leads" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_leads"("id", "code", "company", "name_key", "py", "contact_name", "contact_title", "phone", "phone_key", "email", "source", "requirement", "notes", "status", "owner_id", "filed_by", "filed_at", "assigned_at", "idle_since", "last_followup_at", "next_followup_on", "idle_warned_at", "convert_warned_at", "pooled_at", "pool_reason", "previous_owner_id", "customer_id", "converted_at", "merged_into_id", "closed_reason", "created_at", "updated_at", "version") SELECT "id", "code", "company", "name_key", "py", "contact_name", "contact_title", "phone", "phone_key", "email", "source", "requirement", "notes", "status", "owner_id", "filed_by", "filed_at", "assigned_at", "idle_since", "last_followup_at", "next_followup_on", "idle_warned_at", "convert_warned_at", "pooled_at", "pool_reason", "previous_owner_id", "customer_id", "converted_at", "merged_into_id", "closed_reason", "created_at", "updated_at", "version" FROM "crm_leads"',
    );
    await queryRunner.query('DROP TABLE "crm_leads"');
    await queryRunner.query('ALTER TABLE "temporary_crm_leads" RENAME TO "crm_leads"');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_name_key" ON "crm_leads" ("name_key") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_phone_key" ON "crm_leads" ("phone_key") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_owner" ON "crm_leads" ("owner_id", "status") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_idle" ON "crm_leads" ("status", "idle_since") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_assigned" ON "crm_leads" ("status", "assigned_at") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_customer" ON "crm_leads" ("customer_id") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_filed" ON "crm_leads" ("filed_at") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_pooled" ON "crm_leads" ("status", "pooled_at") ');
    await queryRunner.query('DROP INDEX "ix_crm_lead_events_lead"');
    await queryRunner.query('DROP INDEX "ix_crm_lead_events_to"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_lead_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "lead_id" integer NOT NULL, "at" varchar(32) NOT NULL, "kind" varchar(20) NOT NULL, "user_id" integer, "from_user_id" integer, "to_user_id" integer, "note" varchar(500), CONSTRAINT "fk_crm_lead_events_lead_id" FOREIGN KEY ("lead_id") REFERENCES "crm_leads" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_lead_events_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_lead_events_from_user_id" FOREIGN KEY ("from_user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_lead_events_to_user_id" FOREIGN KEY ("to_user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_lead_events"("id", "lead_id", "at", "kind", "user_id", "from_user_id", "to_user_id", "note") SELECT "id", "lead_id", "at", "kind", "user_id", "from_user_id", "to_user_id", "note" FROM "crm_lead_events"',
    );
    await queryRunner.query('DROP TABLE "crm_lead_events"');
    await queryRunner.query('ALTER TABLE "temporary_crm_lead_events" RENAME TO "crm_lead_events"');
    await queryRunner.query('CREATE INDEX "ix_crm_lead_events_lead" ON "crm_lead_events" ("lead_id", "at") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_lead_events_to" ON "crm_lead_events" ("to_user_id", "kind", "at") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_opps_owner"');
    await queryRunner.query('DROP INDEX "ix_crm_opps_customer"');
    await queryRunner.query('DROP INDEX "ix_crm_opps_stage"');
    await queryRunner.query('DROP INDEX "ix_crm_opps_due"');
    await queryRunner.query('DROP INDEX "ix_crm_opps_updated"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_opportunities" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(200) NOT NULL, "customer_id" integer NOT NULL, "lead_id" integer, "owner_id" integer NOT NULL, "stage" varchar(20) NOT NULL, "status" varchar(10) NOT NULL DEFAULT (\'open\'), "stage_entered_at" varchar(32) NOT NULL, "stage_due_on" varchar(10), "stage_warned_at" varchar(32), "budget" bigint, "expected_amount" bigint, "expected_bid_date" varchar(10), "win_amount" bigint, "bid_issue_date" varchar(10), "bid_response_date" varchar(10), "design_unit" varchar(200), "decision_unit" varchar(200), "user_unit" varchar(200), "description" text, "won_amount" bigint, "won_on" varchar(10), "won_reason" varchar(500), "lost_reason" varchar(500), "lost_to" varchar(100), "closed_at" varchar(32), "closed_by" integer, "created_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_opportunities_code" UNIQUE ("code"), CONSTRAINT "uq_crm_opportunities_name" UNIQUE ("name"), CONSTRAINT "fk_crm_opportunities_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_opportunities_lead_id" FOREIGN KEY ("lead_id") REFERENCES "crm_leads" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_opportunities_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_opportunities_closed_by" FOREIGN KEY ("closed_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_opportunities_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_opportunities"("id", "code", "name", "customer_id", "lead_id", "owner_id", "stage", "status", "stage_entered_at", "stage_due_on", "stage_warned_at", "budget", "expected_amount", "expected_bid_date", "win_amount", "bid_issue_date", "bid_response_date", "design_unit", "decision_unit", "user_unit", "description", "won_amount", "won_on", "won_reason", "lost_reason", "lost_to", "closed_at", "closed_by", "created_by", "created_at", "updated_at", "version") SELECT "id", "code", "name", "customer_id", "lead_id", "owner_id", "stage", "status", "stage_entered_at", "stage_due_on", "stage_warned_at", "budget", "expected_amount", "expected_bid_date", "win_amount", "bid_issue_date", "bid_response_date", "design_unit", "decision_unit", "user_unit", "description", "won_amount", "won_on", "won_reason", "lost_reason", "lost_to", "closed_at", "closed_by", "created_by", "created_at", "updated_at", "version" FROM "crm_opportunities"',
    );
    await queryRunner.query('DROP TABLE "crm_opportunities"');
    await queryRunner.query('ALTER TABLE "temporary_crm_opportunities" RENAME TO "crm_opportunities"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opps_owner" ON "crm_opportunities" ("owner_id", "status") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_opps_customer" ON "crm_opportunities" ("customer_id") ');
    await queryRunner.query('CREATE INDEX "ix_crm_opps_stage" ON "crm_opportunities" ("status", "stage") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opps_due" ON "crm_opportunities" ("status", "stage_due_on") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_opps_updated" ON "crm_opportunities" ("updated_at") ');
    await queryRunner.query('DROP INDEX "ix_crm_opp_owners_user"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_opportunity_owners" ("opportunity_id" integer NOT NULL, "user_id" integer NOT NULL, CONSTRAINT "fk_crm_opportunity_owners_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_opportunity_owners_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, PRIMARY KEY ("opportunity_id", "user_id"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_opportunity_owners"("opportunity_id", "user_id") SELECT "opportunity_id", "user_id" FROM "crm_opportunity_owners"',
    );
    await queryRunner.query('DROP TABLE "crm_opportunity_owners"');
    await queryRunner.query(
      'ALTER TABLE "temporary_crm_opportunity_owners" RENAME TO "crm_opportunity_owners"',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_opp_owners_user" ON "crm_opportunity_owners" ("user_id") ');
    await queryRunner.query('DROP INDEX "ix_crm_opp_stages_opp"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_opportunity_stages" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "opportunity_id" integer NOT NULL, "stage" varchar(20) NOT NULL, "entered_at" varchar(32) NOT NULL, "left_at" varchar(32), "due_on" varchar(10), "overdue" boolean NOT NULL DEFAULT (0), "user_id" integer, "note" varchar(500), CONSTRAINT "fk_crm_opportunity_stages_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_opportunity_stages_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_opportunity_stages"("id", "opportunity_id", "stage", "entered_at", "left_at", "due_on", "overdue", "user_id", "note") SELECT "id", "opportunity_id", "stage", "entered_at", "left_at", "due_on", "overdue", "user_id", "note" FROM "crm_opportunity_stages"',
    );
    await queryRunner.query('DROP TABLE "crm_opportunity_stages"');
    await queryRunner.query(
      'ALTER TABLE "temporary_crm_opportunity_stages" RENAME TO "crm_opportunity_stages"',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opp_stages_opp" ON "crm_opportunity_stages" ("opportunity_id", "entered_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_opportunity_tasks" ("opportunity_id" integer NOT NULL, "stage" varchar(20) NOT NULL, "task_key" varchar(40) NOT NULL, "done_by" integer NOT NULL, "done_at" varchar(32) NOT NULL, CONSTRAINT "fk_crm_opportunity_tasks_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_opportunity_tasks_done_by" FOREIGN KEY ("done_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, PRIMARY KEY ("opportunity_id", "stage", "task_key"))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_opportunity_tasks"("opportunity_id", "stage", "task_key", "done_by", "done_at") SELECT "opportunity_id", "stage", "task_key", "done_by", "done_at" FROM "crm_opportunity_tasks"',
    );
    await queryRunner.query('DROP TABLE "crm_opportunity_tasks"');
    await queryRunner.query(
      'ALTER TABLE "temporary_crm_opportunity_tasks" RENAME TO "crm_opportunity_tasks"',
    );
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_decision_chain" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "opportunity_id" integer NOT NULL, "contact_id" integer NOT NULL, "role" varchar(20) NOT NULL, "notes" varchar(200), "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_decision_chain" UNIQUE ("opportunity_id", "contact_id"), CONSTRAINT "fk_crm_decision_chain_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_decision_chain_contact_id" FOREIGN KEY ("contact_id") REFERENCES "contacts" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_decision_chain"("id", "opportunity_id", "contact_id", "role", "notes", "active", "created_at", "updated_at", "version") SELECT "id", "opportunity_id", "contact_id", "role", "notes", "active", "created_at", "updated_at", "version" FROM "crm_decision_chain"',
    );
    await queryRunner.query('DROP TABLE "crm_decision_chain"');
    await queryRunner.query('ALTER TABLE "temporary_crm_decision_chain" RENAME TO "crm_decision_chain"');
    await queryRunner.query('DROP INDEX "ix_crm_competitors_opp"');
    await queryRunner.query('DROP INDEX "ix_crm_competitors_name"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_competitors" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "opportunity_id" integer NOT NULL, "competitor" varchar(100) NOT NULL, "offer_amount" bigint, "strengths" varchar(1000), "weaknesses" varchar(1000), "notes" varchar(500), "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "fk_crm_competitors_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_competitors"("id", "opportunity_id", "competitor", "offer_amount", "strengths", "weaknesses", "notes", "active", "created_at", "updated_at", "version") SELECT "id", "opportunity_id", "competitor", "offer_amount", "strengths", "weaknesses", "notes", "active", "created_at", "updated_at", "version" FROM "crm_competitors"',
    );
    await queryRunner.query('DROP TABLE "crm_competitors"');
    await queryRunner.query('ALTER TABLE "temporary_crm_competitors" RENAME TO "crm_competitors"');
    await queryRunner.query('CREATE INDEX "ix_crm_competitors_opp" ON "crm_competitors" ("opportunity_id") ');
    await queryRunner.query('CREATE INDEX "ix_crm_competitors_name" ON "crm_competitors" ("competitor") ');
    await queryRunner.query('DROP INDEX "ix_crm_opp_products_opp"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_opportunity_products" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "opportunity_id" integer NOT NULL, "line_no" integer NOT NULL, "product_id" integer NOT NULL, "qty" integer NOT NULL, "price" bigint NOT NULL, "notes" varchar(200), CONSTRAINT "fk_crm_opportunity_products_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_opportunity_products_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_opportunity_products"("id", "opportunity_id", "line_no", "product_id", "qty", "price", "notes") SELECT "id", "opportunity_id", "line_no", "product_id", "qty", "price", "notes" FROM "crm_opportunity_products"',
    );
    await queryRunner.query('DROP TABLE "crm_opportunity_products"');
    await queryRunner.query(
      'ALTER TABLE "temporary_crm_opportunity_products" RENAME TO "crm_opportunity_products"',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opp_products_opp" ON "crm_opportunity_products" ("opportunity_id", "line_no") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_attachments_entity"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_attachments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "entity_type" varchar(20) NOT NULL, "entity_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "file_name" varchar(200) NOT NULL, "mime" varchar(100) NOT NULL, "size" integer NOT NULL, "sha256" varchar(64) NOT NULL, "content" text NOT NULL, "uploaded_by" integer NOT NULL, "uploaded_at" varchar(32) NOT NULL, "removed" boolean NOT NULL DEFAULT (0), "removed_by" integer, "removed_at" varchar(32), CONSTRAINT "fk_crm_attachments_uploaded_by" FOREIGN KEY ("uploaded_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_attachments_removed_by" FOREIGN KEY ("removed_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_attachments"("id", "entity_type", "entity_id", "kind", "file_name", "mime", "size", "sha256", "content", "uploaded_by", "uploaded_at", "removed", "removed_by", "removed_at") SELECT "id", "entity_type", "entity_id", "kind", "file_name", "mime", "size", "sha256", "content", "uploaded_by", "uploaded_at", "removed", "removed_by", "removed_at" FROM "crm_attachments"',
    );
    await queryRunner.query('DROP TABLE "crm_attachments"');
    await queryRunner.query('ALTER TABLE "temporary_crm_attachments" RENAME TO "crm_attachments"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_attachments_entity" ON "crm_attachments" ("entity_type", "entity_id") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_act_customer"');
    await queryRunner.query('DROP INDEX "ix_crm_act_lead"');
    await queryRunner.query('DROP INDEX "ix_crm_act_opp"');
    await queryRunner.query('DROP INDEX "ix_crm_act_user"');
    await queryRunner.query('DROP INDEX "ix_crm_act_followup"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_activities" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "type" varchar(12) NOT NULL, "user_id" integer NOT NULL, "customer_id" integer, "lead_id" integer, "contact_id" integer, "opportunity_id" integer, "occurred_at" varchar(32) NOT NULL, "checkin_at" varchar(32), "checkin_place" varchar(200), "summary" text NOT NULL, "customer_requests" text, "promises" text, "next_followup_on" varchar(10) NOT NULL, "followup_owner_id" integer NOT NULL, "followup_done" boolean NOT NULL DEFAULT (0), "followup_done_at" varchar(32), "created_at" varchar(32) NOT NULL, CONSTRAINT "fk_crm_activities_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_activities_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_activities_lead_id" FOREIGN KEY ("lead_id") REFERENCES "crm_leads" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_activities_contact_id" FOREIGN KEY ("contact_id") REFERENCES "contacts" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_activities_opportunity_id" FOREIGN KEY ("opportunity_id") REFERENCES "crm_opportunities" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_activities_followup_owner_id" FOREIGN KEY ("followup_owner_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_activities"("id", "type", "user_id", "customer_id", "lead_id", "contact_id", "opportunity_id", "occurred_at", "checkin_at", "checkin_place", "summary", "customer_requests", "promises", "next_followup_on", "followup_owner_id", "followup_done", "followup_done_at", "created_at") SELECT "id", "type", "user_id", "customer_id", "lead_id", "contact_id", "opportunity_id", "occurred_at", "checkin_at", "checkin_place", "summary", "customer_requests", "promises", "next_followup_on", "followup_owner_id", "followup_done", "followup_done_at", "created_at" FROM "crm_activities"',
    );
    await queryRunner.query('DROP TABLE "crm_activities"');
    await queryRunner.query('ALTER TABLE "temporary_crm_activities" RENAME TO "crm_activities"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_act_customer" ON "crm_activities" ("customer_id", "occurred_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_act_lead" ON "crm_activities" ("lead_id", "occurred_at") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_act_opp" ON "crm_activities" ("opportunity_id", "occurred_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_act_user" ON "crm_activities" ("user_id", "occurred_at") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_act_followup" ON "crm_activities" ("followup_owner_id", "followup_done", "next_followup_on") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_reminders_user"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_reminders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "kind" varchar(30) NOT NULL, "entity_type" varchar(20) NOT NULL, "entity_id" integer NOT NULL, "title_zh" varchar(300) NOT NULL, "title_en" varchar(300) NOT NULL, "due_on" varchar(10), "dedupe_key" varchar(120) NOT NULL, "created_at" varchar(32) NOT NULL, "read_at" varchar(32), CONSTRAINT "uq_crm_reminders_key" UNIQUE ("user_id", "dedupe_key"), CONSTRAINT "fk_crm_reminders_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_reminders"("id", "user_id", "kind", "entity_type", "entity_id", "title_zh", "title_en", "due_on", "dedupe_key", "created_at", "read_at") SELECT "id", "user_id", "kind", "entity_type", "entity_id", "title_zh", "title_en", "due_on", "dedupe_key", "created_at", "read_at" FROM "crm_reminders"',
    );
    await queryRunner.query('DROP TABLE "crm_reminders"');
    await queryRunner.query('ALTER TABLE "temporary_crm_reminders" RENAME TO "crm_reminders"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_reminders_user" ON "crm_reminders" ("user_id", "read_at", "created_at") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_service_jobs_customer"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_service_jobs" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "customer_id" integer NOT NULL, "product_id" integer, "description" text NOT NULL, "completed_on" varchar(10) NOT NULL, "user_id" integer NOT NULL, "created_at" varchar(32) NOT NULL, CONSTRAINT "uq_crm_service_jobs_code" UNIQUE ("code"), CONSTRAINT "fk_crm_service_jobs_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_service_jobs_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_service_jobs_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_service_jobs"("id", "code", "customer_id", "product_id", "description", "completed_on", "user_id", "created_at") SELECT "id", "code", "customer_id", "product_id", "description", "completed_on", "user_id", "created_at" FROM "crm_service_jobs"',
    );
    await queryRunner.query('DROP TABLE "crm_service_jobs"');
    await queryRunner.query('ALTER TABLE "temporary_crm_service_jobs" RENAME TO "crm_service_jobs"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_service_jobs_customer" ON "crm_service_jobs" ("customer_id") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_aftersales_assignee"');
    await queryRunner.query('DROP INDEX "ix_crm_aftersales_customer"');
    await queryRunner.query('DROP INDEX "ix_crm_aftersales_due"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_aftersales_tasks" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "source_type" varchar(20) NOT NULL, "source_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "seq" integer NOT NULL DEFAULT (0), "delivered_on" varchar(10) NOT NULL, "due_from" varchar(10) NOT NULL, "due_on" varchar(10) NOT NULL, "assignee_id" integer NOT NULL, "status" varchar(10) NOT NULL DEFAULT (\'open\'), "warned_at" varchar(32), "done_at" varchar(32), "done_by" integer, "activity_id" integer, "satisfaction" integer, "result" varchar(500), "created_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_aftersales_source" UNIQUE ("source_type", "source_id", "kind", "seq"), CONSTRAINT "fk_crm_aftersales_tasks_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_aftersales_tasks_assignee_id" FOREIGN KEY ("assignee_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_aftersales_tasks_done_by" FOREIGN KEY ("done_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_aftersales_tasks_activity_id" FOREIGN KEY ("activity_id") REFERENCES "crm_activities" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_aftersales_tasks"("id", "customer_id", "source_type", "source_id", "kind", "seq", "delivered_on", "due_from", "due_on", "assignee_id", "status", "warned_at", "done_at", "done_by", "activity_id", "satisfaction", "result", "created_at", "version") SELECT "id", "customer_id", "source_type", "source_id", "kind", "seq", "delivered_on", "due_from", "due_on", "assignee_id", "status", "warned_at", "done_at", "done_by", "activity_id", "satisfaction", "result", "created_at", "version" FROM "crm_aftersales_tasks"',
    );
    await queryRunner.query('DROP TABLE "crm_aftersales_tasks"');
    await queryRunner.query('ALTER TABLE "temporary_crm_aftersales_tasks" RENAME TO "crm_aftersales_tasks"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_aftersales_assignee" ON "crm_aftersales_tasks" ("assignee_id", "status", "due_on") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_aftersales_customer" ON "crm_aftersales_tasks" ("customer_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_aftersales_due" ON "crm_aftersales_tasks" ("status", "due_on") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_complaints_escalate"');
    await queryRunner.query('DROP INDEX "ix_crm_complaints_customer"');
    await queryRunner.query('DROP INDEX "ix_crm_complaints_owner"');
    await queryRunner.query('DROP INDEX "ix_crm_complaints_product"');
    await queryRunner.query('DROP INDEX "ix_crm_complaints_opened"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_complaints" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "kind" varchar(12) NOT NULL, "customer_id" integer NOT NULL, "contact_id" integer, "product_id" integer, "cause" varchar(12) NOT NULL, "severity" varchar(10) NOT NULL, "description" text NOT NULL, "owner_id" integer NOT NULL, "status" varchar(12) NOT NULL DEFAULT (\'open\'), "opened_at" varchar(32) NOT NULL, "escalate_at" varchar(32) NOT NULL, "escalated_at" varchar(32), "supervisor_id" integer, "tech_user_id" integer, "routed_at" varchar(32), "tech_result" text, "solution" text, "satisfaction" integer, "closed_at" varchar(32), "closed_by" integer, "resolve_minutes" integer, "created_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_complaints_code" UNIQUE ("code"), CONSTRAINT "fk_crm_complaints_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_complaints_contact_id" FOREIGN KEY ("contact_id") REFERENCES "contacts" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_complaints_product_id" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_complaints_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_complaints_supervisor_id" FOREIGN KEY ("supervisor_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_complaints_tech_user_id" FOREIGN KEY ("tech_user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_complaints_closed_by" FOREIGN KEY ("closed_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_complaints_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_complaints"("id", "code", "kind", "customer_id", "contact_id", "product_id", "cause", "severity", "description", "owner_id", "status", "opened_at", "escalate_at", "escalated_at", "supervisor_id", "tech_user_id", "routed_at", "tech_result", "solution", "satisfaction", "closed_at", "closed_by", "resolve_minutes", "created_by", "created_at", "updated_at", "version") SELECT "id", "code", "kind", "customer_id", "contact_id", "product_id", "cause", "severity", "description", "owner_id", "status", "opened_at", "escalate_at", "escalated_at", "supervisor_id", "tech_user_id", "routed_at", "tech_result", "solution", "satisfaction", "closed_at", "closed_by", "resolve_minutes", "created_by", "created_at", "updated_at", "version" FROM "crm_complaints"',
    );
    await queryRunner.query('DROP TABLE "crm_complaints"');
    await queryRunner.query('ALTER TABLE "temporary_crm_complaints" RENAME TO "crm_complaints"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_complaints_escalate" ON "crm_complaints" ("status", "escalate_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_complaints_customer" ON "crm_complaints" ("customer_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_complaints_owner" ON "crm_complaints" ("owner_id", "status") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_complaints_product" ON "crm_complaints" ("product_id") ');
    await queryRunner.query('CREATE INDEX "ix_crm_complaints_opened" ON "crm_complaints" ("opened_at") ');
    await queryRunner.query('DROP INDEX "ix_crm_complaint_logs"');
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_complaint_logs" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "complaint_id" integer NOT NULL, "at" varchar(32) NOT NULL, "user_id" integer, "action" varchar(20) NOT NULL, "note" text, CONSTRAINT "fk_crm_complaint_logs_complaint_id" FOREIGN KEY ("complaint_id") REFERENCES "crm_complaints" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_crm_complaint_logs_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_complaint_logs"("id", "complaint_id", "at", "user_id", "action", "note") SELECT "id", "complaint_id", "at", "user_id", "action", "note" FROM "crm_complaint_logs"',
    );
    await queryRunner.query('DROP TABLE "crm_complaint_logs"');
    await queryRunner.query('ALTER TABLE "temporary_crm_complaint_logs" RENAME TO "crm_complaint_logs"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_complaint_logs" ON "crm_complaint_logs" ("complaint_id", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "temporary_crm_merges" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "winner_type" varchar(10) NOT NULL, "winner_id" integer NOT NULL, "loser_type" varchar(10) NOT NULL, "loser_id" integer NOT NULL, "proposed" varchar(10), "rule" varchar(30), "decided_by" integer NOT NULL, "reason" varchar(500) NOT NULL, "details" text, "at" varchar(32) NOT NULL, CONSTRAINT "fk_crm_merges_decided_by" FOREIGN KEY ("decided_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_crm_merges"("id", "winner_type", "winner_id", "loser_type", "loser_id", "proposed", "rule", "decided_by", "reason", "details", "at") SELECT "id", "winner_type", "winner_id", "loser_type", "loser_id", "proposed", "rule", "decided_by", "reason", "details", "at" FROM "crm_merges"',
    );
    await queryRunner.query('DROP TABLE "crm_merges"');
    await queryRunner.query('ALTER TABLE "temporary_crm_merges" RENAME TO "crm_merges"');
    await queryRunner.query('DROP INDEX "ix_print_log_at"');
    await queryRunner.query(
      'CREATE TABLE "temporary_print_log" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "doc_type" varchar(32) NOT NULL, "doc_key" varchar(100) NOT NULL, "doc_no" varchar(64), "copy_no" integer NOT NULL, "output" varchar(10) NOT NULL, "printed_by" integer NOT NULL, "printed_by_name" varchar(50) NOT NULL, "printed_at" varchar(32) NOT NULL, CONSTRAINT "uq_print_log_copy" UNIQUE ("doc_type", "doc_key", "copy_no"), CONSTRAINT "fk_print_log_printed_by" FOREIGN KEY ("printed_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_print_log"("id", "doc_type", "doc_key", "doc_no", "copy_no", "output", "printed_by", "printed_by_name", "printed_at") SELECT "id", "doc_type", "doc_key", "doc_no", "copy_no", "output", "printed_by", "printed_by_name", "printed_at" FROM "print_log"',
    );
    await queryRunner.query('DROP TABLE "print_log"');
    await queryRunner.query('ALTER TABLE "temporary_print_log" RENAME TO "print_log"');
    await queryRunner.query('CREATE INDEX "ix_print_log_at" ON "print_log" ("printed_at") ');
    await queryRunner.query('DROP INDEX "ix_org_units_parent"');
    await queryRunner.query('DROP INDEX "ix_org_units_head"');
    await queryRunner.query(
      'CREATE TABLE "temporary_org_units" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(50) NOT NULL, "kind" varchar(12) NOT NULL, "parent_id" integer, "head_id" integer, "sort" integer NOT NULL DEFAULT (0), "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_org_units_code" UNIQUE ("code"), CONSTRAINT "fk_org_units_parent_id" FOREIGN KEY ("parent_id") REFERENCES "org_units" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_org_units_head_id" FOREIGN KEY ("head_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_org_units"("id", "code", "name", "kind", "parent_id", "head_id", "sort", "active", "created_at", "updated_at", "version") SELECT "id", "code", "name", "kind", "parent_id", "head_id", "sort", "active", "created_at", "updated_at", "version" FROM "org_units"',
    );
    await queryRunner.query('DROP TABLE "org_units"');
    await queryRunner.query('ALTER TABLE "temporary_org_units" RENAME TO "org_units"');
    await queryRunner.query('CREATE INDEX "ix_org_units_parent" ON "org_units" ("parent_id") ');
    await queryRunner.query('CREATE INDEX "ix_org_units_head" ON "org_units" ("head_id") ');
    await queryRunner.query('DROP INDEX "ix_staff_profiles_unit"');
    await queryRunner.query(
      'CREATE TABLE "temporary_staff_profiles" ("user_id" integer PRIMARY KEY NOT NULL, "org_unit_id" integer, "position" varchar(50), "hire_date" varchar(10), "left_date" varchar(10), "data_scope" varchar(10), "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "fk_staff_profiles_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_staff_profiles_org_unit_id" FOREIGN KEY ("org_unit_id") REFERENCES "org_units" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_staff_profiles"("user_id", "org_unit_id", "position", "hire_date", "left_date", "data_scope", "updated_at", "version") SELECT "user_id", "org_unit_id", "position", "hire_date", "left_date", "data_scope", "updated_at", "version" FROM "staff_profiles"',
    );
    await queryRunner.query('DROP TABLE "staff_profiles"');
    await queryRunner.query('ALTER TABLE "temporary_staff_profiles" RENAME TO "staff_profiles"');
    await queryRunner.query('CREATE INDEX "ix_staff_profiles_unit" ON "staff_profiles" ("org_unit_id") ');
    await queryRunner.query('DROP INDEX "ix_staff_changes_user"');
    await queryRunner.query(
      'CREATE TABLE "temporary_staff_changes" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "kind" varchar(12) NOT NULL, "effective_date" varchar(10) NOT NULL, "from_org_unit_id" integer, "to_org_unit_id" integer, "from_manager_id" integer, "to_manager_id" integer, "from_roles" varchar(200), "to_roles" varchar(200), "handover_to_id" integer, "handover_summary" varchar(1000), "reason" varchar(200), "created_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, CONSTRAINT "fk_staff_changes_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_staff_changes_from_org_unit_id" FOREIGN KEY ("from_org_unit_id") REFERENCES "org_units" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_staff_changes_to_org_unit_id" FOREIGN KEY ("to_org_unit_id") REFERENCES "org_units" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_staff_changes_from_manager_id" FOREIGN KEY ("from_manager_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_staff_changes_to_manager_id" FOREIGN KEY ("to_manager_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_staff_changes_handover_to_id" FOREIGN KEY ("handover_to_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_staff_changes_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_staff_changes"("id", "user_id", "kind", "effective_date", "from_org_unit_id", "to_org_unit_id", "from_manager_id", "to_manager_id", "from_roles", "to_roles", "handover_to_id", "handover_summary", "reason", "created_by", "created_at") SELECT "id", "user_id", "kind", "effective_date", "from_org_unit_id", "to_org_unit_id", "from_manager_id", "to_manager_id", "from_roles", "to_roles", "handover_to_id", "handover_summary", "reason", "created_by", "created_at" FROM "staff_changes"',
    );
    await queryRunner.query('DROP TABLE "staff_changes"');
    await queryRunner.query('ALTER TABLE "temporary_staff_changes" RENAME TO "staff_changes"');
    await queryRunner.query(
      'CREATE INDEX "ix_staff_changes_user" ON "staff_changes" ("user_id", "created_at") ',
    );
    await queryRunner.query('DROP INDEX "ix_staff_statuses_user"');
    await queryRunner.query('DROP INDEX "ix_staff_statuses_range"');
    await queryRunner.query(
      'CREATE TABLE "temporary_staff_statuses" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "kind" varchar(16) NOT NULL, "starts_at" varchar(32) NOT NULL, "ends_at" varchar(32) NOT NULL, "note" varchar(200), "approval" varchar(10) NOT NULL, "approver_id" integer, "approved_at" varchar(32), "approval_note" varchar(200), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "fk_staff_statuses_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_staff_statuses_approver_id" FOREIGN KEY ("approver_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_staff_statuses"("id", "user_id", "kind", "starts_at", "ends_at", "note", "approval", "approver_id", "approved_at", "approval_note", "created_at", "updated_at", "version") SELECT "id", "user_id", "kind", "starts_at", "ends_at", "note", "approval", "approver_id", "approved_at", "approval_note", "created_at", "updated_at", "version" FROM "staff_statuses"',
    );
    await queryRunner.query('DROP TABLE "staff_statuses"');
    await queryRunner.query('ALTER TABLE "temporary_staff_statuses" RENAME TO "staff_statuses"');
    await queryRunner.query(
      'CREATE INDEX "ix_staff_statuses_user" ON "staff_statuses" ("user_id", "starts_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_staff_statuses_range" ON "staff_statuses" ("starts_at", "ends_at") ',
    );
    await queryRunner.query('DROP INDEX "ix_work_reports_date"');
    await queryRunner.query(
      'CREATE TABLE "temporary_work_reports" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "report_date" varchar(10) NOT NULL, "done" text NOT NULL, "visits" text, "visit_count" integer NOT NULL DEFAULT (0), "problems" text, "plan" text, "submitted_at" varchar(32) NOT NULL, "late" boolean NOT NULL DEFAULT (0), "read_by" integer, "read_at" varchar(32), "comment_count" integer NOT NULL DEFAULT (0), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_work_reports_user_date" UNIQUE ("user_id", "report_date"), CONSTRAINT "fk_work_reports_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_work_reports_read_by" FOREIGN KEY ("read_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_work_reports"("id", "user_id", "report_date", "done", "visits", "visit_count", "problems", "plan", "submitted_at", "late", "read_by", "read_at", "comment_count", "created_at", "updated_at", "version") SELECT "id", "user_id", "report_date", "done", "visits", "visit_count", "problems", "plan", "submitted_at", "late", "read_by", "read_at", "comment_count", "created_at", "updated_at", "version" FROM "work_reports"',
    );
    await queryRunner.query('DROP TABLE "work_reports"');
    await queryRunner.query('ALTER TABLE "temporary_work_reports" RENAME TO "work_reports"');
    await queryRunner.query('CREATE INDEX "ix_work_reports_date" ON "work_reports" ("report_date") ');
    await queryRunner.query('DROP INDEX "ix_work_report_comments_report"');
    await queryRunner.query(
      'CREATE TABLE "temporary_work_report_comments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "report_id" integer NOT NULL, "user_id" integer NOT NULL, "body" varchar(1000) NOT NULL, "created_at" varchar(32) NOT NULL, CONSTRAINT "fk_work_report_comments_report_id" FOREIGN KEY ("report_id") REFERENCES "work_reports" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_work_report_comments_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_work_report_comments"("id", "report_id", "user_id", "body", "created_at") SELECT "id", "report_id", "user_id", "body", "created_at" FROM "work_report_comments"',
    );
    await queryRunner.query('DROP TABLE "work_report_comments"');
    await queryRunner.query('ALTER TABLE "temporary_work_report_comments" RENAME TO "work_report_comments"');
    await queryRunner.query(
      'CREATE INDEX "ix_work_report_comments_report" ON "work_report_comments" ("report_id") ',
    );
    await queryRunner.query('DROP INDEX "ix_staff_tasks_assignee"');
    await queryRunner.query('DROP INDEX "ix_staff_tasks_creator"');
    await queryRunner.query('DROP INDEX "ix_staff_tasks_remind"');
    await queryRunner.query(
      'CREATE TABLE "temporary_staff_tasks" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(10) NOT NULL, "subject" varchar(100) NOT NULL, "description" text, "assignee_id" integer NOT NULL, "creator_id" integer NOT NULL, "customer_id" integer, "starts_at" varchar(32) NOT NULL, "ends_at" varchar(32) NOT NULL, "status" varchar(10) NOT NULL, "remind_at" varchar(32), "reminded_at" varchar(32), "postpone_count" integer NOT NULL DEFAULT (0), "result" varchar(500), "completed_at" varchar(32), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "fk_staff_tasks_assignee_id" FOREIGN KEY ("assignee_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_staff_tasks_creator_id" FOREIGN KEY ("creator_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_staff_tasks_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_staff_tasks"("id", "kind", "subject", "description", "assignee_id", "creator_id", "customer_id", "starts_at", "ends_at", "status", "remind_at", "reminded_at", "postpone_count", "result", "completed_at", "created_at", "updated_at", "version") SELECT "id", "kind", "subject", "description", "assignee_id", "creator_id", "customer_id", "starts_at", "ends_at", "status", "remind_at", "reminded_at", "postpone_count", "result", "completed_at", "created_at", "updated_at", "version" FROM "staff_tasks"',
    );
    await queryRunner.query('DROP TABLE "staff_tasks"');
    await queryRunner.query('ALTER TABLE "temporary_staff_tasks" RENAME TO "staff_tasks"');
    await queryRunner.query(
      'CREATE INDEX "ix_staff_tasks_assignee" ON "staff_tasks" ("assignee_id", "starts_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_staff_tasks_creator" ON "staff_tasks" ("creator_id") ');
    await queryRunner.query('CREATE INDEX "ix_staff_tasks_remind" ON "staff_tasks" ("remind_at") ');
    await queryRunner.query('DROP INDEX "ix_staff_task_events_task"');
    await queryRunner.query(
      'CREATE TABLE "temporary_staff_task_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "task_id" integer NOT NULL, "user_id" integer, "action" varchar(12) NOT NULL, "note" varchar(500), "at" varchar(32) NOT NULL, CONSTRAINT "fk_staff_task_events_task_id" FOREIGN KEY ("task_id") REFERENCES "staff_tasks" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_staff_task_events_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_staff_task_events"("id", "task_id", "user_id", "action", "note", "at") SELECT "id", "task_id", "user_id", "action", "note", "at" FROM "staff_task_events"',
    );
    await queryRunner.query('DROP TABLE "staff_task_events"');
    await queryRunner.query('ALTER TABLE "temporary_staff_task_events" RENAME TO "staff_task_events"');
    await queryRunner.query('CREATE INDEX "ix_staff_task_events_task" ON "staff_task_events" ("task_id") ');
    await queryRunner.query('DROP INDEX "ix_staff_reminders_user"');
    await queryRunner.query(
      'CREATE TABLE "temporary_staff_reminders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "ref_type" varchar(20), "ref_id" integer, "message" varchar(300) NOT NULL, "dedupe_key" varchar(120) NOT NULL, "created_at" varchar(32) NOT NULL, "read_at" varchar(32), CONSTRAINT "uq_staff_reminders_dedupe" UNIQUE ("dedupe_key"), CONSTRAINT "fk_staff_reminders_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_staff_reminders"("id", "user_id", "kind", "ref_type", "ref_id", "message", "dedupe_key", "created_at", "read_at") SELECT "id", "user_id", "kind", "ref_type", "ref_id", "message", "dedupe_key", "created_at", "read_at" FROM "staff_reminders"',
    );
    await queryRunner.query('DROP TABLE "staff_reminders"');
    await queryRunner.query('ALTER TABLE "temporary_staff_reminders" RENAME TO "staff_reminders"');
    await queryRunner.query(
      'CREATE INDEX "ix_staff_reminders_user" ON "staff_reminders" ("user_id", "read_at") ',
    );
    await queryRunner.query('DROP INDEX "ix_attendance_date"');
    await queryRunner.query(
      'CREATE TABLE "temporary_attendance_records" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "work_date" varchar(10) NOT NULL, "check_in" varchar(5), "check_out" varchar(5), "source" varchar(10) NOT NULL, "note" varchar(200), "created_by" integer, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_attendance_user_date" UNIQUE ("user_id", "work_date"), CONSTRAINT "fk_attendance_records_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_attendance_records_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_attendance_records"("id", "user_id", "work_date", "check_in", "check_out", "source", "note", "created_by", "created_at", "updated_at", "version") SELECT "id", "user_id", "work_date", "check_in", "check_out", "source", "note", "created_by", "created_at", "updated_at", "version" FROM "attendance_records"',
    );
    await queryRunner.query('DROP TABLE "attendance_records"');
    await queryRunner.query('ALTER TABLE "temporary_attendance_records" RENAME TO "attendance_records"');
    await queryRunner.query('CREATE INDEX "ix_attendance_date" ON "attendance_records" ("work_date") ');
    await queryRunner.query('DROP INDEX "ix_target_plans_status"');
    await queryRunner.query(
      'CREATE TABLE "temporary_target_plans" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(20), "year" integer NOT NULL, "metric" varchar(20) NOT NULL, "basis" varchar(12) NOT NULL, "revision" integer NOT NULL DEFAULT (1), "status" varchar(12) NOT NULL, "name" varchar(100) NOT NULL, "owner_id" integer NOT NULL, "notes" varchar(500), "created_by" integer, "approved_by" integer, "approved_at" varchar(32), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_target_plans_rev" UNIQUE ("year", "metric", "revision"), CONSTRAINT "fk_target_plans_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_target_plans_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_target_plans_approved_by" FOREIGN KEY ("approved_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_target_plans"("id", "number", "year", "metric", "basis", "revision", "status", "name", "owner_id", "notes", "created_by", "approved_by", "approved_at", "created_at", "updated_at", "version") SELECT "id", "number", "year", "metric", "basis", "revision", "status", "name", "owner_id", "notes", "created_by", "approved_by", "approved_at", "created_at", "updated_at", "version" FROM "target_plans"',
    );
    await queryRunner.query('DROP TABLE "target_plans"');
    await queryRunner.query('ALTER TABLE "temporary_target_plans" RENAME TO "target_plans"');
    await queryRunner.query(
      'CREATE INDEX "ix_target_plans_status" ON "target_plans" ("year", "metric", "status") ',
    );
    await queryRunner.query('DROP INDEX "ix_target_nodes_plan"');
    await queryRunner.query('DROP INDEX "ix_target_nodes_subject"');
    await queryRunner.query(
      'CREATE TABLE "temporary_target_nodes" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "plan_id" integer NOT NULL, "parent_id" integer, "subject_type" varchar(12) NOT NULL, "subject_id" integer, "owner_id" integer, "sort" integer NOT NULL DEFAULT (0), "v_y" bigint, "v_q1" bigint, "v_q2" bigint, "v_q3" bigint, "v_q4" bigint, "v_m1" bigint, "v_m2" bigint, "v_m3" bigint, "v_m4" bigint, "v_m5" bigint, "v_m6" bigint, "v_m7" bigint, "v_m8" bigint, "v_m9" bigint, "v_m10" bigint, "v_m11" bigint, "v_m12" bigint, CONSTRAINT "fk_target_nodes_plan_id" FOREIGN KEY ("plan_id") REFERENCES "target_plans" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_target_nodes_parent_id" FOREIGN KEY ("parent_id") REFERENCES "target_nodes" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_target_nodes_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_target_nodes"("id", "plan_id", "parent_id", "subject_type", "subject_id", "owner_id", "sort", "v_y", "v_q1", "v_q2", "v_q3", "v_q4", "v_m1", "v_m2", "v_m3", "v_m4", "v_m5", "v_m6", "v_m7", "v_m8", "v_m9", "v_m10", "v_m11", "v_m12") SELECT "id", "plan_id", "parent_id", "subject_type", "subject_id", "owner_id", "sort", "v_y", "v_q1", "v_q2", "v_q3", "v_q4", "v_m1", "v_m2", "v_m3", "v_m4", "v_m5", "v_m6", "v_m7", "v_m8", "v_m9", "v_m10", "v_m11", "v_m12" FROM "target_nodes"',
    );
    await queryRunner.query('DROP TABLE "target_nodes"');
    await queryRunner.query('ALTER TABLE "temporary_target_nodes" RENAME TO "target_nodes"');
    await queryRunner.query(
      'CREATE INDEX "ix_target_nodes_plan" ON "target_nodes" ("plan_id", "parent_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_target_nodes_subject" ON "target_nodes" ("subject_type", "subject_id") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_target_nodes_subject"');
    await queryRunner.query('DROP INDEX "ix_target_nodes_plan"');
    await queryRunner.query('ALTER TABLE "target_nodes" RENAME TO "temporary_target_nodes"');
    await queryRunner.query(
      'CREATE TABLE "target_nodes" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "plan_id" integer NOT NULL, "parent_id" integer, "subject_type" varchar(12) NOT NULL, "subject_id" integer, "owner_id" integer, "sort" integer NOT NULL DEFAULT (0), "v_y" bigint, "v_q1" bigint, "v_q2" bigint, "v_q3" bigint, "v_q4" bigint, "v_m1" bigint, "v_m2" bigint, "v_m3" bigint, "v_m4" bigint, "v_m5" bigint, "v_m6" bigint, "v_m7" bigint, "v_m8" bigint, "v_m9" bigint, "v_m10" bigint, "v_m11" bigint, "v_m12" bigint)',
    );
    await queryRunner.query(
      'INSERT INTO "target_nodes"("id", "plan_id", "parent_id", "subject_type", "subject_id", "owner_id", "sort", "v_y", "v_q1", "v_q2", "v_q3", "v_q4", "v_m1", "v_m2", "v_m3", "v_m4", "v_m5", "v_m6", "v_m7", "v_m8", "v_m9", "v_m10", "v_m11", "v_m12") SELECT "id", "plan_id", "parent_id", "subject_type", "subject_id", "owner_id", "sort", "v_y", "v_q1", "v_q2", "v_q3", "v_q4", "v_m1", "v_m2", "v_m3", "v_m4", "v_m5", "v_m6", "v_m7", "v_m8", "v_m9", "v_m10", "v_m11", "v_m12" FROM "temporary_target_nodes"',
    );
    await queryRunner.query('DROP TABLE "temporary_target_nodes"');
    await queryRunner.query(
      'CREATE INDEX "ix_target_nodes_subject" ON "target_nodes" ("subject_type", "subject_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_target_nodes_plan" ON "target_nodes" ("plan_id", "parent_id") ',
    );
    await queryRunner.query('DROP INDEX "ix_target_plans_status"');
    await queryRunner.query('ALTER TABLE "target_plans" RENAME TO "temporary_target_plans"');
    await queryRunner.query(
      'CREATE TABLE "target_plans" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(20), "year" integer NOT NULL, "metric" varchar(20) NOT NULL, "basis" varchar(12) NOT NULL, "revision" integer NOT NULL DEFAULT (1), "status" varchar(12) NOT NULL, "name" varchar(100) NOT NULL, "owner_id" integer NOT NULL, "notes" varchar(500), "created_by" integer, "approved_by" integer, "approved_at" varchar(32), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_target_plans_rev" UNIQUE ("year", "metric", "revision"))',
    );
    await queryRunner.query(
      'INSERT INTO "target_plans"("id", "number", "year", "metric", "basis", "revision", "status", "name", "owner_id", "notes", "created_by", "approved_by", "approved_at", "created_at", "updated_at", "version") SELECT "id", "number", "year", "metric", "basis", "revision", "status", "name", "owner_id", "notes", "created_by", "approved_by", "approved_at", "created_at", "updated_at", "version" FROM "temporary_target_plans"',
    );
    await queryRunner.query('DROP TABLE "temporary_target_plans"');
    await queryRunner.query(
      'CREATE INDEX "ix_target_plans_status" ON "target_plans" ("year", "metric", "status") ',
    );
    await queryRunner.query('DROP INDEX "ix_attendance_date"');
    await queryRunner.query('ALTER TABLE "attendance_records" RENAME TO "temporary_attendance_records"');
    await queryRunner.query(
      'CREATE TABLE "attendance_records" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "work_date" varchar(10) NOT NULL, "check_in" varchar(5), "check_out" varchar(5), "source" varchar(10) NOT NULL, "note" varchar(200), "created_by" integer, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_attendance_user_date" UNIQUE ("user_id", "work_date"))',
    );
    await queryRunner.query(
      'INSERT INTO "attendance_records"("id", "user_id", "work_date", "check_in", "check_out", "source", "note", "created_by", "created_at", "updated_at", "version") SELECT "id", "user_id", "work_date", "check_in", "check_out", "source", "note", "created_by", "created_at", "updated_at", "version" FROM "temporary_attendance_records"',
    );
    await queryRunner.query('DROP TABLE "temporary_attendance_records"');
    await queryRunner.query('CREATE INDEX "ix_attendance_date" ON "attendance_records" ("work_date") ');
    await queryRunner.query('DROP INDEX "ix_staff_reminders_user"');
    await queryRunner.query('ALTER TABLE "staff_reminders" RENAME TO "temporary_staff_reminders"');
    await queryRunner.query(
      'CREATE TABLE "staff_reminders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "ref_type" varchar(20), "ref_id" integer, "message" varchar(300) NOT NULL, "dedupe_key" varchar(120) NOT NULL, "created_at" varchar(32) NOT NULL, "read_at" varchar(32), CONSTRAINT "uq_staff_reminders_dedupe" UNIQUE ("dedupe_key"))',
    );
    await queryRunner.query(
      'INSERT INTO "staff_reminders"("id", "user_id", "kind", "ref_type", "ref_id", "message", "dedupe_key", "created_at", "read_at") SELECT "id", "user_id", "kind", "ref_type", "ref_id", "message", "dedupe_key", "created_at", "read_at" FROM "temporary_staff_reminders"',
    );
    await queryRunner.query('DROP TABLE "temporary_staff_reminders"');
    await queryRunner.query(
      'CREATE INDEX "ix_staff_reminders_user" ON "staff_reminders" ("user_id", "read_at") ',
    );
    await queryRunner.query('DROP INDEX "ix_staff_task_events_task"');
    await queryRunner.query('ALTER TABLE "staff_task_events" RENAME TO "temporary_staff_task_events"');
    await queryRunner.query(
      'CREATE TABLE "staff_task_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "task_id" integer NOT NULL, "user_id" integer, "action" varchar(12) NOT NULL, "note" varchar(500), "at" varchar(32) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "staff_task_events"("id", "task_id", "user_id", "action", "note", "at") SELECT "id", "task_id", "user_id", "action", "note", "at" FROM "temporary_staff_task_events"',
    );
    await queryRunner.query('DROP TABLE "temporary_staff_task_events"');
    await queryRunner.query('CREATE INDEX "ix_staff_task_events_task" ON "staff_task_events" ("task_id") ');
    await queryRunner.query('DROP INDEX "ix_staff_tasks_remind"');
    await queryRunner.query('DROP INDEX "ix_staff_tasks_creator"');
    await queryRunner.query('DROP INDEX "ix_staff_tasks_assignee"');
    await queryRunner.query('ALTER TABLE "staff_tasks" RENAME TO "temporary_staff_tasks"');
    await queryRunner.query(
      'CREATE TABLE "staff_tasks" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(10) NOT NULL, "subject" varchar(100) NOT NULL, "description" text, "assignee_id" integer NOT NULL, "creator_id" integer NOT NULL, "customer_id" integer, "starts_at" varchar(32) NOT NULL, "ends_at" varchar(32) NOT NULL, "status" varchar(10) NOT NULL, "remind_at" varchar(32), "reminded_at" varchar(32), "postpone_count" integer NOT NULL DEFAULT (0), "result" varchar(500), "completed_at" varchar(32), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'INSERT INTO "staff_tasks"("id", "kind", "subject", "description", "assignee_id", "creator_id", "customer_id", "starts_at", "ends_at", "status", "remind_at", "reminded_at", "postpone_count", "result", "completed_at", "created_at", "updated_at", "version") SELECT "id", "kind", "subject", "description", "assignee_id", "creator_id", "customer_id", "starts_at", "ends_at", "status", "remind_at", "reminded_at", "postpone_count", "result", "completed_at", "created_at", "updated_at", "version" FROM "temporary_staff_tasks"',
    );
    await queryRunner.query('DROP TABLE "temporary_staff_tasks"');
    await queryRunner.query('CREATE INDEX "ix_staff_tasks_remind" ON "staff_tasks" ("remind_at") ');
    await queryRunner.query('CREATE INDEX "ix_staff_tasks_creator" ON "staff_tasks" ("creator_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_staff_tasks_assignee" ON "staff_tasks" ("assignee_id", "starts_at") ',
    );
    await queryRunner.query('DROP INDEX "ix_work_report_comments_report"');
    await queryRunner.query('ALTER TABLE "work_report_comments" RENAME TO "temporary_work_report_comments"');
    await queryRunner.query(
      'CREATE TABLE "work_report_comments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "report_id" integer NOT NULL, "user_id" integer NOT NULL, "body" varchar(1000) NOT NULL, "created_at" varchar(32) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "work_report_comments"("id", "report_id", "user_id", "body", "created_at") SELECT "id", "report_id", "user_id", "body", "created_at" FROM "temporary_work_report_comments"',
    );
    await queryRunner.query('DROP TABLE "temporary_work_report_comments"');
    await queryRunner.query(
      'CREATE INDEX "ix_work_report_comments_report" ON "work_report_comments" ("report_id") ',
    );
    await queryRunner.query('DROP INDEX "ix_work_reports_date"');
    await queryRunner.query('ALTER TABLE "work_reports" RENAME TO "temporary_work_reports"');
    await queryRunner.query(
      'CREATE TABLE "work_reports" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "report_date" varchar(10) NOT NULL, "done" text NOT NULL, "visits" text, "visit_count" integer NOT NULL DEFAULT (0), "problems" text, "plan" text, "submitted_at" varchar(32) NOT NULL, "late" boolean NOT NULL DEFAULT (0), "read_by" integer, "read_at" varchar(32), "comment_count" integer NOT NULL DEFAULT (0), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_work_reports_user_date" UNIQUE ("user_id", "report_date"))',
    );
    await queryRunner.query(
      'INSERT INTO "work_reports"("id", "user_id", "report_date", "done", "visits", "visit_count", "problems", "plan", "submitted_at", "late", "read_by", "read_at", "comment_count", "created_at", "updated_at", "version") SELECT "id", "user_id", "report_date", "done", "visits", "visit_count", "problems", "plan", "submitted_at", "late", "read_by", "read_at", "comment_count", "created_at", "updated_at", "version" FROM "temporary_work_reports"',
    );
    await queryRunner.query('DROP TABLE "temporary_work_reports"');
    await queryRunner.query('CREATE INDEX "ix_work_reports_date" ON "work_reports" ("report_date") ');
    await queryRunner.query('DROP INDEX "ix_staff_statuses_range"');
    await queryRunner.query('DROP INDEX "ix_staff_statuses_user"');
    await queryRunner.query('ALTER TABLE "staff_statuses" RENAME TO "temporary_staff_statuses"');
    await queryRunner.query(
      'CREATE TABLE "staff_statuses" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "kind" varchar(16) NOT NULL, "starts_at" varchar(32) NOT NULL, "ends_at" varchar(32) NOT NULL, "note" varchar(200), "approval" varchar(10) NOT NULL, "approver_id" integer, "approved_at" varchar(32), "approval_note" varchar(200), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'INSERT INTO "staff_statuses"("id", "user_id", "kind", "starts_at", "ends_at", "note", "approval", "approver_id", "approved_at", "approval_note", "created_at", "updated_at", "version") SELECT "id", "user_id", "kind", "starts_at", "ends_at", "note", "approval", "approver_id", "approved_at", "approval_note", "created_at", "updated_at", "version" FROM "temporary_staff_statuses"',
    );
    await queryRunner.query('DROP TABLE "temporary_staff_statuses"');
    await queryRunner.query(
      'CREATE INDEX "ix_staff_statuses_range" ON "staff_statuses" ("starts_at", "ends_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_staff_statuses_user" ON "staff_statuses" ("user_id", "starts_at") ',
    );
    await queryRunner.query('DROP INDEX "ix_staff_changes_user"');
    await queryRunner.query('ALTER TABLE "staff_changes" RENAME TO "temporary_staff_changes"');
    await queryRunner.query(
      'CREATE TABLE "staff_changes" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "kind" varchar(12) NOT NULL, "effective_date" varchar(10) NOT NULL, "from_org_unit_id" integer, "to_org_unit_id" integer, "from_manager_id" integer, "to_manager_id" integer, "from_roles" varchar(200), "to_roles" varchar(200), "handover_to_id" integer, "handover_summary" varchar(1000), "reason" varchar(200), "created_by" integer NOT NULL, "created_at" varchar(32) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "staff_changes"("id", "user_id", "kind", "effective_date", "from_org_unit_id", "to_org_unit_id", "from_manager_id", "to_manager_id", "from_roles", "to_roles", "handover_to_id", "handover_summary", "reason", "created_by", "created_at") SELECT "id", "user_id", "kind", "effective_date", "from_org_unit_id", "to_org_unit_id", "from_manager_id", "to_manager_id", "from_roles", "to_roles", "handover_to_id", "handover_summary", "reason", "created_by", "created_at" FROM "temporary_staff_changes"',
    );
    await queryRunner.query('DROP TABLE "temporary_staff_changes"');
    await queryRunner.query(
      'CREATE INDEX "ix_staff_changes_user" ON "staff_changes" ("user_id", "created_at") ',
    );
    await queryRunner.query('DROP INDEX "ix_staff_profiles_unit"');
    await queryRunner.query('ALTER TABLE "staff_profiles" RENAME TO "temporary_staff_profiles"');
    await queryRunner.query(
      'CREATE TABLE "staff_profiles" ("user_id" integer PRIMARY KEY NOT NULL, "org_unit_id" integer, "position" varchar(50), "hire_date" varchar(10), "left_date" varchar(10), "data_scope" varchar(10), "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'INSERT INTO "staff_profiles"("user_id", "org_unit_id", "position", "hire_date", "left_date", "data_scope", "updated_at", "version") SELECT "user_id", "org_unit_id", "position", "hire_date", "left_date", "data_scope", "updated_at", "version" FROM "temporary_staff_profiles"',
    );
    await queryRunner.query('DROP TABLE "temporary_staff_profiles"');
    await queryRunner.query('CREATE INDEX "ix_staff_profiles_unit" ON "staff_profiles" ("org_unit_id") ');
    await queryRunner.query('DROP INDEX "ix_org_units_head"');
    await queryRunner.query('DROP INDEX "ix_org_units_parent"');
    await queryRunner.query('ALTER TABLE "org_units" RENAME TO "temporary_org_units"');
    await queryRunner.query(
      'CREATE TABLE "org_units" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(50) NOT NULL, "kind" varchar(12) NOT NULL, "parent_id" integer, "head_id" integer, "sort" integer NOT NULL DEFAULT (0), "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_org_units_code" UNIQUE ("code"))',
    );
    await queryRunner.query(
      'INSERT INTO "org_units"("id", "code", "name", "kind", "parent_id", "head_id", "sort", "active", "created_at", "updated_at", "version") SELECT "id", "code", "name", "kind", "parent_id", "head_id", "sort", "active", "created_at", "updated_at", "version" FROM "temporary_org_units"',
    );
    await queryRunner.query('DROP TABLE "temporary_org_units"');
    await queryRunner.query('CREATE INDEX "ix_org_units_head" ON "org_units" ("head_id") ');
    await queryRunner.query('CREATE INDEX "ix_org_units_parent" ON "org_units" ("parent_id") ');
    await queryRunner.query('DROP INDEX "ix_print_log_at"');
    await queryRunner.query('ALTER TABLE "print_log" RENAME TO "temporary_print_log"');
    await queryRunner.query(
      'CREATE TABLE "print_log" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "doc_type" varchar(32) NOT NULL, "doc_key" varchar(100) NOT NULL, "doc_no" varchar(64), "copy_no" integer NOT NULL, "output" varchar(10) NOT NULL, "printed_by" integer NOT NULL, "printed_by_name" varchar(50) NOT NULL, "printed_at" varchar(32) NOT NULL, CONSTRAINT "uq_print_log_copy" UNIQUE ("doc_type", "doc_key", "copy_no"))',
    );
    await queryRunner.query(
      'INSERT INTO "print_log"("id", "doc_type", "doc_key", "doc_no", "copy_no", "output", "printed_by", "printed_by_name", "printed_at") SELECT "id", "doc_type", "doc_key", "doc_no", "copy_no", "output", "printed_by", "printed_by_name", "printed_at" FROM "temporary_print_log"',
    );
    await queryRunner.query('DROP TABLE "temporary_print_log"');
    await queryRunner.query('CREATE INDEX "ix_print_log_at" ON "print_log" ("printed_at") ');
    await queryRunner.query('ALTER TABLE "crm_merges" RENAME TO "temporary_crm_merges"');
    await queryRunner.query(
      'CREATE TABLE "crm_merges" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "winner_type" varchar(10) NOT NULL, "winner_id" integer NOT NULL, "loser_type" varchar(10) NOT NULL, "loser_id" integer NOT NULL, "proposed" varchar(10), "rule" varchar(30), "decided_by" integer NOT NULL, "reason" varchar(500) NOT NULL, "details" text, "at" varchar(32) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "crm_merges"("id", "winner_type", "winner_id", "loser_type", "loser_id", "proposed", "rule", "decided_by", "reason", "details", "at") SELECT "id", "winner_type", "winner_id", "loser_type", "loser_id", "proposed", "rule", "decided_by", "reason", "details", "at" FROM "temporary_crm_merges"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_merges"');
    await queryRunner.query('DROP INDEX "ix_crm_complaint_logs"');
    await queryRunner.query('ALTER TABLE "crm_complaint_logs" RENAME TO "temporary_crm_complaint_logs"');
    await queryRunner.query(
      'CREATE TABLE "crm_complaint_logs" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "complaint_id" integer NOT NULL, "at" varchar(32) NOT NULL, "user_id" integer, "action" varchar(20) NOT NULL, "note" text)',
    );
    await queryRunner.query(
      'INSERT INTO "crm_complaint_logs"("id", "complaint_id", "at", "user_id", "action", "note") SELECT "id", "complaint_id", "at", "user_id", "action", "note" FROM "temporary_crm_complaint_logs"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_complaint_logs"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_complaint_logs" ON "crm_complaint_logs" ("complaint_id", "at") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_complaints_opened"');
    await queryRunner.query('DROP INDEX "ix_crm_complaints_product"');
    await queryRunner.query('DROP INDEX "ix_crm_complaints_owner"');
    await queryRunner.query('DROP INDEX "ix_crm_complaints_customer"');
    await queryRunner.query('DROP INDEX "ix_crm_complaints_escalate"');
    await queryRunner.query('ALTER TABLE "crm_complaints" RENAME TO "temporary_crm_complaints"');
    await queryRunner.query(
      'CREATE TABLE "crm_complaints" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "kind" varchar(12) NOT NULL, "customer_id" integer NOT NULL, "contact_id" integer, "product_id" integer, "cause" varchar(12) NOT NULL, "severity" varchar(10) NOT NULL, "description" text NOT NULL, "owner_id" integer NOT NULL, "status" varchar(12) NOT NULL DEFAULT (\'open\'), "opened_at" varchar(32) NOT NULL, "escalate_at" varchar(32) NOT NULL, "escalated_at" varchar(32), "supervisor_id" integer, "tech_user_id" integer, "routed_at" varchar(32), "tech_result" text, "solution" text, "satisfaction" integer, "closed_at" varchar(32), "closed_by" integer, "resolve_minutes" integer, "created_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_complaints_code" UNIQUE ("code"))',
    );
    await queryRunner.query(
      'INSERT INTO "crm_complaints"("id", "code", "kind", "customer_id", "contact_id", "product_id", "cause", "severity", "description", "owner_id", "status", "opened_at", "escalate_at", "escalated_at", "supervisor_id", "tech_user_id", "routed_at", "tech_result", "solution", "satisfaction", "closed_at", "closed_by", "resolve_minutes", "created_by", "created_at", "updated_at", "version") SELECT "id", "code", "kind", "customer_id", "contact_id", "product_id", "cause", "severity", "description", "owner_id", "status", "opened_at", "escalate_at", "escalated_at", "supervisor_id", "tech_user_id", "routed_at", "tech_result", "solution", "satisfaction", "closed_at", "closed_by", "resolve_minutes", "created_by", "created_at", "updated_at", "version" FROM "temporary_crm_complaints"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_complaints"');
    await queryRunner.query('CREATE INDEX "ix_crm_complaints_opened" ON "crm_complaints" ("opened_at") ');
    await queryRunner.query('CREATE INDEX "ix_crm_complaints_product" ON "crm_complaints" ("product_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_complaints_owner" ON "crm_complaints" ("owner_id", "status") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_complaints_customer" ON "crm_complaints" ("customer_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_complaints_escalate" ON "crm_complaints" ("status", "escalate_at") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_aftersales_due"');
    await queryRunner.query('DROP INDEX "ix_crm_aftersales_customer"');
    await queryRunner.query('DROP INDEX "ix_crm_aftersales_assignee"');
    await queryRunner.query('ALTER TABLE "crm_aftersales_tasks" RENAME TO "temporary_crm_aftersales_tasks"');
    await queryRunner.query(
      'CREATE TABLE "crm_aftersales_tasks" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "source_type" varchar(20) NOT NULL, "source_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "seq" integer NOT NULL DEFAULT (0), "delivered_on" varchar(10) NOT NULL, "due_from" varchar(10) NOT NULL, "due_on" varchar(10) NOT NULL, "assignee_id" integer NOT NULL, "status" varchar(10) NOT NULL DEFAULT (\'open\'), "warned_at" varchar(32), "done_at" varchar(32), "done_by" integer, "activity_id" integer, "satisfaction" integer, "result" varchar(500), "created_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_aftersales_source" UNIQUE ("source_type", "source_id", "kind", "seq"))',
    );
    await queryRunner.query(
      'INSERT INTO "crm_aftersales_tasks"("id", "customer_id", "source_type", "source_id", "kind", "seq", "delivered_on", "due_from", "due_on", "assignee_id", "status", "warned_at", "done_at", "done_by", "activity_id", "satisfaction", "result", "created_at", "version") SELECT "id", "customer_id", "source_type", "source_id", "kind", "seq", "delivered_on", "due_from", "due_on", "assignee_id", "status", "warned_at", "done_at", "done_by", "activity_id", "satisfaction", "result", "created_at", "version" FROM "temporary_crm_aftersales_tasks"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_aftersales_tasks"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_aftersales_due" ON "crm_aftersales_tasks" ("status", "due_on") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_aftersales_customer" ON "crm_aftersales_tasks" ("customer_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_crm_aftersales_assignee" ON "crm_aftersales_tasks" ("assignee_id", "status", "due_on") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_service_jobs_customer"');
    await queryRunner.query('ALTER TABLE "crm_service_jobs" RENAME TO "temporary_crm_service_jobs"');
    await queryRunner.query(
      'CREATE TABLE "crm_service_jobs" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "customer_id" integer NOT NULL, "product_id" integer, "description" text NOT NULL, "completed_on" varchar(10) NOT NULL, "user_id" integer NOT NULL, "created_at" varchar(32) NOT NULL, CONSTRAINT "uq_crm_service_jobs_code" UNIQUE ("code"))',
    );
    await queryRunner.query(
      'INSERT INTO "crm_service_jobs"("id", "code", "customer_id", "product_id", "description", "completed_on", "user_id", "created_at") SELECT "id", "code", "customer_id", "product_id", "description", "completed_on", "user_id", "created_at" FROM "temporary_crm_service_jobs"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_service_jobs"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_service_jobs_customer" ON "crm_service_jobs" ("customer_id") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_reminders_user"');
    await queryRunner.query('ALTER TABLE "crm_reminders" RENAME TO "temporary_crm_reminders"');
    await queryRunner.query(
      'CREATE TABLE "crm_reminders" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "user_id" integer NOT NULL, "kind" varchar(30) NOT NULL, "entity_type" varchar(20) NOT NULL, "entity_id" integer NOT NULL, "title_zh" varchar(300) NOT NULL, "title_en" varchar(300) NOT NULL, "due_on" varchar(10), "dedupe_key" varchar(120) NOT NULL, "created_at" varchar(32) NOT NULL, "read_at" varchar(32), CONSTRAINT "uq_crm_reminders_key" UNIQUE ("user_id", "dedupe_key"))',
    );
    await queryRunner.query(
      'INSERT INTO "crm_reminders"("id", "user_id", "kind", "entity_type", "entity_id", "title_zh", "title_en", "due_on", "dedupe_key", "created_at", "read_at") SELECT "id", "user_id", "kind", "entity_type", "entity_id", "title_zh", "title_en", "due_on", "dedupe_key", "created_at", "read_at" FROM "temporary_crm_reminders"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_reminders"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_reminders_user" ON "crm_reminders" ("user_id", "read_at", "created_at") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_act_followup"');
    await queryRunner.query('DROP INDEX "ix_crm_act_user"');
    await queryRunner.query('DROP INDEX "ix_crm_act_opp"');
    await queryRunner.query('DROP INDEX "ix_crm_act_lead"');
    await queryRunner.query('DROP INDEX "ix_crm_act_customer"');
    await queryRunner.query('ALTER TABLE "crm_activities" RENAME TO "temporary_crm_activities"');
    await queryRunner.query(
      'CREATE TABLE "crm_activities" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "type" varchar(12) NOT NULL, "user_id" integer NOT NULL, "customer_id" integer, "lead_id" integer, "contact_id" integer, "opportunity_id" integer, "occurred_at" varchar(32) NOT NULL, "checkin_at" varchar(32), "checkin_place" varchar(200), "summary" text NOT NULL, "customer_requests" text, "promises" text, "next_followup_on" varchar(10) NOT NULL, "followup_owner_id" integer NOT NULL, "followup_done" boolean NOT NULL DEFAULT (0), "followup_done_at" varchar(32), "created_at" varchar(32) NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "crm_activities"("id", "type", "user_id", "customer_id", "lead_id", "contact_id", "opportunity_id", "occurred_at", "checkin_at", "checkin_place", "summary", "customer_requests", "promises", "next_followup_on", "followup_owner_id", "followup_done", "followup_done_at", "created_at") SELECT "id", "type", "user_id", "customer_id", "lead_id", "contact_id", "opportunity_id", "occurred_at", "checkin_at", "checkin_place", "summary", "customer_requests", "promises", "next_followup_on", "followup_owner_id", "followup_done", "followup_done_at", "created_at" FROM "temporary_crm_activities"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_activities"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_act_followup" ON "crm_activities" ("followup_owner_id", "followup_done", "next_followup_on") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_act_user" ON "crm_activities" ("user_id", "occurred_at") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_act_opp" ON "crm_activities" ("opportunity_id", "occurred_at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_act_lead" ON "crm_activities" ("lead_id", "occurred_at") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_act_customer" ON "crm_activities" ("customer_id", "occurred_at") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_attachments_entity"');
    await queryRunner.query('ALTER TABLE "crm_attachments" RENAME TO "temporary_crm_attachments"');
    await queryRunner.query(
      'CREATE TABLE "crm_attachments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "entity_type" varchar(20) NOT NULL, "entity_id" integer NOT NULL, "kind" varchar(20) NOT NULL, "file_name" varchar(200) NOT NULL, "mime" varchar(100) NOT NULL, "size" integer NOT NULL, "sha256" varchar(64) NOT NULL, "content" text NOT NULL, "uploaded_by" integer NOT NULL, "uploaded_at" varchar(32) NOT NULL, "removed" boolean NOT NULL DEFAULT (0), "removed_by" integer, "removed_at" varchar(32))',
    );
    await queryRunner.query(
      'INSERT INTO "crm_attachments"("id", "entity_type", "entity_id", "kind", "file_name", "mime", "size", "sha256", "content", "uploaded_by", "uploaded_at", "removed", "removed_by", "removed_at") SELECT "id", "entity_type", "entity_id", "kind", "file_name", "mime", "size", "sha256", "content", "uploaded_by", "uploaded_at", "removed", "removed_by", "removed_at" FROM "temporary_crm_attachments"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_attachments"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_attachments_entity" ON "crm_attachments" ("entity_type", "entity_id") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_opp_products_opp"');
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_products" RENAME TO "temporary_crm_opportunity_products"',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_opportunity_products" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "opportunity_id" integer NOT NULL, "line_no" integer NOT NULL, "product_id" integer NOT NULL, "qty" integer NOT NULL, "price" bigint NOT NULL, "notes" varchar(200))',
    );
    await queryRunner.query(
      'INSERT INTO "crm_opportunity_products"("id", "opportunity_id", "line_no", "product_id", "qty", "price", "notes") SELECT "id", "opportunity_id", "line_no", "product_id", "qty", "price", "notes" FROM "temporary_crm_opportunity_products"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_opportunity_products"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opp_products_opp" ON "crm_opportunity_products" ("opportunity_id", "line_no") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_competitors_name"');
    await queryRunner.query('DROP INDEX "ix_crm_competitors_opp"');
    await queryRunner.query('ALTER TABLE "crm_competitors" RENAME TO "temporary_crm_competitors"');
    await queryRunner.query(
      'CREATE TABLE "crm_competitors" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "opportunity_id" integer NOT NULL, "competitor" varchar(100) NOT NULL, "offer_amount" bigint, "strengths" varchar(1000), "weaknesses" varchar(1000), "notes" varchar(500), "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'INSERT INTO "crm_competitors"("id", "opportunity_id", "competitor", "offer_amount", "strengths", "weaknesses", "notes", "active", "created_at", "updated_at", "version") SELECT "id", "opportunity_id", "competitor", "offer_amount", "strengths", "weaknesses", "notes", "active", "created_at", "updated_at", "version" FROM "temporary_crm_competitors"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_competitors"');
    await queryRunner.query('CREATE INDEX "ix_crm_competitors_name" ON "crm_competitors" ("competitor") ');
    await queryRunner.query('CREATE INDEX "ix_crm_competitors_opp" ON "crm_competitors" ("opportunity_id") ');
    await queryRunner.query('ALTER TABLE "crm_decision_chain" RENAME TO "temporary_crm_decision_chain"');
    await queryRunner.query(
      'CREATE TABLE "crm_decision_chain" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "opportunity_id" integer NOT NULL, "contact_id" integer NOT NULL, "role" varchar(20) NOT NULL, "notes" varchar(200), "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_decision_chain" UNIQUE ("opportunity_id", "contact_id"))',
    );
    await queryRunner.query(
      'INSERT INTO "crm_decision_chain"("id", "opportunity_id", "contact_id", "role", "notes", "active", "created_at", "updated_at", "version") SELECT "id", "opportunity_id", "contact_id", "role", "notes", "active", "created_at", "updated_at", "version" FROM "temporary_crm_decision_chain"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_decision_chain"');
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_tasks" RENAME TO "temporary_crm_opportunity_tasks"',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_opportunity_tasks" ("opportunity_id" integer NOT NULL, "stage" varchar(20) NOT NULL, "task_key" varchar(40) NOT NULL, "done_by" integer NOT NULL, "done_at" varchar(32) NOT NULL, PRIMARY KEY ("opportunity_id", "stage", "task_key"))',
    );
    await queryRunner.query(
      'INSERT INTO "crm_opportunity_tasks"("opportunity_id", "stage", "task_key", "done_by", "done_at") SELECT "opportunity_id", "stage", "task_key", "done_by", "done_at" FROM "temporary_crm_opportunity_tasks"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_opportunity_tasks"');
    await queryRunner.query('DROP INDEX "ix_crm_opp_stages_opp"');
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_stages" RENAME TO "temporary_crm_opportunity_stages"',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_opportunity_stages" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "opportunity_id" integer NOT NULL, "stage" varchar(20) NOT NULL, "entered_at" varchar(32) NOT NULL, "left_at" varchar(32), "due_on" varchar(10), "overdue" boolean NOT NULL DEFAULT (0), "user_id" integer, "note" varchar(500))',
    );
    await queryRunner.query(
      'INSERT INTO "crm_opportunity_stages"("id", "opportunity_id", "stage", "entered_at", "left_at", "due_on", "overdue", "user_id", "note") SELECT "id", "opportunity_id", "stage", "entered_at", "left_at", "due_on", "overdue", "user_id", "note" FROM "temporary_crm_opportunity_stages"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_opportunity_stages"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opp_stages_opp" ON "crm_opportunity_stages" ("opportunity_id", "entered_at") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_opp_owners_user"');
    await queryRunner.query(
      'ALTER TABLE "crm_opportunity_owners" RENAME TO "temporary_crm_opportunity_owners"',
    );
    await queryRunner.query(
      'CREATE TABLE "crm_opportunity_owners" ("opportunity_id" integer NOT NULL, "user_id" integer NOT NULL, PRIMARY KEY ("opportunity_id", "user_id"))',
    );
    await queryRunner.query(
      'INSERT INTO "crm_opportunity_owners"("opportunity_id", "user_id") SELECT "opportunity_id", "user_id" FROM "temporary_crm_opportunity_owners"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_opportunity_owners"');
    await queryRunner.query('CREATE INDEX "ix_crm_opp_owners_user" ON "crm_opportunity_owners" ("user_id") ');
    await queryRunner.query('DROP INDEX "ix_crm_opps_updated"');
    await queryRunner.query('DROP INDEX "ix_crm_opps_due"');
    await queryRunner.query('DROP INDEX "ix_crm_opps_stage"');
    await queryRunner.query('DROP INDEX "ix_crm_opps_customer"');
    await queryRunner.query('DROP INDEX "ix_crm_opps_owner"');
    await queryRunner.query('ALTER TABLE "crm_opportunities" RENAME TO "temporary_crm_opportunities"');
    await queryRunner.query(
      'CREATE TABLE "crm_opportunities" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(200) NOT NULL, "customer_id" integer NOT NULL, "lead_id" integer, "owner_id" integer NOT NULL, "stage" varchar(20) NOT NULL, "status" varchar(10) NOT NULL DEFAULT (\'open\'), "stage_entered_at" varchar(32) NOT NULL, "stage_due_on" varchar(10), "stage_warned_at" varchar(32), "budget" bigint, "expected_amount" bigint, "expected_bid_date" varchar(10), "win_amount" bigint, "bid_issue_date" varchar(10), "bid_response_date" varchar(10), "design_unit" varchar(200), "decision_unit" varchar(200), "user_unit" varchar(200), "description" text, "won_amount" bigint, "won_on" varchar(10), "won_reason" varchar(500), "lost_reason" varchar(500), "lost_to" varchar(100), "closed_at" varchar(32), "closed_by" integer, "created_by" integer NOT NULL, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_opportunities_code" UNIQUE ("code"), CONSTRAINT "uq_crm_opportunities_name" UNIQUE ("name"))',
    );
    await queryRunner.query(
      'INSERT INTO "crm_opportunities"("id", "code", "name", "customer_id", "lead_id", "owner_id", "stage", "status", "stage_entered_at", "stage_due_on", "stage_warned_at", "budget", "expected_amount", "expected_bid_date", "win_amount", "bid_issue_date", "bid_response_date", "design_unit", "decision_unit", "user_unit", "description", "won_amount", "won_on", "won_reason", "lost_reason", "lost_to", "closed_at", "closed_by", "created_by", "created_at", "updated_at", "version") SELECT "id", "code", "name", "customer_id", "lead_id", "owner_id", "stage", "status", "stage_entered_at", "stage_due_on", "stage_warned_at", "budget", "expected_amount", "expected_bid_date", "win_amount", "bid_issue_date", "bid_response_date", "design_unit", "decision_unit", "user_unit", "description", "won_amount", "won_on", "won_reason", "lost_reason", "lost_to", "closed_at", "closed_by", "created_by", "created_at", "updated_at", "version" FROM "temporary_crm_opportunities"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_opportunities"');
    await queryRunner.query('CREATE INDEX "ix_crm_opps_updated" ON "crm_opportunities" ("updated_at") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opps_due" ON "crm_opportunities" ("status", "stage_due_on") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_opps_stage" ON "crm_opportunities" ("status", "stage") ');
    await queryRunner.query('CREATE INDEX "ix_crm_opps_customer" ON "crm_opportunities" ("customer_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_opps_owner" ON "crm_opportunities" ("owner_id", "status") ',
    );
    await queryRunner.query('DROP INDEX "ix_crm_lead_events_to"');
    await queryRunner.query('DROP INDEX "ix_crm_lead_events_lead"');
    await queryRunner.query('ALTER TABLE "crm_lead_events" RENAME TO "temporary_crm_lead_events"');
    await queryRunner.query(
      'CREATE TABLE "crm_lead_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "lead_id" integer NOT NULL, "at" varchar(32) NOT NULL, "kind" varchar(20) NOT NULL, "user_id" integer, "from_user_id" integer, "to_user_id" integer, "note" varchar(500))',
    );
    await queryRunner.query(
      'INSERT INTO "crm_lead_events"("id", "lead_id", "at", "kind", "user_id", "from_user_id", "to_user_id", "note") SELECT "id", "lead_id", "at", "kind", "user_id", "from_user_id", "to_user_id", "note" FROM "temporary_crm_lead_events"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_lead_events"');
    await queryRunner.query(
      'CREATE INDEX "ix_crm_lead_events_to" ON "crm_lead_events" ("to_user_id", "kind", "at") ',
    );
    await queryRunner.query('CREATE INDEX "ix_crm_lead_events_lead" ON "crm_lead_events" ("lead_id", "at") ');
    await queryRunner.query('DROP INDEX "ix_crm_leads_pooled"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_filed"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_customer"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_assigned"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_idle"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_owner"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_phone_key"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_name_key"');
    await queryRunner.query('ALTER TABLE "crm_leads" RENAME TO "temporary_crm_leads"');
    await queryRunner.query(
      'CREATE TABLE "crm_leads" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "company" varchar(200) NOT NULL, "name_key" varchar(200) NOT NULL, "py" varchar(100) NOT NULL DEFAULT (\'\'), "contact_name" varchar(50), "contact_title" varchar(50), "phone" varchar(50), "phone_key" varchar(30), "email" varchar(100), "source" varchar(20) NOT NULL, "requirement" text, "notes" text, "status" varchar(12) NOT NULL DEFAULT (\'open\'), "owner_id" integer, "filed_by" integer NOT NULL, "filed_at" varchar(32) NOT NULL, "assigned_at" varchar(32), "idle_since" varchar(32), "last_followup_at" varchar(32), "next_followup_on" varchar(10), "idle_warned_at" varchar(32), "convert_warned_at" varchar(32), "pooled_at" varchar(32), "pool_reason" varchar(200), "previous_owner_id" integer, "customer_id" integer, "converted_at" varchar(32), "merged_into_id" integer, "closed_reason" varchar(200), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_crm_leads_code" UNIQUE ("code"))',
    );
    await queryRunner.query(
      'INSERT INTO "crm_leads"("id", "code", "company", "name_key", "py", "contact_name", "contact_title", "phone", "phone_key", "email", "source", "requirement", "notes", "status", "owner_id", "filed_by", "filed_at", "assigned_at", "idle_since", "last_followup_at", "next_followup_on", "idle_warned_at", "convert_warned_at", "pooled_at", "pool_reason", "previous_owner_id", "customer_id", "converted_at", "merged_into_id", "closed_reason", "created_at", "updated_at", "version") SELECT "id", "code", "company", "name_key", "py", "contact_name", "contact_title", "phone", "phone_key", "email", "source", "requirement", "notes", "status", "owner_id", "filed_by", "filed_at", "assigned_at", "idle_since", "last_followup_at", "next_followup_on", "idle_warned_at", "convert_warned_at", "pooled_at", "pool_reason", "previous_owner_id", "customer_id", "converted_at", "merged_into_id", "closed_reason", "created_at", "updated_at", "version" FROM "temporary_crm_leads"',
    );
    await queryRunner.query('DROP TABLE "temporary_crm_leads"');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_pooled" ON "crm_leads" ("status", "pooled_at") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_filed" ON "crm_leads" ("filed_at") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_customer" ON "crm_leads" ("customer_id") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_assigned" ON "crm_leads" ("status", "assigned_at") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_idle" ON "crm_leads" ("status", "idle_since") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_owner" ON "crm_leads" ("owner_id", "status") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_phone_key" ON "crm_leads" ("phone_key") ');
    await queryRunner.query('CREATE INDEX "ix_crm_leads_name_key" ON "crm_leads" ("name_key") ');
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
      'CREATE TABLE "shipment_lines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "shipment_id" integer NOT NULL, "line_no" integer NOT NULL, "order_id" integer NOT NULL, "order_line_id" integer NOT NULL, "product_id" integer NOT NULL, "qty" bigint NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "tax_rate" integer NOT NULL, "amount" bigint NOT NULL DEFAULT (0), "tax" bigint NOT NULL DEFAULT (0), "total" bigint NOT NULL DEFAULT (0), "invoiced_qty" bigint NOT NULL DEFAULT (0), "invoiced_total" bigint NOT NULL DEFAULT (0), "returned_qty" bigint NOT NULL DEFAULT (0), "returned_total" bigint NOT NULL DEFAULT (0), "credited_qty" bigint NOT NULL DEFAULT (0), "credited_total" bigint NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'INSERT INTO "shipment_lines"("id", "shipment_id", "line_no", "order_id", "order_line_id", "product_id", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total", "invoiced_qty", "invoiced_total", "returned_qty", "returned_total", "credited_qty", "credited_total") SELECT "id", "shipment_id", "line_no", "order_id", "order_line_id", "product_id", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total", "invoiced_qty", "invoiced_total", "returned_qty", "returned_total", "credited_qty", "credited_total" FROM "temporary_shipment_lines"',
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
      'CREATE TABLE "sales_order_lines" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "order_id" integer NOT NULL, "line_no" integer NOT NULL, "product_id" integer NOT NULL, "name" varchar(100) NOT NULL, "spec" varchar(100), "unit" varchar(10) NOT NULL, "qty" bigint NOT NULL, "unit_price" bigint NOT NULL, "discount_bp" integer NOT NULL DEFAULT (0), "tax_rate" integer NOT NULL, "amount" bigint NOT NULL, "tax" bigint NOT NULL, "total" bigint NOT NULL, "floor_price" bigint NOT NULL DEFAULT (0), "delivered_qty" bigint NOT NULL DEFAULT (0), "delivered_total" bigint NOT NULL DEFAULT (0), "invoiced_qty" bigint NOT NULL DEFAULT (0), "invoiced_total" bigint NOT NULL DEFAULT (0), "reserved_qty" bigint NOT NULL DEFAULT (0), "returned_qty" bigint NOT NULL DEFAULT (0), "quotation_line_id" integer, "notes" varchar(200))',
    );
    await queryRunner.query(
      'INSERT INTO "sales_order_lines"("id", "order_id", "line_no", "product_id", "name", "spec", "unit", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total", "floor_price", "delivered_qty", "delivered_total", "invoiced_qty", "invoiced_total", "reserved_qty", "returned_qty", "quotation_line_id", "notes") SELECT "id", "order_id", "line_no", "product_id", "name", "spec", "unit", "qty", "unit_price", "discount_bp", "tax_rate", "amount", "tax", "total", "floor_price", "delivered_qty", "delivered_total", "invoiced_qty", "invoiced_total", "reserved_qty", "returned_qty", "quotation_line_id", "notes" FROM "temporary_sales_order_lines"',
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
    await queryRunner.query('ALTER TABLE "warehouses" RENAME TO "temporary_warehouses"');
    await queryRunner.query(
      'CREATE TABLE "warehouses" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(50) NOT NULL, "address" varchar(200), "keeper_id" integer, "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_warehouses_code" UNIQUE ("code"))',
    );
    await queryRunner.query(
      'INSERT INTO "warehouses"("id", "code", "name", "address", "keeper_id", "active", "created_at", "updated_at", "version") SELECT "id", "code", "name", "address", "keeper_id", "active", "created_at", "updated_at", "version" FROM "temporary_warehouses"',
    );
    await queryRunner.query('DROP TABLE "temporary_warehouses"');
    await queryRunner.query('DROP INDEX "ix_contacts_customer"');
    await queryRunner.query('ALTER TABLE "contacts" RENAME TO "temporary_contacts"');
    await queryRunner.query(
      'CREATE TABLE "contacts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "name" varchar(50) NOT NULL, "title" varchar(50), "mobile" varchar(30), "phone" varchar(30), "email" varchar(100), "birthday" varchar(10), "is_primary" boolean NOT NULL DEFAULT (0), "notes" varchar(500), "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'INSERT INTO "contacts"("id", "customer_id", "name", "title", "mobile", "phone", "email", "birthday", "is_primary", "notes", "active", "created_at", "updated_at", "version") SELECT "id", "customer_id", "name", "title", "mobile", "phone", "email", "birthday", "is_primary", "notes", "active", "created_at", "updated_at", "version" FROM "temporary_contacts"',
    );
    await queryRunner.query('DROP TABLE "temporary_contacts"');
    await queryRunner.query('CREATE INDEX "ix_contacts_customer" ON "contacts" ("customer_id") ');
    await queryRunner.query('DROP INDEX "ix_customer_owners_user"');
    await queryRunner.query('ALTER TABLE "customer_owners" RENAME TO "temporary_customer_owners"');
    await queryRunner.query(
      'CREATE TABLE "customer_owners" ("customer_id" integer NOT NULL, "user_id" integer NOT NULL, PRIMARY KEY ("customer_id", "user_id"))',
    );
    await queryRunner.query(
      'INSERT INTO "customer_owners"("customer_id", "user_id") SELECT "customer_id", "user_id" FROM "temporary_customer_owners"',
    );
    await queryRunner.query('DROP TABLE "temporary_customer_owners"');
    await queryRunner.query('CREATE INDEX "ix_customer_owners_user" ON "customer_owners" ("user_id") ');
    await queryRunner.query('DROP INDEX "ix_customers_updated"');
    await queryRunner.query('DROP INDEX "ix_customers_region"');
    await queryRunner.query('DROP INDEX "ix_customers_owner"');
    await queryRunner.query('DROP INDEX "ix_customers_name_key"');
    await queryRunner.query('ALTER TABLE "customers" RENAME TO "temporary_customers"');
    await queryRunner.query(
      'CREATE TABLE "customers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "legal_name" varchar(200) NOT NULL, "name_key" varchar(200) NOT NULL, "py" varchar(100) NOT NULL DEFAULT (\'\'), "short_name" varchar(50), "credit_code" varchar(18), "address" varchar(200), "phone" varchar(50), "bank_name" varchar(100), "bank_account" varchar(50), "customer_type" varchar(10) NOT NULL DEFAULT (\'cash\'), "grade" varchar(10) NOT NULL DEFAULT (\'general\'), "region_id" integer, "source" varchar(20), "tags" varchar(500) NOT NULL DEFAULT (\'\'), "owner_id" integer NOT NULL, "credit_limit" bigint NOT NULL DEFAULT (0), "credit_days" integer NOT NULL DEFAULT (0), "term_basis" varchar(12) NOT NULL DEFAULT (\'invoice\'), "bad_record" boolean NOT NULL DEFAULT (0), "notes" text, "active" boolean NOT NULL DEFAULT (1), "created_by" integer, "updated_by" integer, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_customers_code" UNIQUE ("code"), CONSTRAINT "uq_customers_legal_name" UNIQUE ("legal_name"), CONSTRAINT "uq_customers_credit_code" UNIQUE ("credit_code"))',
    );
    await queryRunner.query(
      'INSERT INTO "customers"("id", "code", "legal_name", "name_key", "py", "short_name", "credit_code", "address", "phone", "bank_name", "bank_account", "customer_type", "grade", "region_id", "source", "tags", "owner_id", "credit_limit", "credit_days", "term_basis", "bad_record", "notes", "active", "created_by", "updated_by", "created_at", "updated_at", "version") SELECT "id", "code", "legal_name", "name_key", "py", "short_name", "credit_code", "address", "phone", "bank_name", "bank_account", "customer_type", "grade", "region_id", "source", "tags", "owner_id", "credit_limit", "credit_days", "term_basis", "bad_record", "notes", "active", "created_by", "updated_by", "created_at", "updated_at", "version" FROM "temporary_customers"',
    );
    await queryRunner.query('DROP TABLE "temporary_customers"');
    await queryRunner.query('CREATE INDEX "ix_customers_updated" ON "customers" ("updated_at") ');
    await queryRunner.query('CREATE INDEX "ix_customers_region" ON "customers" ("region_id") ');
    await queryRunner.query('CREATE INDEX "ix_customers_owner" ON "customers" ("owner_id") ');
    await queryRunner.query('CREATE INDEX "ix_customers_name_key" ON "customers" ("name_key") ');
    await queryRunner.query('DROP INDEX "ix_users_manager"');
    await queryRunner.query('ALTER TABLE "users" RENAME TO "temporary_users"');
    await queryRunner.query(
      'CREATE TABLE "users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "login" varchar(32) NOT NULL, "name" varchar(50) NOT NULL, "py" varchar(50) NOT NULL DEFAULT (\'\'), "password_hash" varchar(200) NOT NULL, "roles" varchar(200) NOT NULL, "manager_id" integer, "region_id" integer, "phone" varchar(30), "email" varchar(100), "active" boolean NOT NULL DEFAULT (1), "failed_logins" integer NOT NULL DEFAULT (0), "locked_until" varchar(32), "last_login_at" varchar(32), "must_change_password" boolean NOT NULL DEFAULT (0), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_users_login" UNIQUE ("login"))',
    );
    await queryRunner.query(
      'INSERT INTO "users"("id", "login", "name", "py", "password_hash", "roles", "manager_id", "region_id", "phone", "email", "active", "failed_logins", "locked_until", "last_login_at", "must_change_password", "created_at", "updated_at", "version") SELECT "id", "login", "name", "py", "password_hash", "roles", "manager_id", "region_id", "phone", "email", "active", "failed_logins", "locked_until", "last_login_at", "must_change_password", "created_at", "updated_at", "version" FROM "temporary_users"',
    );
    await queryRunner.query('DROP TABLE "temporary_users"');
    await queryRunner.query('CREATE INDEX "ix_users_manager" ON "users" ("manager_id") ');
    await queryRunner.query('ALTER TABLE "regions" RENAME TO "temporary_regions"');
    await queryRunner.query(
      'CREATE TABLE "regions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(50) NOT NULL, "parent_id" integer, "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_regions_code" UNIQUE ("code"))',
    );
    await queryRunner.query(
      'INSERT INTO "regions"("id", "code", "name", "parent_id", "active", "created_at", "updated_at", "version") SELECT "id", "code", "name", "parent_id", "active", "created_at", "updated_at", "version" FROM "temporary_regions"',
    );
    await queryRunner.query('DROP TABLE "temporary_regions"');
    await queryRunner.query('DROP INDEX "ix_target_nodes_subject"');
    await queryRunner.query('DROP INDEX "ix_target_nodes_plan"');
    await queryRunner.query('DROP TABLE "target_nodes"');
    await queryRunner.query('DROP INDEX "ix_target_plans_status"');
    await queryRunner.query('DROP TABLE "target_plans"');
    await queryRunner.query('DROP INDEX "ix_attendance_date"');
    await queryRunner.query('DROP TABLE "attendance_records"');
    await queryRunner.query('DROP INDEX "ix_staff_reminders_user"');
    await queryRunner.query('DROP TABLE "staff_reminders"');
    await queryRunner.query('DROP INDEX "ix_staff_task_events_task"');
    await queryRunner.query('DROP TABLE "staff_task_events"');
    await queryRunner.query('DROP INDEX "ix_staff_tasks_remind"');
    await queryRunner.query('DROP INDEX "ix_staff_tasks_creator"');
    await queryRunner.query('DROP INDEX "ix_staff_tasks_assignee"');
    await queryRunner.query('DROP TABLE "staff_tasks"');
    await queryRunner.query('DROP INDEX "ix_work_report_comments_report"');
    await queryRunner.query('DROP TABLE "work_report_comments"');
    await queryRunner.query('DROP INDEX "ix_work_reports_date"');
    await queryRunner.query('DROP TABLE "work_reports"');
    await queryRunner.query('DROP INDEX "ix_staff_statuses_range"');
    await queryRunner.query('DROP INDEX "ix_staff_statuses_user"');
    await queryRunner.query('DROP TABLE "staff_statuses"');
    await queryRunner.query('DROP INDEX "ix_staff_changes_user"');
    await queryRunner.query('DROP TABLE "staff_changes"');
    await queryRunner.query('DROP INDEX "ix_staff_profiles_unit"');
    await queryRunner.query('DROP TABLE "staff_profiles"');
    await queryRunner.query('DROP INDEX "ix_org_units_head"');
    await queryRunner.query('DROP INDEX "ix_org_units_parent"');
    await queryRunner.query('DROP TABLE "org_units"');
    await queryRunner.query('DROP INDEX "ix_print_log_at"');
    await queryRunner.query('DROP TABLE "print_log"');
    await queryRunner.query('DROP TABLE "print_counters"');
    await queryRunner.query('DROP TABLE "crm_merges"');
    await queryRunner.query('DROP INDEX "ix_crm_complaint_logs"');
    await queryRunner.query('DROP TABLE "crm_complaint_logs"');
    await queryRunner.query('DROP INDEX "ix_crm_complaints_opened"');
    await queryRunner.query('DROP INDEX "ix_crm_complaints_product"');
    await queryRunner.query('DROP INDEX "ix_crm_complaints_owner"');
    await queryRunner.query('DROP INDEX "ix_crm_complaints_customer"');
    await queryRunner.query('DROP INDEX "ix_crm_complaints_escalate"');
    await queryRunner.query('DROP TABLE "crm_complaints"');
    await queryRunner.query('DROP INDEX "ix_crm_aftersales_due"');
    await queryRunner.query('DROP INDEX "ix_crm_aftersales_customer"');
    await queryRunner.query('DROP INDEX "ix_crm_aftersales_assignee"');
    await queryRunner.query('DROP TABLE "crm_aftersales_tasks"');
    await queryRunner.query('DROP INDEX "ix_crm_service_jobs_customer"');
    await queryRunner.query('DROP TABLE "crm_service_jobs"');
    await queryRunner.query('DROP INDEX "ix_crm_reminders_user"');
    await queryRunner.query('DROP TABLE "crm_reminders"');
    await queryRunner.query('DROP INDEX "ix_crm_act_followup"');
    await queryRunner.query('DROP INDEX "ix_crm_act_user"');
    await queryRunner.query('DROP INDEX "ix_crm_act_opp"');
    await queryRunner.query('DROP INDEX "ix_crm_act_lead"');
    await queryRunner.query('DROP INDEX "ix_crm_act_customer"');
    await queryRunner.query('DROP TABLE "crm_activities"');
    await queryRunner.query('DROP INDEX "ix_crm_attachments_entity"');
    await queryRunner.query('DROP TABLE "crm_attachments"');
    await queryRunner.query('DROP INDEX "ix_crm_opp_products_opp"');
    await queryRunner.query('DROP TABLE "crm_opportunity_products"');
    await queryRunner.query('DROP INDEX "ix_crm_competitors_name"');
    await queryRunner.query('DROP INDEX "ix_crm_competitors_opp"');
    await queryRunner.query('DROP TABLE "crm_competitors"');
    await queryRunner.query('DROP TABLE "crm_decision_chain"');
    await queryRunner.query('DROP TABLE "crm_opportunity_tasks"');
    await queryRunner.query('DROP INDEX "ix_crm_opp_stages_opp"');
    await queryRunner.query('DROP TABLE "crm_opportunity_stages"');
    await queryRunner.query('DROP INDEX "ix_crm_opp_owners_user"');
    await queryRunner.query('DROP TABLE "crm_opportunity_owners"');
    await queryRunner.query('DROP INDEX "ix_crm_opps_updated"');
    await queryRunner.query('DROP INDEX "ix_crm_opps_due"');
    await queryRunner.query('DROP INDEX "ix_crm_opps_stage"');
    await queryRunner.query('DROP INDEX "ix_crm_opps_customer"');
    await queryRunner.query('DROP INDEX "ix_crm_opps_owner"');
    await queryRunner.query('DROP TABLE "crm_opportunities"');
    await queryRunner.query('DROP INDEX "ix_crm_lead_events_to"');
    await queryRunner.query('DROP INDEX "ix_crm_lead_events_lead"');
    await queryRunner.query('DROP TABLE "crm_lead_events"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_pooled"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_filed"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_customer"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_assigned"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_idle"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_owner"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_phone_key"');
    await queryRunner.query('DROP INDEX "ix_crm_leads_name_key"');
    await queryRunner.query('DROP TABLE "crm_leads"');
    await queryRunner.query('DROP INDEX "ix_audit_entity"');
    await queryRunner.query('DROP INDEX "ix_audit_at"');
    await queryRunner.query('DROP TABLE "audit_log"');
    await queryRunner.query('DROP TABLE "settings"');
    await queryRunner.query('DROP TABLE "number_series"');
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
    await queryRunner.query('DROP TABLE "warehouses"');
    await queryRunner.query('DROP INDEX "ix_products_name"');
    await queryRunner.query('DROP TABLE "products"');
    await queryRunner.query('DROP INDEX "ix_contacts_customer"');
    await queryRunner.query('DROP TABLE "contacts"');
    await queryRunner.query('DROP INDEX "ix_customer_owners_user"');
    await queryRunner.query('DROP TABLE "customer_owners"');
    await queryRunner.query('DROP INDEX "ix_customers_updated"');
    await queryRunner.query('DROP INDEX "ix_customers_region"');
    await queryRunner.query('DROP INDEX "ix_customers_owner"');
    await queryRunner.query('DROP INDEX "ix_customers_name_key"');
    await queryRunner.query('DROP TABLE "customers"');
    await queryRunner.query('DROP INDEX "ix_users_manager"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP TABLE "regions"');
  }
}
