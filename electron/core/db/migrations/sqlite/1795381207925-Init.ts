import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795381207925 implements MigrationInterface {
  name = 'Init1795381207925';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "regions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(50) NOT NULL, "parent_id" integer, "active" boolean NOT NULL DEFAULT (1), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_regions_code" UNIQUE ("code"))',
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "login" varchar(32) NOT NULL, "name" varchar(50) NOT NULL, "py" varchar(50) NOT NULL DEFAULT (\'\'), "password_hash" varchar(200) NOT NULL, "roles" varchar(200) NOT NULL, "manager_id" integer, "region_id" integer, "phone" varchar(30), "email" varchar(100), "active" boolean NOT NULL DEFAULT (1), "failed_logins" integer NOT NULL DEFAULT (0), "locked_until" varchar(32), "last_login_at" varchar(32), "must_change_password" boolean NOT NULL DEFAULT (0), "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_users_login" UNIQUE ("login"))',
    );
    await queryRunner.query('CREATE INDEX "ix_users_manager" ON "users" ("manager_id") ');
    await queryRunner.query(
      'CREATE TABLE "customers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "legal_name" varchar(200) NOT NULL, "name_key" varchar(200) NOT NULL, "py" varchar(100) NOT NULL DEFAULT (\'\'), "short_name" varchar(50), "credit_code" varchar(18), "address" varchar(200), "phone" varchar(50), "bank_name" varchar(100), "bank_account" varchar(50), "customer_type" varchar(10) NOT NULL DEFAULT (\'cash\'), "grade" varchar(10) NOT NULL DEFAULT (\'general\'), "region_id" integer, "source" varchar(20), "tags" varchar(500) NOT NULL DEFAULT (\'\'), "owner_id" integer NOT NULL, "credit_limit" bigint NOT NULL DEFAULT (0), "credit_days" integer NOT NULL DEFAULT (0), "bad_record" boolean NOT NULL DEFAULT (0), "notes" text, "active" boolean NOT NULL DEFAULT (1), "created_by" integer, "updated_by" integer, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_customers_code" UNIQUE ("code"), CONSTRAINT "uq_customers_legal_name" UNIQUE ("legal_name"), CONSTRAINT "uq_customers_credit_code" UNIQUE ("credit_code"))',
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
      'CREATE TABLE "temporary_customers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "legal_name" varchar(200) NOT NULL, "name_key" varchar(200) NOT NULL, "py" varchar(100) NOT NULL DEFAULT (\'\'), "short_name" varchar(50), "credit_code" varchar(18), "address" varchar(200), "phone" varchar(50), "bank_name" varchar(100), "bank_account" varchar(50), "customer_type" varchar(10) NOT NULL DEFAULT (\'cash\'), "grade" varchar(10) NOT NULL DEFAULT (\'general\'), "region_id" integer, "source" varchar(20), "tags" varchar(500) NOT NULL DEFAULT (\'\'), "owner_id" integer NOT NULL, "credit_limit" bigint NOT NULL DEFAULT (0), "credit_days" integer NOT NULL DEFAULT (0), "bad_record" boolean NOT NULL DEFAULT (0), "notes" text, "active" boolean NOT NULL DEFAULT (1), "created_by" integer, "updated_by" integer, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_customers_code" UNIQUE ("code"), CONSTRAINT "uq_customers_legal_name" UNIQUE ("legal_name"), CONSTRAINT "uq_customers_credit_code" UNIQUE ("credit_code"), CONSTRAINT "fk_customers_region_id" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_customers_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_customers_created_by" FOREIGN KEY ("created_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "fk_customers_updated_by" FOREIGN KEY ("updated_by") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_customers"("id", "code", "legal_name", "name_key", "py", "short_name", "credit_code", "address", "phone", "bank_name", "bank_account", "customer_type", "grade", "region_id", "source", "tags", "owner_id", "credit_limit", "credit_days", "bad_record", "notes", "active", "created_by", "updated_by", "created_at", "updated_at", "version") SELECT "id", "code", "legal_name", "name_key", "py", "short_name", "credit_code", "address", "phone", "bank_name", "bank_account", "customer_type", "grade", "region_id", "source", "tags", "owner_id", "credit_limit", "credit_days", "bad_record", "notes", "active", "created_by", "updated_by", "created_at", "updated_at", "version" FROM "customers"',
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
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
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
      'CREATE TABLE "customers" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "legal_name" varchar(200) NOT NULL, "name_key" varchar(200) NOT NULL, "py" varchar(100) NOT NULL DEFAULT (\'\'), "short_name" varchar(50), "credit_code" varchar(18), "address" varchar(200), "phone" varchar(50), "bank_name" varchar(100), "bank_account" varchar(50), "customer_type" varchar(10) NOT NULL DEFAULT (\'cash\'), "grade" varchar(10) NOT NULL DEFAULT (\'general\'), "region_id" integer, "source" varchar(20), "tags" varchar(500) NOT NULL DEFAULT (\'\'), "owner_id" integer NOT NULL, "credit_limit" bigint NOT NULL DEFAULT (0), "credit_days" integer NOT NULL DEFAULT (0), "bad_record" boolean NOT NULL DEFAULT (0), "notes" text, "active" boolean NOT NULL DEFAULT (1), "created_by" integer, "updated_by" integer, "created_at" varchar(32) NOT NULL, "updated_at" varchar(32) NOT NULL, "version" integer NOT NULL DEFAULT (0), CONSTRAINT "uq_customers_code" UNIQUE ("code"), CONSTRAINT "uq_customers_legal_name" UNIQUE ("legal_name"), CONSTRAINT "uq_customers_credit_code" UNIQUE ("credit_code"))',
    );
    await queryRunner.query(
      'INSERT INTO "customers"("id", "code", "legal_name", "name_key", "py", "short_name", "credit_code", "address", "phone", "bank_name", "bank_account", "customer_type", "grade", "region_id", "source", "tags", "owner_id", "credit_limit", "credit_days", "bad_record", "notes", "active", "created_by", "updated_by", "created_at", "updated_at", "version") SELECT "id", "code", "legal_name", "name_key", "py", "short_name", "credit_code", "address", "phone", "bank_name", "bank_account", "customer_type", "grade", "region_id", "source", "tags", "owner_id", "credit_limit", "credit_days", "bad_record", "notes", "active", "created_by", "updated_by", "created_at", "updated_at", "version" FROM "temporary_customers"',
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
    await queryRunner.query('DROP INDEX "ix_audit_entity"');
    await queryRunner.query('DROP INDEX "ix_audit_at"');
    await queryRunner.query('DROP TABLE "audit_log"');
    await queryRunner.query('DROP TABLE "settings"');
    await queryRunner.query('DROP TABLE "number_series"');
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
